import { emptyCounts, summarizeCounts } from './role-counts.js';
import type { RoleCounts, RoleScores } from './role-counts.js';
import { wikiRoles } from './load-wikievents.js';
import type { WikiDocument, WikiRole } from './load-wikievents.js';

/** A predicted argument: its role and character span in the document's text. */
export interface CharArgument {
  role: WikiRole;
  start: number;
  end: number;
}

/** Head-word F1 and coreference-aware F1 per role. */
export interface WikiScores {
  head: RoleScores;
  coref: RoleScores;
}

const stopHead = new Set(['of', 'in', 'at', 'on', 'from', 'by', 'with', 'near', 'for', 'who', 'which', 'that', ',', '(', '-']);

/**
 * The head token of a token span: the last token before the first post-modifier (a preposition,
 * relative pronoun, comma or bracket) — "convoy of Russian soldiers" → convoy, "the city of Deir
 * ez-Zor" → city. This approximates the dependency head the dataset's scorer takes from spaCy.
 */
export function headToken(doc: WikiDocument, start: number, end: number): number {
  for (let i = start + 1; i < end; i++) if (stopHead.has((doc.tokens[i]?.text ?? '').toLowerCase())) return i - 1;
  return end - 1;
}

/** The tokens a character span covers, as a [start, end) token span; undefined when it covers none. */
export function tokenSpan(doc: WikiDocument, start: number, end: number): { start: number; end: number } | undefined {
  let first = -1;
  let last = -1;
  doc.tokens.forEach((t, i) => {
    if (t.start < end && start < t.end) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return first < 0 ? undefined : { start: first, end: last + 1 };
}

/**
 * Document-level argument scores: sitrep reads incidents, not trigger-anchored event mentions,
 * so gold and predicted arguments are pooled per document and role (each distinct filler once).
 * Head F1: a prediction is right when its head token is a gold argument's head for that role.
 * Coref F1: right when its head lies on any mention coreferent with a gold filler of that role;
 * gold fillers of one coreference cluster count once.
 */
export function scoreWikiEvents(predictions: ReadonlyMap<string, CharArgument[]>, gold: readonly WikiDocument[]): WikiScores {
  const head: Record<string, RoleCounts> = Object.fromEntries(wikiRoles.map((r) => [r, emptyCounts()]));
  const coref: Record<string, RoleCounts> = Object.fromEntries(wikiRoles.map((r) => [r, emptyCounts()]));
  for (const doc of gold) {
    // Head token → the coreference clusters of the mentions whose head it is or which contain it.
    const clustersAt = new Map<number, Set<string>>();
    for (const [id, span] of doc.mentions) {
      const cluster = doc.clusterOf.get(id) ?? id;
      for (const tok of [headToken(doc, span.start, span.end)]) {
        if (!clustersAt.has(tok)) clustersAt.set(tok, new Set());
        clustersAt.get(tok)!.add(cluster);
      }
    }
    const predicted = predictions.get(doc.id) ?? [];
    for (const role of wikiRoles) {
      const goldArgs = doc.arguments.filter((a) => a.role === role);
      const goldHeads = new Set(goldArgs.map((a) => headToken(doc, a.start, a.end)));
      const goldClusters = new Set(goldArgs.map((a) => doc.clusterOf.get(a.entityId) ?? a.entityId));
      const predHeads = new Set<number>();
      for (const p of predicted.filter((x) => x.role === role)) {
        const span = tokenSpan(doc, p.start, p.end);
        if (span) predHeads.add(headToken(doc, span.start, span.end));
      }
      const headHits = [...predHeads].filter((h) => goldHeads.has(h)).length;
      head[role]!.pNum += headHits;
      head[role]!.rNum += headHits;
      head[role]!.pDen += predHeads.size;
      head[role]!.rDen += goldHeads.size;
      // Coref: predictions collapse to the gold cluster they hit (else stay distinct by head).
      const predUnits = new Set<string>();
      const hitClusters = new Set<string>();
      for (const h of predHeads) {
        const hit = [...(clustersAt.get(h) ?? [])].find((c) => goldClusters.has(c));
        if (hit) {
          predUnits.add(hit);
          hitClusters.add(hit);
        } else predUnits.add(`h${h}`);
      }
      coref[role]!.pNum += hitClusters.size;
      coref[role]!.rNum += hitClusters.size;
      coref[role]!.pDen += predUnits.size;
      coref[role]!.rDen += goldClusters.size;
    }
  }
  return { head: summarizeCounts(wikiRoles, head), coref: summarizeCounts(wikiRoles, coref) };
}
