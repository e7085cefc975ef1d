/** Matched and total items on both sides: precision is pNum/pDen, recall rNum/rDen. */
export interface RoleCounts {
  pNum: number;
  pDen: number;
  rNum: number;
  rDen: number;
}

/** Precision, recall and F1 as fractions in [0, 1]. */
export interface PrecisionRecall {
  p: number;
  r: number;
  f1: number;
}

/** Counts per role plus their micro-average, as every benchmark scorer returns them. */
export interface RoleScores {
  roles: string[];
  counts: Record<string, RoleCounts>;
  scores: Record<string, PrecisionRecall>;
  micro: PrecisionRecall & RoleCounts;
}

/** A zeroed RoleCounts. */
export function emptyCounts(): RoleCounts {
  return { pNum: 0, pDen: 0, rNum: 0, rDen: 0 };
}

/** Add `more` into `into` in place. */
export function addCounts(into: RoleCounts, more: RoleCounts): void {
  into.pNum += more.pNum;
  into.pDen += more.pDen;
  into.rNum += more.rNum;
  into.rDen += more.rDen;
}

/** P, R and F1 the way the reference scorers compute them: an empty denominator gives 0, not NaN. */
export function computePrf(counts: RoleCounts): PrecisionRecall {
  const p = counts.pDen === 0 ? 0 : counts.pNum / counts.pDen;
  const r = counts.rDen === 0 ? 0 : counts.rNum / counts.rDen;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

/** Turn per-role counts into RoleScores with the micro-average over all roles. */
export function summarizeCounts(roles: readonly string[], counts: Record<string, RoleCounts>): RoleScores {
  const total = emptyCounts();
  const scores: Record<string, PrecisionRecall> = {};
  for (const role of roles) {
    const c = counts[role] ?? emptyCounts();
    addCounts(total, c);
    scores[role] = computePrf(c);
  }
  return { roles: [...roles], counts, scores, micro: { ...total, ...computePrf(total) } };
}
