import { emptyCounts, summarizeCounts } from './role-counts.js';
import type { RoleCounts, RoleScores } from './role-counts.js';
import { mucRoles } from './load-muc4.js';
import type { MucEntity, MucRoleFillers } from './load-muc4.js';
import { solveAssignment } from './solve-assignment.js';

const punctuation = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/** The reference normalisation: lower case, ASCII punctuation removed, articles a/an/the removed, whitespace folded. */
export function normalizeMention(mention: string): string {
  return mention
    .toLowerCase()
    .replace(punctuation, '')
    .replace(/\b(a|an|the)\b/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

/** phi_strict: 1 when every predicted mention is among the gold entity's mentions (both normalised), else 0. */
export function phiStrict(predicted: readonly string[], gold: readonly string[]): number {
  const goldSet = new Set(gold);
  return predicted.every((m) => goldSet.has(m)) ? 1 : 0;
}

/** CEAF counts for one role of one document: the best one-to-one matching of predicted to gold entities. */
export function ceafCounts(predicted: readonly MucEntity[], gold: readonly MucEntity[]): RoleCounts {
  const pred = predicted.map((e) => e.map(normalizeMention));
  const golds = gold.map((e) => e.map(normalizeMention));
  const counts = emptyCounts();
  counts.pDen = pred.length;
  counts.rDen = golds.length;
  if (pred.length && golds.length) {
    const { total } = solveAssignment(pred.map((p) => golds.map((g) => phiStrict(p, g))));
    counts.pNum = total;
    counts.rNum = total;
  }
  return counts;
}

/**
 * CEAF-REE (Du, Rush and Cardie, EACL 2021): per document and role, CEAF with phi_strict over
 * normalised mentions, micro-averaged over the five roles. Documents are the gold keys; a
 * document without a prediction counts as predicting nothing.
 */
export function scoreCeafRee(predictions: ReadonlyMap<string, MucRoleFillers>, gold: ReadonlyMap<string, MucRoleFillers>): RoleScores {
  const counts: Record<string, RoleCounts> = {};
  for (const role of mucRoles) counts[role] = emptyCounts();
  for (const [key, goldFillers] of gold) {
    const predFillers = predictions.get(key);
    for (const role of mucRoles) {
      const c = ceafCounts(predFillers?.[role] ?? [], goldFillers[role]);
      const into = counts[role]!;
      into.pNum += c.pNum;
      into.pDen += c.pDen;
      into.rNum += c.rNum;
      into.rDen += c.rDen;
    }
  }
  return summarizeCounts(mucRoles, counts);
}
