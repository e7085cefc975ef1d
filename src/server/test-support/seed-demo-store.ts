// Fills a store, through its repositories, with what a reading of the seed
// report yields (ISKP, its aliases, areas, rivals, the Kabul airport attack)
// plus one hostile report, so API and browser tests run without the ingest flow.
import { readFileSync } from 'node:fs';
import type { Evidence } from '../../model/index.js';
import type { Store } from '../../store/index.js';

/** The seed report's text, as the tests read it. */
export const seedReportText = readFileSync(new URL('../../../../shared/corpus/seed/isk-kabul-2021-08-27.txt', import.meta.url), 'utf8');

/** The text of a report carrying markup, to prove the UI escapes it. */
export const hostileReportText = 'date 2022-03-04 Jalalabad: <script>alert("x")</script> Gunmen from ISKP attacked a checkpoint in Jalalabad, killing 2 policemen.';

/** Ids of what seedDemoStore stored. */
export interface DemoIds {
  iskp: number;
  taliban: number;
  islamicState: number;
  kunar: number;
  nangarhar: number;
  nuristan: number;
  kabulAirport: number;
  jalalabad: number;
  seedDocument: number;
  hostileDocument: number;
  airportAttack: number;
  checkpointAttack: number;
  strengthClaim: number;
  rivalClaim: number;
}

function span(text: string, needle: string): Evidence {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`not in the seed text: ${needle}`);
  return { start, end: start + needle.length, text: needle };
}

/** Stores the demo records and returns their ids. */
export async function seedDemoStore(store: Store): Promise<DemoIds> {
  const text = seedReportText;
  const seed = (await store.documents.insert({ contentHash: 'seed-isk-kabul', text, title: 'IS-K and the Kabul airport attack', published: '2021-08-27', sourceId: 'isk-kabul-2021-08-27' })).document;
  const hostile = (await store.documents.insert({ contentHash: 'hostile-1', text: hostileReportText, title: 'Checkpoint <b>attack</b> <script>alert(1)</script>', published: '2022-03-04' })).document;
  const src = `document:${seed.id}`;
  const iskp = await store.entities.insert({ kind: 'armed_group', canonicalName: 'Islamic State Khorasan Province', source: src, knownId: 'iskp', createdAt: '2021-08-27T00:00:00Z' });
  for (const name of ['ISIS-K', 'ISKP', 'ISK', 'IS-K', 'IS-Khorasan']) await store.entities.addAlias(iskp.id, { name, source: src, firstSeen: '2021-08-27' });
  const taliban = await store.entities.insert({ kind: 'armed_group', canonicalName: 'Taliban', source: 'dictionary:ucdp' });
  await store.entities.addAlias(taliban.id, { name: 'Afghan Taliban', source: src });
  const islamicState = await store.entities.insert({ kind: 'armed_group', canonicalName: 'Islamic State', source: 'dictionary:ucdp' });
  const ttp = await store.entities.insert({ kind: 'armed_group', canonicalName: 'Pakistani Taliban', source: src });
  const unsc = await store.entities.insert({ kind: 'organization', canonicalName: 'UN Security Council', source: src });
  const place = (name: string, level: 'admin1' | 'city' | 'facility', lat: number, lon: number, geonamesId: number) =>
    store.entities.insert({ kind: 'location', canonicalName: name, source: 'geonames', level, country: 'AF', lat, lon, geonamesId });
  const kunar = await place('Kunar', 'admin1', 34.85, 71.1, 1138258);
  const nangarhar = await place('Nangarhar', 'admin1', 34.25, 70.5, 1131256);
  const nuristan = await place('Nuristan', 'admin1', 35.32, 70.91, 1444362);
  const kabulAirport = await place('Hamid Karzai International Airport', 'facility', 34.5658, 69.2125, 1138957);
  const jalalabad = await place('Jalalabad', 'city', 34.4265, 70.4515, 1138336);

  const base = { asOf: '2021-08-27', documentId: seed.id, extractor: 'seed-fixture@1', confidence: 0.9 } as const;
  const controlsText = 'The IS-K Now hold control of several rural districts in Kunar, Nangarhar and Nuristan provinces.';
  const [strength, rival] = await store.claims.insertMany([
    { ...base, subject: { entity: iskp.id }, predicate: 'strength', object: { quantity: { min: 500, max: 3000, unit: 'fighters' } }, modality: 'estimated', accordingTo: [unsc.id], evidence: [span(text, 'According to UN Security Council, the organization has strength vary from several thousand active fighters to as low as 500.')] },
    { ...base, subject: { entity: iskp.id }, predicate: 'rival_of', object: { entity: taliban.id }, modality: 'asserted', evidence: [span(text, 'To the IS-K the Taliban are their arch rivals.')] },
  ]);
  await store.claims.insertMany([
    { ...base, subject: { entity: iskp.id }, predicate: 'type', object: { text: 'terrorist organization' }, modality: 'asserted', evidence: [span(text, 'is an Islamic terrorist outfit')] },
    { ...base, subject: { entity: iskp.id }, predicate: 'ideology', object: { text: 'Salafi jihadism' }, modality: 'asserted', evidence: [span(text, 'Islamic terrorist outfit')] },
    { ...base, subject: { entity: iskp.id }, predicate: 'affiliated_with', object: { entity: islamicState.id }, modality: 'asserted', validFrom: '2015-01-01', evidence: [span(text, 'affiliated to the Islamic State movement')] },
    { ...base, subject: { entity: iskp.id }, predicate: 'founded_on', object: { date: '2015-01', precision: 'month' }, modality: 'asserted', evidence: [span(text, 'The radical militant organization was founded in January 2015')] },
    { ...base, subject: { entity: iskp.id }, predicate: 'founded_by_members_of', object: { entity: ttp.id }, modality: 'asserted', validFrom: '2015-01-01', evidence: [span(text, 'by former members of the Pakistani Taliban')] },
    { ...base, subject: { entity: iskp.id }, predicate: 'based_in', object: { text: 'Afghanistan' }, modality: 'asserted', evidence: [span(text, 'The ISIS-K is based in Afghanistan.')] },
    ...[kunar, nangarhar, nuristan].map((area) => ({ ...base, subject: { entity: iskp.id }, predicate: 'controls' as const, object: { entity: area.id }, modality: 'asserted' as const, evidence: [span(text, controlsText)] })),
  ]);
  const airport = await store.incidents.insert({
    type: 'bombing_explosion', suicide: true, claimed: true,
    date: { value: '2021-08-26', precision: 'day' },
    location: { entityId: kabulAirport.id, name: 'Kabul airport', level: 'facility', country: 'AF', admin1: 'Kabul', lat: 34.5658, lon: 69.2125 },
    best: { killed: 13 },
  });
  await store.incidents.linkReport(airport.id, {
    documentId: seed.id, linkedBy: 'auto', score: 1,
    local: {
      id: 'i1', type: 'bombing_explosion', suicide: true, claimed: true, date: { value: '2021-08-26', precision: 'day' },
      location: { name: 'Kabul airport', level: 'facility', country: 'AF' }, perpetrators: [{ entity: 'e1', role: 'claimed' }],
      targets: [{ category: 'military', nationality: 'US', text: '13 US soldiers' }], weapons: ['explosives'],
      killed: { min: 13, best: 13 }, wounded: {}, captured: {}, perpetrators_killed: {},
      evidence: [span(text, 'The IS-K had earlier claimed the responsibility of the suicide bomb attack at the Kabul airport.')], extractor: 'seed-fixture@1',
    },
  });
  await store.incidents.addPerpetrator(airport.id, { entityId: iskp.id, role: 'claimed', documentId: seed.id });
  await store.figures.insert({ incidentId: airport.id, documentId: seed.id, kind: 'killed', min: 13, best: 13, reportedOn: '2021-08-27' });
  await store.claims.insertMany([
    { ...base, subject: { entity: iskp.id }, predicate: 'claimed_responsibility_for', object: { incident: airport.id }, modality: 'claimed', evidence: [span(text, 'The IS-K had earlier claimed the responsibility of the suicide bomb attack at the Kabul airport.')] },
  ]);

  const checkpoint = await store.incidents.insert({
    type: 'armed_assault', date: { value: '2022-03-04', precision: 'day' },
    location: { entityId: jalalabad.id, name: 'Jalalabad', level: 'city', country: 'AF', admin1: 'Nangarhar', lat: 34.4265, lon: 70.4515 },
    best: { killed: 2 },
  });
  const hostileEvidence = { start: hostileReportText.indexOf('<script>'), end: hostileReportText.length, text: '' };
  hostileEvidence.text = hostileReportText.slice(hostileEvidence.start, hostileEvidence.end);
  await store.incidents.linkReport(checkpoint.id, {
    documentId: hostile.id, linkedBy: 'auto', score: 1,
    local: { id: 'i1', type: 'armed_assault', suicide: false, claimed: false, date: { value: '2022-03-04', precision: 'day' }, location: { name: 'Jalalabad', level: 'city', country: 'AF' }, perpetrators: [], targets: [], weapons: [], killed: { best: 2 }, wounded: {}, captured: {}, perpetrators_killed: {}, evidence: [hostileEvidence], extractor: 'seed-fixture@1' },
  });
  await store.incidents.addPerpetrator(checkpoint.id, { entityId: iskp.id, role: 'attributed', documentId: hostile.id });
  await store.figures.insert({ incidentId: checkpoint.id, documentId: hostile.id, kind: 'killed', best: 2, reportedOn: '2022-03-04' });

  return {
    iskp: iskp.id, taliban: taliban.id, islamicState: islamicState.id, kunar: kunar.id, nangarhar: nangarhar.id, nuristan: nuristan.id,
    kabulAirport: kabulAirport.id, jalalabad: jalalabad.id, seedDocument: seed.id, hostileDocument: hostile.id,
    airportAttack: airport.id, checkpointAttack: checkpoint.id, strengthClaim: strength!.id, rivalClaim: rival!.id,
  };
}
