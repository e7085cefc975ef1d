import { describe, expect, it } from 'vitest';
import { solveAssignment } from './solve-assignment.js';

function bruteForce(w: number[][]): number {
  const cols = w[0]?.length ?? 0;
  const best = (row: number, used: Set<number>): number => {
    if (row === w.length) return 0;
    let top = best(row + 1, used); // leave the row unassigned
    for (let c = 0; c < cols; c++) {
      const x = w[row]![c]!;
      if (used.has(c) || !Number.isFinite(x)) continue;
      used.add(c);
      top = Math.max(top, x + best(row + 1, used));
      used.delete(c);
    }
    return top;
  };
  return best(0, new Set());
}

describe('solveAssignment', () => {
  it('handles empty and rectangular matrices', () => {
    expect(solveAssignment([])).toEqual({ pairs: [], total: 0 });
    expect(solveAssignment([[1, 5, 2]]).pairs).toEqual([{ row: 0, col: 1 }]);
    expect(solveAssignment([[1], [3], [2]]).total).toBe(3);
  });

  it('never uses a forbidden pair', () => {
    const result = solveAssignment([[-Infinity, -Infinity], [-Infinity, 1]]);
    expect(result.pairs).toEqual([{ row: 1, col: 1 }]);
  });

  it('matches brute force on random matrices with forbidden and negative cells', () => {
    let seed = 7;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let t = 0; t < 300; t++) {
      const rows = 1 + Math.floor(rand() * 5);
      const cols = 1 + Math.floor(rand() * 5);
      const w = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => (rand() < 0.2 ? -Infinity : Math.floor(rand() * 7) - 1)),
      );
      const result = solveAssignment(w);
      expect(result.total).toBeCloseTo(bruteForce(w), 9);
      expect(new Set(result.pairs.map((p) => p.col)).size).toBe(result.pairs.length);
    }
  });
});
