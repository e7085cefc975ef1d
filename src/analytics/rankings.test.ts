import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.js';
import { fillFixtureStore, type FixtureIds } from './test-support/fill-fixture-store.js';
import { bandGtiScore, computeGtiScores, rawGtiScore, weightedGtiScore } from './gti-score.js';
import { chooseParents } from './affiliate-parents.js';
import { rankDeadliestGroups, scoreCountries } from './rank-deadliest-groups.js';
import { strongestRoles } from './incident-facts.js';

let store: Store;
let ids: FixtureIds;
beforeAll(async () => {
  store = await openStore(':memory:');
  ids = await fillFixtureStore(store);
});
afterAll(async () => {
  await store.close();
});

describe('pure pieces', () => {
  it('weights and bands as DESIGN.md states', () => {
    expect(rawGtiScore({ incidents: 2, deaths: 10, injuries: 3, hostages: 1 })).toBe(2 + 30 + 1.5 + 0.5);
    expect(weightedGtiScore((y) => (y === 2021 ? 31 : y === 2017 ? 31 : y === 2016 ? 1000 : 0), 2021)).toBe(16 + 1);
    expect(bandGtiScore(0, 5)).toBe(0);
    expect(bandGtiScore(5, 5)).toBe(10);
    expect(bandGtiScore(3, 0)).toBe(0);
  });
  it('keeps the strongest role per entity and picks the most-claimed parent', () => {
    expect(strongestRoles([{ entityId: 2, role: 'suspected' }, { entityId: 2, role: 'claimed' }, { entityId: 1, role: 'denied' }])).toEqual([
      { entityId: 1, role: 'denied' },
      { entityId: 2, role: 'claimed' },
    ]);
    const claim = (child: number, parent: number, modality: 'asserted' | 'denied' = 'asserted') => ({ subject: { entity: child }, object: { entity: parent }, modality });
    expect([...chooseParents([claim(5, 1), claim(5, 2), claim(5, 2), claim(6, 1, 'denied')])]).toEqual([[5, 2]]);
  });
  it('scores nothing when nothing was counted', () => {
    expect(computeGtiScores([])).toEqual([]);
  });
});

describe('deadliest groups on the fixture', () => {
  // 2021 terrorism incidents (GTD types; I6, a US air strike, is left out):
  //   I1 170 killed ISKP claimed; I2 10 Taliban attributed; I4 2 TTP only suspected;
  //   I5 5 TTP claimed + ISKP attributed; I9 3 IS claimed + ISKP attributed.
  //   ISKP: I1+I5+I9 = 170+5+3 = 178 deaths in 3 incidents; Taliban 10 in 1;
  //   TTP 5 in 1, plus suspected 2 in 1; IS 3 in 1; unattributed: I4, 2 deaths;
  //   total 170+10+2+5+3 = 190 in 5 incidents.
  it('ranks by attributed deaths, suspected apart, unattributed kept', async () => {
    const ranking = await rankDeadliestGroups(store, { since: '2021-01-01', until: '2021-12-31' });
    expect(ranking.rows.map((r) => [r.entityId, r.deaths, r.incidents, r.suspectedDeaths, r.suspectedIncidents])).toEqual([
      [ids.iskp, 178, 3, 0, 0],
      [ids.taliban, 10, 1, 0, 0],
      [ids.ttp, 5, 1, 2, 1],
      [ids.islamicState, 3, 1, 0, 0],
    ]);
    expect(ranking.unattributed).toMatchObject({ entityId: null, deaths: 2, incidents: 1 });
    expect(ranking.totalDeaths).toBe(190);
    expect(ranking.totalIncidents).toBe(5);
    expect(ranking.rows[0]?.name).toBe('Islamic State Khorasan Province');
  });

  // Pooled: ISKP counts under Islamic State (two affiliated_with claims). I9 names
  // both, so it counts once: IS = 170 + 5 + 3 = 178 in 3 incidents.
  it('pools affiliates under their parent, each incident once', async () => {
    const ranking = await rankDeadliestGroups(store, { since: '2021-01-01', until: '2021-12-31', poolAffiliates: true });
    expect(ranking.rows[0]).toMatchObject({ entityId: ids.islamicState, deaths: 178, incidents: 3, members: [ids.islamicState, ids.iskp] });
    expect(ranking.rows.some((r) => r.entityId === ids.iskp)).toBe(false);
  });

  it('narrows by country', async () => {
    const ranking = await rankDeadliestGroups(store, { country: 'PK' });
    // PK: I4 (2 killed, TTP suspected) and I5 (5 killed, TTP + ISKP).
    expect(ranking.rows.map((r) => [r.entityId, r.deaths])).toEqual([
      [ids.ttp, 5],
      [ids.iskp, 5],
    ]);
    expect(ranking.unattributed.deaths).toBe(2);
  });
});

describe('GTI-style score on the fixture', () => {
  // Raw = incidents + 3·deaths + 0.5·injured + 0.5·hostages.
  //   AF 2021: I1 1+510+75 = 586; I2 1+30+2.5 = 33.5 → 619.5 (I6 air strike left out)
  //   AF 2020: I3 1+60+15 = 76.   AF 2016 (I8) is outside 2017–2021.
  //   PK 2021: I4 1+6+0+4 = 11; I5 1+15+5 = 21 → 32.
  //   IQ 2021: I9 1+9 = 10.        SY 2019: I7 1+12 = 13.
  // Weighted 2021 = (16·y + 8·(y−1) + 4·(y−2) + 2·(y−3) + 1·(y−4)) / 31:
  //   AF (16·619.5 + 8·76)/31 = 10520/31; PK 512/31; IQ 160/31; SY 4·13/31 = 52/31.
  // Band = 10·ln(1+w)/ln(1+max), max = AF:
  //   AF 10; PK 10·ln(543/31)/ln(10551/31) ≈ 4.911; IQ 10·ln(191/31)/ln(10551/31) ≈ 3.119;
  //   SY 10·ln(83/31)/ln(10551/31) ≈ 1.689.
  it('matches the hand computation for 2021', async () => {
    const rows = await scoreCountries(store, { since: '2021-01-01', until: '2021-12-31' });
    const denominator = Math.log(10551 / 31);
    expect(rows.map((r) => r.country)).toEqual(['AF', 'PK', 'IQ', 'SY']);
    const byCountry = new Map(rows.map((r) => [r.country, r]));
    expect(byCountry.get('AF')).toMatchObject({ year: 2021, incidents: 2, deaths: 180, injuries: 155, hostages: 0, raw: 619.5, score: 10 });
    expect(byCountry.get('AF')?.weighted).toBeCloseTo(10520 / 31, 10);
    expect(byCountry.get('PK')).toMatchObject({ raw: 32, hostages: 8 });
    expect(byCountry.get('PK')?.weighted).toBeCloseTo(512 / 31, 10);
    expect(byCountry.get('PK')?.score).toBeCloseTo((10 * Math.log(543 / 31)) / denominator, 10);
    expect(byCountry.get('PK')?.score).toBeCloseTo(4.911, 3);
    expect(byCountry.get('IQ')?.score).toBeCloseTo((10 * Math.log(191 / 31)) / denominator, 10);
    expect(byCountry.get('SY')).toMatchObject({ raw: 0, incidents: 0 });
    expect(byCountry.get('SY')?.weighted).toBeCloseTo(52 / 31, 10);
    expect(byCountry.get('SY')?.score).toBeCloseTo((10 * Math.log(83 / 31)) / denominator, 10);
  });

  it('filters one country after banding against all', async () => {
    const rows = await scoreCountries(store, { since: '2021-01-01', until: '2021-12-31', country: 'PK' });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.score).toBeCloseTo(4.911, 3);
  });
});
