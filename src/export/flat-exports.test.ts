import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.js';
import { fillFixtureStore, type FixtureIds } from '../analytics/test-support/fill-fixture-store.js';
import { exportRecords } from './export-records.js';
import { gtdColumns } from './to-gtd-csv.js';
import { acledColumns } from './to-acled-csv.js';
import type { IncidentFeatureCollection } from './to-geojson.js';

let store: Store;
let ids: FixtureIds;
beforeAll(async () => {
  store = await openStore('pglite:memory');
  ids = await fillFixtureStore(store);
});
afterAll(async () => {
  await store.close();
});

describe('flat exports on the fixture (PGlite)', () => {
  it('writes GTD-like CSV with hostile text quoted and defused', async () => {
    const csv = await exportRecords(store, 'csv-gtd', { country: 'PK' });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(gtdColumns.join(','));
    expect(lines).toHaveLength(4); // header, two incidents, final empty
    // I5: TTP claimed, ISKP attributed; place name has a comma and quotes.
    const i5 = lines.find((l) => l.endsWith(`,sitrep,${ids.incidents.I5}`));
    expect(i5).toContain(',Pakistan,');
    expect(i5).toContain('"Peshawar, ""old city"""');
    expect(i5).toContain(',Bombing/Explosion,0,Tehrik-i-Taliban Pakistan,Islamic State Khorasan Province,0,1,5,,10,,Explosives,');
    const i4 = lines.find((l) => l.endsWith(`,sitrep,${ids.incidents.I4}`));
    expect(i4).toContain(',Hostage Taking (Kidnapping),0,Tehrik-i-Taliban Pakistan,,1,0,2,,0,8,');
    // The document title of doc 2 starts nowhere with =, but summaries never start with a formula either.
    expect(csv).not.toMatch(/(^|,)[=+@]/mu);
  });

  it('writes ACLED-like CSV', async () => {
    const csv = await exportRecords(store, 'csv-acled', { since: '2021-08-01', until: '2021-08-31' });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(acledColumns.join(','));
    const kabul = lines.find((l) => l.endsWith(`,${ids.incidents.I1}`));
    expect(kabul).toMatch(/^AF\d+,2021-08-26,2021,1,Explosions\/Remote violence,Suicide bomb,Islamic State Khorasan Province,,Afghanistan,,,Kabul,34.5281,69.1723,1,https:\/\/example.org\/kabul,/u);
    expect(kabul).toContain(',170,');
    const strike = lines.find((l) => l.endsWith(`,${ids.incidents.I6}`));
    expect(strike).toContain('Air/drone strike,United States,');
  });

  it('writes GeoJSON with points only for towns and facilities', async () => {
    const geo = JSON.parse(await exportRecords(store, 'geojson', { country: 'AF' })) as IncidentFeatureCollection;
    expect(geo.type).toBe('FeatureCollection');
    const kunar = geo.features.find((f) => f.id === ids.incidents.I2);
    expect(kunar?.geometry).toBeNull();
    expect(kunar?.properties).toMatchObject({ location_level: 'admin1', date_precision: 'day' });
    const kabul = geo.features.find((f) => f.id === ids.incidents.I1);
    expect(kabul?.geometry).toEqual({ type: 'Point', coordinates: [69.1723, 34.5281] });
  });

  it('writes JSONL of everything', async () => {
    const lines = (await exportRecords(store, 'jsonl')).trim().split('\n').map((l) => JSON.parse(l) as { kind: string });
    const count = (kind: string) => lines.filter((l) => l.kind === kind).length;
    expect(count('incident')).toBe(9);
    expect(count('claim')).toBe(6);
    expect(count('document')).toBe(2);
    expect(count('entity')).toBeGreaterThanOrEqual(6);
  });
});
