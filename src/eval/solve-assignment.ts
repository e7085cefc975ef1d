/** One row matched to one column by an assignment. */
export interface AssignedPair {
  row: number;
  col: number;
}

/**
 * Maximum-weight one-to-one assignment (Kuhn–Munkres, O(n³) with potentials) over a
 * rectangular matrix. Entries of -Infinity are forbidden pairs; rows or columns may stay
 * unassigned, which is what a matrix padded with zero-weight dummies expresses.
 */
export function solveAssignment(weights: readonly (readonly number[])[]): { pairs: AssignedPair[]; total: number } {
  const rows = weights.length;
  const cols = rows === 0 ? 0 : Math.max(...weights.map((row) => row.length));
  if (rows === 0 || cols === 0) return { pairs: [], total: 0 };
  // Square n×n cost matrix: real pairs cost -w, dummies cost 0 (leaving a row or column
  // unmatched), forbidden pairs cost a large constant so they are taken only as a last resort
  // and then dropped.
  const n = rows + cols;
  let maxAbs = 1;
  for (const row of weights) for (const w of row) if (Number.isFinite(w)) maxAbs = Math.max(maxAbs, Math.abs(w));
  const forbidden = maxAbs * (n + 1) * 4;
  const cost = (i: number, j: number): number => {
    if (i < rows && j < cols) {
      const w = weights[i]?.[j];
      if (w === undefined || !Number.isFinite(w)) return forbidden;
      return -w;
    }
    return 0;
  };
  // Classic e-maxx Hungarian with 1-based arrays.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(n + 1).fill(Infinity);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const pairs: AssignedPair[] = [];
  let total = 0;
  for (let j = 1; j <= n; j++) {
    const i = p[j]! - 1;
    const col = j - 1;
    if (i < rows && col < cols) {
      const w = weights[i]?.[col];
      if (w === undefined || !Number.isFinite(w)) continue;
      pairs.push({ row: i, col });
      total += w;
    }
  }
  pairs.sort((a, b) => a.row - b.row);
  return { pairs, total };
}
