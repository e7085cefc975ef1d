import { addCounts, emptyCounts, summarizeCounts } from './role-counts.js';
import type { RoleCounts, RoleScores } from './role-counts.js';
import type { Re3dDocument } from './load-re3d.js';
import { re3dScoredEntityTypes, re3dScoredRelationTypes, symmetricRelationTypes } from './map-re3d.js';
import type { Re3dPrediction, SpanRelation } from './map-re3d.js';
import { solveAssignment } from './solve-assignment.js';

/** Exact spans, or any character overlap (lenient). */
export type SpanMatch = 'exact' | 'overlap';

/** re3d scores: entity F1 per type and relation F1 per type, under both span criteria. */
export interface Re3dScores {
  entities: Record<SpanMatch, RoleScores>;
  relations: Record<SpanMatch, RoleScores>;
}

interface Span {
  start: number;
  end: number;
}

function spansMatch(a: Span, b: Span, mode: SpanMatch): boolean {
  return mode === 'exact' ? a.start === b.start && a.end === b.end : a.start < b.end && b.start < a.end;
}

/** One-to-one matching of predicted to gold items by a yes/no criterion; returns the matched count. */
function countMatches<P, G>(pred: readonly P[], gold: readonly G[], matches: (p: P, g: G) => boolean): number {
  if (!pred.length || !gold.length) return 0;
  return solveAssignment(pred.map((p) => gold.map((g) => (matches(p, g) ? 1 : -Infinity)))).pairs.length;
}

function uniqueBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
}

interface GoldRelation {
  type: string;
  source: Span;
  target: Span;
}

function relationMatches(pred: SpanRelation, gold: GoldRelation, mode: SpanMatch): boolean {
  if (pred.type !== gold.type) return false;
  const forward = pred.source.some((s) => spansMatch(s, gold.source, mode)) && pred.target.some((t) => spansMatch(t, gold.target, mode));
  if (forward || !symmetricRelationTypes.has(gold.type)) return forward;
  return pred.source.some((s) => spansMatch(s, gold.target, mode)) && pred.target.some((t) => spansMatch(t, gold.source, mode));
}

/**
 * Score predictions (by document id) against re3d gold: per type, one-to-one matches of
 * predicted to gold entity spans (and relations, both ends matching, symmetric types either way
 * round), exact or overlapping; micro-averaged over the scored types. Gold entities of every
 * annotator confidence count; identical gold spans and symmetric duplicates count once.
 */
export function scoreRe3d(predictions: ReadonlyMap<string, Re3dPrediction>, gold: readonly Re3dDocument[]): Re3dScores {
  const out = {} as Re3dScores;
  for (const mode of ['exact', 'overlap'] as const) {
    const entityCounts: Record<string, RoleCounts> = Object.fromEntries(re3dScoredEntityTypes.map((t) => [t, emptyCounts()]));
    const relationCounts: Record<string, RoleCounts> = Object.fromEntries(re3dScoredRelationTypes.map((t) => [t, emptyCounts()]));
    for (const doc of gold) {
      const pred = predictions.get(doc.id) ?? { entities: [], relations: [] };
      for (const type of re3dScoredEntityTypes) {
        const g = uniqueBy(doc.entities.filter((e) => e.type === type), (e) => `${e.start}:${e.end}`);
        const p = uniqueBy(pred.entities.filter((e) => e.type === type), (e) => `${e.start}:${e.end}`);
        const matched = countMatches(p, g, (a, b) => spansMatch(a, b, mode));
        addCounts(entityCounts[type]!, { pNum: matched, pDen: p.length, rNum: matched, rDen: g.length });
      }
      for (const type of re3dScoredRelationTypes) {
        const g = uniqueBy(
          doc.relations.filter((r) => r.type === type),
          (r) => {
            const ends = [`${r.source.start}:${r.source.end}`, `${r.target.start}:${r.target.end}`];
            return symmetricRelationTypes.has(type) ? ends.sort().join('|') : ends.join('|');
          },
        );
        const p = pred.relations.filter((r) => r.type === type);
        const matched = countMatches(p, g, (a, b) => relationMatches(a, b, mode));
        addCounts(relationCounts[type]!, { pNum: matched, pDen: p.length, rNum: matched, rDen: g.length });
      }
    }
    out.entities = { ...out.entities, [mode]: summarizeCounts(re3dScoredEntityTypes, entityCounts) };
    out.relations = { ...out.relations, [mode]: summarizeCounts(re3dScoredRelationTypes, relationCounts) };
  }
  return out;
}
