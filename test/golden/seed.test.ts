import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeedGold } from '../../src/eval/load-seed-gold.js';
import { scoreSeed } from '../../src/eval/score-seed.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { extractDocument } from '../../src/pipeline/extract-document.js';

const shared = join(process.cwd(), '..', 'shared');
const present = existsSync(join(shared, 'gold'));

// The golden test reads the gold file and the report it describes; nothing in src/ names them.
describe.skipIf(!present)('seed report against its gold reading', () => {
  const golds = present ? loadSeedGold(shared) : [];

  it('finds at least one gold file', () => {
    expect(golds.length).toBeGreaterThan(0);
  });

  for (const gold of golds) {
    it(`${gold.document}: every must, at least 9 of 12 should, no must_not`, () => {
      const text = readFileSync(join(shared, gold.document), 'utf8');
      const result = extractDocument({ id: gold.document, text }, loadKnowledge());
      const score = scoreSeed(gold, result);
      const failures = score.facts.filter((fact) => !fact.pass).map((fact) => `${fact.tier} ${fact.id}: ${fact.reason ?? ''}`);
      expect(score.totals.must.passed, failures.join('\n')).toBe(score.totals.must.total);
      expect(score.totals.must_not.passed, failures.join('\n')).toBe(score.totals.must_not.total);
      expect(score.totals.should.passed, failures.join('\n')).toBeGreaterThanOrEqual(9);
    });
  }
});

if (!present) console.warn('golden test skipped: ../shared/gold is absent');
