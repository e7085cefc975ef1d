import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMuc4 } from './load-muc4.js';
import { ceafCounts, normalizeMention, scoreCeafRee } from './score-ceaf-ree.js';
import { parsePredictionFile } from './parse-predictions.js';

const dataRoot = path.resolve(process.cwd(), '../shared/eval');
const checkDir = path.join(dataRoot, 'muc4', 'scorer-check');
const haveData = existsSync(path.join(checkDir, 'expected.json'));
if (!haveData) console.warn(`score-ceaf-ree.test: ${checkDir} is absent; the scorer-check reproduction is skipped.`);

describe('normalizeMention', () => {
  it('lower-cases, strips punctuation and articles, folds spaces', () => {
    expect(normalizeMention('The  "Santo Tomas" Farm')).toBe('santo tomas farm');
    expect(normalizeMention('an M-16 rifle, a gun')).toBe('m16 rifle gun');
    expect(normalizeMention('theatre')).toBe('theatre');
  });
});

describe('ceafCounts', () => {
  it('matches an entity when all its predicted mentions are gold mentions', () => {
    expect(ceafCounts([['urng']], [['guatemalan national revolutionary unity', 'urng']])).toEqual({ pNum: 1, pDen: 1, rNum: 1, rDen: 1 });
    expect(ceafCounts([['urng', 'rebels']], [['urng']])).toEqual({ pNum: 0, pDen: 1, rNum: 0, rDen: 1 });
  });
  it('matches one to one', () => {
    expect(ceafCounts([['x'], ['x']], [['x']])).toEqual({ pNum: 1, pDen: 2, rNum: 1, rDen: 1 });
  });
});

describe.skipIf(!haveData)('CEAF-REE reproduces the reference scorer (../shared/eval/muc4/scorer-check)', () => {
  const expected = haveData ? (JSON.parse(readFileSync(path.join(checkDir, 'expected.json'), 'utf8')) as Record<string, unknown>) : {};
  const files = Object.keys(expected).filter((k) => k.endsWith('.json'));
  const gold = haveData ? new Map(loadMuc4(dataRoot, 'dev').map((d) => [d.key, d.extracts])) : new Map();
  it.each(files)('%s', (file) => {
    const prediction = parsePredictionFile(JSON.parse(readFileSync(path.join(checkDir, file), 'utf8')), file);
    expect(prediction.kind).toBe('grit');
    if (prediction.kind !== 'grit') return;
    const scores = scoreCeafRee(prediction.extracts, gold);
    const want = expected[file] as Partial<Record<'p' | 'r' | 'f1', number[]>>;
    for (const metric of ['p', 'r', 'f1'] as const) {
      const row = want[metric];
      if (!row) continue;
      const got = [...scores.roles.map((r) => scores.scores[r]![metric]), scores.micro[metric]].map((x) => Number((x * 100).toFixed(2)));
      expect(got, `${file} ${metric}`).toEqual(row);
    }
  });
});
