import { addCounts, computePrf, emptyCounts, summarizeCounts } from './role-counts.js';
import type { RoleCounts, RoleScores } from './role-counts.js';
import { mucRoles } from './load-muc4.js';
import type { MucTemplate } from './load-muc4.js';
import { ceafCounts } from './score-ceaf-ree.js';
import { solveAssignment } from './solve-assignment.js';

/** The GTT scorer's slots: incident_type plus the five roles. */
export const gttSlots = ['incident_type', ...mucRoles] as const;

/** Per-slot counts of one document under one mapping. */
export type GttCounts = Record<(typeof gttSlots)[number], RoleCounts>;

/** A pair may be mapped only when the predicted incident_type is a substring of the gold one (the reference rule). */
export function canMapTemplates(predicted: MucTemplate, gold: MucTemplate): boolean {
  return gold.incident_type.includes(predicted.incident_type);
}

/** Drop gold templates identical to an earlier one, as the reference does before mapping. */
export function dedupeTemplates(templates: readonly MucTemplate[]): MucTemplate[] {
  const seen = new Set<string>();
  const out: MucTemplate[] = [];
  for (const t of templates) {
    const key = JSON.stringify([t.incident_type, mucRoles.map((r) => t.roles[r])]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}

/** Counts of one document under an explicit mapping of predicted to gold template indices. */
export function countGttMapping(predicted: readonly MucTemplate[], gold: readonly MucTemplate[], mapping: ReadonlyArray<readonly [number, number]>): GttCounts {
  const counts = Object.fromEntries(gttSlots.map((s) => [s, emptyCounts()])) as GttCounts;
  const mappedPred = new Set<number>();
  const mappedGold = new Set<number>();
  for (const [pi, gi] of mapping) {
    const p = predicted[pi];
    const g = gold[gi];
    if (!p || !g) continue;
    mappedPred.add(pi);
    mappedGold.add(gi);
    // The pair is allowed only when the types are compatible, so its incident_type is a match.
    addCounts(counts.incident_type, { pNum: 1, pDen: 1, rNum: 1, rDen: 1 });
    for (const role of mucRoles) addCounts(counts[role], ceafCounts(p.roles[role], g.roles[role]));
  }
  // Unmapped templates: every item spurious (predicted) or missing (gold).
  predicted.forEach((p, i) => {
    if (mappedPred.has(i)) return;
    counts.incident_type.pDen += 1;
    for (const role of mucRoles) counts[role].pDen += p.roles[role].length;
  });
  gold.forEach((g, i) => {
    if (mappedGold.has(i)) return;
    counts.incident_type.rDen += 1;
    for (const role of mucRoles) counts[role].rDen += g.roles[role].length;
  });
  return counts;
}

/** The document's micro-F1 over all slots, as the reference ranks mappings by. */
export function gttDocumentF1(counts: GttCounts): number {
  const total = emptyCounts();
  for (const slot of gttSlots) addCounts(total, counts[slot]);
  return computePrf(total).f1;
}

/**
 * The best mapping of one document. Every template's items enter the denominators whether it
 * is mapped or not, so pDen and rDen do not depend on the mapping and document F1 =
 * 2·matched/(pDen+rDen): maximising F1 is maximising the matched items, a sum of per-pair gains,
 * which Kuhn–Munkres solves exactly in polynomial time (the reference enumerates all mappings).
 */
export function scoreGttDocument(predicted: readonly MucTemplate[], goldTemplates: readonly MucTemplate[]): { counts: GttCounts; mapping: Array<[number, number]> } {
  const gold = dedupeTemplates(goldTemplates);
  const gains = predicted.map((p) =>
    gold.map((g) => {
      if (!canMapTemplates(p, g)) return -Infinity;
      let gain = 1;
      for (const role of mucRoles) gain += ceafCounts(p.roles[role], g.roles[role]).pNum;
      return gain;
    }),
  );
  const { pairs } = solveAssignment(gains);
  const mapping = pairs.map((pair): [number, number] => [pair.row, pair.col]);
  return { counts: countGttMapping(predicted, gold, mapping), mapping };
}

/**
 * GTT template F1 (Du, Cardie and Rush, NAACL 2021): per document the F1-maximising one-to-one
 * template mapping, micro-averaged over incident_type and the five roles. Documents are the gold
 * keys; a document without a prediction predicts no templates.
 */
export function scoreGtt(predictions: ReadonlyMap<string, readonly MucTemplate[]>, gold: ReadonlyMap<string, readonly MucTemplate[]>): RoleScores {
  const counts = Object.fromEntries(gttSlots.map((s) => [s, emptyCounts()])) as GttCounts;
  for (const [key, goldTemplates] of gold) {
    const doc = scoreGttDocument(predictions.get(key) ?? [], goldTemplates);
    for (const slot of gttSlots) addCounts(counts[slot], doc.counts[slot]);
  }
  return summarizeCounts(gttSlots, counts);
}
