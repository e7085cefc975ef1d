// A small, hand-countable record for the ranking, GTI and export tests, filled
// through the store's repositories. The hand computations live in the tests.
import type { Incident } from '../../model/index.js';
import type { PerpetratorRole } from '../../model/index.js';
import type { NewIncident, Store, StoredEntity } from '../../store/index.js';

type PerpetratorRoleName = PerpetratorRole;

/** The ids the tests refer to. */
export interface FixtureIds {
  islamicState: number;
  iskp: number;
  taliban: number;
  ttp: number;
  unitedStates: number;
  unsc: number;
  incidents: Record<string, number>;
  documents: number[];
}

interface FixtureIncident {
  key: string;
  incident: NewIncident;
  perpetrators: [keyof Omit<FixtureIds, 'incidents' | 'documents'>, PerpetratorRoleName][];
}

function place(country: string, name: string, lat?: number, lon?: number): NewIncident['location'] {
  return lat === undefined ? { name, level: 'admin1', country } : { name, level: 'city', country, lat, lon };
}

// killed / wounded / captured are the best figures.
const incidents: FixtureIncident[] = [
  { key: 'I1', incident: { type: 'bombing_explosion', suicide: true, claimed: true, date: { value: '2021-08-26', precision: 'day' }, location: place('AF', 'Kabul', 34.5281, 69.1723), best: { killed: 170, wounded: 150, perpetratorsKilled: 1 } }, perpetrators: [['iskp', 'claimed'], ['iskp', 'attributed']] },
  { key: 'I2', incident: { type: 'armed_assault', date: { value: '2021-03-10', precision: 'day' }, location: place('AF', 'Kunar'), best: { killed: 10, wounded: 5 } }, perpetrators: [['taliban', 'attributed']] },
  { key: 'I3', incident: { type: 'bombing_explosion', date: { value: '2020-06-01', precision: 'day' }, location: place('AF', 'Nangarhar'), best: { killed: 20, wounded: 30 } }, perpetrators: [] },
  { key: 'I4', incident: { type: 'hostage_kidnapping', date: { value: '2021-05-05', precision: 'day' }, location: place('PK', 'Khyber Pakhtunkhwa'), best: { killed: 2, wounded: 0, captured: 8 } }, perpetrators: [['ttp', 'suspected']] },
  { key: 'I5', incident: { type: 'bombing_explosion', claimed: true, date: { value: '2021-07-07', precision: 'day' }, location: place('PK', 'Peshawar, "old city"', 34.008, 71.5785), best: { killed: 5, wounded: 10 } }, perpetrators: [['ttp', 'claimed'], ['iskp', 'attributed']] },
  { key: 'I6', incident: { type: 'air_strike', date: { value: '2021-08-29', precision: 'day' }, location: place('AF', 'Kabul', 34.5281, 69.1723), best: { killed: 10 } }, perpetrators: [['unitedStates', 'attributed']] },
  { key: 'I7', incident: { type: 'armed_assault', date: { value: '2019-02-02', precision: 'day' }, location: place('SY', 'Deir ez-Zor'), best: { killed: 4, wounded: 0 } }, perpetrators: [['islamicState', 'claimed']] },
  { key: 'I8', incident: { type: 'bombing_explosion', date: { value: '2016-01-01', precision: 'day' }, location: place('AF', 'Kabul', 34.5281, 69.1723), best: { killed: 100 } }, perpetrators: [['taliban', 'claimed']] },
  { key: 'I9', incident: { type: 'bombing_explosion', date: { value: '2021-09', precision: 'month' }, location: place('IQ', 'Baghdad', 33.3152, 44.3661), best: { killed: 3, wounded: 0 } }, perpetrators: [['islamicState', 'claimed'], ['iskp', 'attributed']] },
];

function local(id: string): Incident {
  return {
    id, type: 'bombing_explosion', suicide: false, claimed: false, date: { precision: 'unknown' }, location: null, perpetrators: [], targets: [], weapons: [],
    killed: {}, wounded: {}, captured: {}, perpetrators_killed: {}, evidence: [], extractor: 'fixture@1',
  };
}

/** Fills an empty store with the fixture; returns the ids. */
export async function fillFixtureStore(store: Store): Promise<FixtureIds> {
  const group = (canonicalName: string, kind: StoredEntity['kind'] = 'armed_group') => store.entities.insert({ kind, canonicalName, source: 'fixture', createdAt: '2024-01-01T00:00:00.000Z' });
  const islamicState = await group('Islamic State');
  const iskp = await group('Islamic State Khorasan Province');
  const taliban = await group('Taliban');
  const ttp = await group('Tehrik-i-Taliban Pakistan');
  const unitedStates = await group('United States', 'state');
  const unsc = await group('UN Security Council', 'organization');
  await store.entities.addAlias(iskp.id, { name: 'ISKP', source: 'doc:1', firstSeen: '2021-08-27' });
  await store.entities.addAlias(iskp.id, { name: 'IS-K', source: 'doc:1', firstSeen: '2021-08-27' });
  await store.entities.addAlias(ttp.id, { name: 'TTP', source: 'fixture' });
  const ids: FixtureIds = { islamicState: islamicState.id, iskp: iskp.id, taliban: taliban.id, ttp: ttp.id, unitedStates: unitedStates.id, unsc: unsc.id, incidents: {}, documents: [] };
  const doc1 = (await store.documents.insert({ contentHash: 'fixture-1', text: 'date 2021-08-27 Kabul: ISKP claimed the airport bombing.', title: 'Kabul airport bombing', url: 'https://example.org/kabul', published: '2021-08-27', ingestedAt: '2024-01-01T00:00:00.000Z' })).document;
  const doc2 = (await store.documents.insert({ contentHash: 'fixture-2', text: 'A report on Pakistan, =SUM(A1) and "quotes", commas.', title: 'Pakistan, "weekly"', published: '2021-07-08', ingestedAt: '2024-01-01T00:00:00.000Z' })).document;
  ids.documents.push(doc1.id, doc2.id);
  for (const { key, incident, perpetrators } of incidents) {
    const stored = await store.incidents.insert(incident);
    ids.incidents[key] = stored.id;
    const documentId = stored.location?.country === 'PK' ? doc2.id : doc1.id;
    await store.incidents.linkReport(stored.id, { documentId, local: local(key), linkedBy: 'auto', linkedAt: '2024-01-01T00:00:00.000Z' });
    for (const [who, role] of perpetrators) await store.incidents.addPerpetrator(stored.id, { entityId: ids[who], role, documentId });
  }
  const claim = { modality: 'asserted' as const, confidence: 0.9, extractor: 'fixture@1', documentId: doc1.id, asOf: '2021-08-27' };
  await store.claims.insertMany([
    { ...claim, subject: { entity: iskp.id }, predicate: 'affiliated_with', object: { entity: islamicState.id }, validFrom: '2015-01-26' },
    { ...claim, subject: { entity: iskp.id }, predicate: 'affiliated_with', object: { entity: islamicState.id } },
    { ...claim, subject: { entity: iskp.id }, predicate: 'rival_of', object: { entity: taliban.id } },
    { ...claim, subject: { entity: ttp.id }, predicate: 'allied_with', object: { entity: taliban.id }, validFrom: '2007-12-01', validTo: '2021-12-31' },
    { ...claim, subject: { entity: iskp.id }, predicate: 'strength', object: { quantity: { min: 1500, max: 2200, unit: 'fighters' } }, modality: 'estimated', accordingTo: [unsc.id] },
    { ...claim, subject: { entity: iskp.id }, predicate: 'present_in', object: { text: 'Kunar' } },
  ]);
  return ids;
}
