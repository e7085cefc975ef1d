import { describe, expect, it } from 'vitest';
import { emptyRoleFillers, mucRoles } from './load-muc4.js';
import type { MucTemplate } from './load-muc4.js';
import { canMapTemplates, countGttMapping, dedupeTemplates, gttDocumentF1, scoreGtt, scoreGttDocument } from './score-gtt.js';

/** The reference's search: every partial one-to-one mapping, keep the first with the highest F1. */
function bruteForceBestF1(predicted: MucTemplate[], goldRaw: MucTemplate[]): number {
  const gold = dedupeTemplates(goldRaw);
  let best = -1;
  const walk = (i: number, used: Set<number>, mapping: Array<[number, number]>): void => {
    if (i === predicted.length) {
      best = Math.max(best, gttDocumentF1(countGttMapping(predicted, gold, mapping)));
      return;
    }
    walk(i + 1, used, mapping);
    for (let g = 0; g < gold.length; g++) {
      if (used.has(g) || !canMapTemplates(predicted[i]!, gold[g]!)) continue;
      used.add(g);
      mapping.push([i, g]);
      walk(i + 1, used, mapping);
      mapping.pop();
      used.delete(g);
    }
  };
  walk(0, new Set(), []);
  return best;
}

function template(type: string, fill: Partial<Record<(typeof mucRoles)[number], string[][]>>): MucTemplate {
  return { incident_type: type, roles: { ...emptyRoleFillers(), ...fill } };
}

describe('scoreGttDocument', () => {
  it('maps only compatible incident types (substring rule)', () => {
    const gold = [template('bombing / attack', { Target: [['bank']] })];
    const { mapping, counts } = scoreGttDocument([template('attack', { Target: [['the bank']] })], gold);
    expect(mapping).toEqual([[0, 0]]);
    expect(counts.Target).toEqual({ pNum: 1, pDen: 1, rNum: 1, rDen: 1 });
    expect(scoreGttDocument([template('kidnapping', { Target: [['bank']] })], gold).mapping).toEqual([]);
  });

  it('counts unmapped templates as wholly spurious or missing', () => {
    const { counts } = scoreGttDocument([template('arson', { Victim: [['x'], ['y']] })], [template('bombing', { Weapon: [['bomb']] })]);
    expect(counts.incident_type).toEqual({ pNum: 0, pDen: 1, rNum: 0, rDen: 1 });
    expect(counts.Victim).toEqual({ pNum: 0, pDen: 2, rNum: 0, rDen: 0 });
    expect(counts.Weapon).toEqual({ pNum: 0, pDen: 0, rNum: 0, rDen: 1 });
  });

  it('de-duplicates identical gold templates', () => {
    const t = template('attack', { PerpOrg: [['fmln']] });
    const scores = scoreGtt(new Map([['d', [t]]]), new Map([['d', [t, t]]]));
    expect(scores.micro.f1).toBe(1);
  });

  it('finds the same optimum as the reference brute force on random small documents', () => {
    let seed = 12345;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const types = ['attack', 'bombing', 'kidnapping', 'bombing / attack'];
    const names = ['a', 'b', 'c', 'd', 'e'];
    const randomTemplate = (): MucTemplate => {
      const fill: Partial<Record<(typeof mucRoles)[number], string[][]>> = {};
      for (const role of mucRoles) {
        const n = Math.floor(rand() * 3);
        fill[role] = Array.from({ length: n }, () => {
          const k = 1 + Math.floor(rand() * 2);
          return Array.from({ length: k }, () => names[Math.floor(rand() * names.length)]!);
        });
      }
      return template(types[Math.floor(rand() * types.length)]!, fill);
    };
    for (let trial = 0; trial < 400; trial++) {
      const predicted = Array.from({ length: Math.floor(rand() * 5) }, randomTemplate);
      const gold = Array.from({ length: Math.floor(rand() * 5) }, randomTemplate);
      if (rand() < 0.2 && gold[0]) gold.push(gold[0]);
      const fast = gttDocumentF1(scoreGttDocument(predicted, gold).counts);
      const brute = bruteForceBestF1(predicted, gold);
      expect(fast).toBeCloseTo(Math.max(brute, 0), 12);
    }
  });

  it('stays fast on documents with many templates', () => {
    const many = Array.from({ length: 14 }, (_, i) => template('attack', { Victim: [[`v${i}`]], Target: [[`t${i % 3}`]] }));
    const started = Date.now();
    const { counts } = scoreGttDocument([...many].reverse(), many);
    expect(counts.Victim.pNum).toBe(14);
    expect(Date.now() - started).toBeLessThan(500);
  });
});
