import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocuments } from '../ingest/ingest-documents.js';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import { openStore, type Store } from '../store/index.js';
import { fillFixtureStore, type FixtureIds } from '../analytics/test-support/fill-fixture-store.js';
import { importStixBundle } from './import-stix-bundle.js';
import { loadExportData } from './load-export-data.js';
import { toStixBundle, type StixBundle } from './to-stix-bundle.js';

const schemaRoot = join(import.meta.dirname, '../../../shared/stix/schemas');
const base = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/';

// The OASIS schemas are draft 2020-12 and refer to each other relatively: load them all under their $id.
// Their patterns use escapes (\-) that unicode-mode RegExp rejects, hence unicodeRegExp: false.
function createValidator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  const addFormats = addFormatsModule as unknown as (a: Ajv2020) => void;
  addFormats(ajv);
  for (const folder of readdirSync(schemaRoot)) for (const file of readdirSync(join(schemaRoot, folder))) ajv.addSchema(JSON.parse(readFileSync(join(schemaRoot, folder, file), 'utf8')) as object);
  return ajv;
}

function validate(bundle: StixBundle): string[] {
  const ajv = createValidator();
  const errors: string[] = [];
  const check = (schemaId: string, value: unknown, label: string) => {
    const validateFn = ajv.getSchema(base + schemaId);
    if (validateFn === undefined) throw new Error(`no schema ${schemaId}`);
    if (!validateFn(value)) errors.push(`${label}: ${ajv.errorsText(validateFn.errors)}`);
  };
  // This copy of bundle.json lists no location, note, incident or extension-definition in its
  // oneOf, and its custom-object branch rejects any SDO (it matches both core and
  // cyber-observable-core). So the envelope is checked with the types it lists, and every
  // object, listed or not, against its own type's schema below.
  const listed = new Set(['identity', 'relationship', 'report', 'threat-actor']);
  check('common/bundle.json', { ...bundle, objects: bundle.objects.filter((o) => listed.has(o.type)) }, 'bundle');
  const perType: Record<string, string> = {
    'threat-actor': 'sdos/threat-actor.json',
    identity: 'sdos/identity.json',
    location: 'sdos/location.json',
    incident: 'sdos/incident.json',
    note: 'sdos/note.json',
    report: 'sdos/report.json',
    relationship: 'sros/relationship.json',
    'extension-definition': 'common/extension-definition.json',
  };
  for (const object of bundle.objects) {
    const schema = perType[object.type];
    if (schema === undefined) errors.push(`no schema for ${object.type}`);
    else check(schema, object, object.id);
  }
  return errors;
}

let store: Store;
let ids: FixtureIds;
beforeAll(async () => {
  store = await openStore(':memory:');
  ids = await fillFixtureStore(store);
});
afterAll(async () => {
  await store.close();
});

describe('STIX export', () => {
  it('validates against the OASIS STIX 2.1 schemas', async () => {
    const bundle = toStixBundle(await loadExportData(store));
    expect(validate(bundle)).toEqual([]);
    const types = new Set(bundle.objects.map((o) => o.type));
    for (const type of ['threat-actor', 'identity', 'location', 'incident', 'relationship', 'note', 'report', 'extension-definition']) expect(types.has(type)).toBe(true);
  });

  it('is deterministic: a re-export matches byte for byte', async () => {
    const first = JSON.stringify(toStixBundle(await loadExportData(store)));
    const second = JSON.stringify(toStixBundle(await loadExportData(store)));
    expect(second).toBe(first);
  });

  it('maps groups, affiliations with times and strength notes with attribution', async () => {
    const bundle = toStixBundle(await loadExportData(store));
    const iskp = bundle.objects.find((o) => o.type === 'threat-actor' && o.name === 'Islamic State Khorasan Province');
    expect(iskp).toMatchObject({ threat_actor_types: ['terrorist'], aliases: ['ISKP', 'IS-K'], first_seen: '2021-07-07T00:00:00.000Z' });
    const allied = bundle.objects.find((o) => o.type === 'relationship' && o.relationship_type === 'allied-with');
    expect(allied).toMatchObject({ start_time: '2007-12-01T00:00:00.000Z', stop_time: '2021-12-31T00:00:00.000Z' });
    const note = bundle.objects.find((o) => o.type === 'note' && o.x_sitrep_predicate === 'strength');
    expect(note).toMatchObject({ content: '1500–2200 fighters', authors: ['UN Security Council'], object_refs: [iskp?.id] });
    const attributed = bundle.objects.filter((o) => o.type === 'relationship' && o.relationship_type === 'attributed-to' && o.target_ref === iskp?.id);
    expect(attributed).toHaveLength(3);
  });

  it('validates a one-group export', async () => {
    const bundle = toStixBundle(await loadExportData(store, { group: ids.ttp }));
    expect(validate(bundle)).toEqual([]);
    expect(bundle.objects.filter((o) => o.type === 'incident')).toHaveLength(2);
  });
});

describe('STIX import', () => {
  it('round-trips groups, aliases, incidents and relationships into an empty store', async () => {
    const bundle = toStixBundle(await loadExportData(store));
    const target = await openStore(':memory:');
    try {
      const summary = await importStixBundle(target, bundle);
      expect(summary.incidents).toBe(9);
      const groups = await target.entities.list({ kind: 'armed_group' });
      expect(groups.map((g) => g.canonicalName).sort()).toEqual(['Islamic State', 'Islamic State Khorasan Province', 'Taliban', 'Tehrik-i-Taliban Pakistan']);
      const iskp = groups.find((g) => g.canonicalName === 'Islamic State Khorasan Province');
      expect(iskp).toBeDefined();
      const aliases = (await target.entities.aliasesOf(iskp?.id ?? 0)).map((a) => a.name);
      expect(aliases).toEqual(expect.arrayContaining(['ISKP', 'IS-K']));
      const incidents = await target.incidents.list({ group: iskp?.id ?? 0 });
      expect(incidents.map((i) => i.best.killed).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([3, 5, 170]);
      const kabul = incidents.find((i) => i.best.killed === 170);
      expect(kabul).toMatchObject({ type: 'bombing_explosion', suicide: true, claimed: true, date: { value: '2021-08-26', precision: 'day' }, location: { name: 'Kabul', level: 'city', country: 'AF', lat: 34.5281 } });
      expect((await target.incidents.perpetrators(kabul?.id ?? 0)).map((p) => p.role)).toEqual(['claimed']);
      const affiliations = await target.claims.forSubject({ entity: iskp?.id ?? 0 }, { predicate: 'affiliated_with' });
      expect(affiliations.length).toBeGreaterThan(0);
      expect(affiliations[0]?.validFrom).toBe('2015-01-26');
      const rival = await target.claims.forSubject({ entity: iskp?.id ?? 0 }, { predicate: 'rival_of' });
      expect(rival).toHaveLength(1);
      // And the re-exported bundle has the same groups, incidents and relationships.
      const again = toStixBundle(await loadExportData(target));
      const shape = (b: StixBundle) => b.objects.filter((o) => ['threat-actor', 'incident', 'relationship'].includes(o.type)).map((o) => o.id).sort();
      expect(shape(again)).toEqual(shape(bundle));
    } finally {
      await target.close();
    }
  });
});

// The seed report and the bundled sample corpus, ingested by the real flow: their
// exports validate and survive a round trip through an empty store.
const seedReport = join(import.meta.dirname, '../../../shared/corpus/seed/isk-kabul-2021-08-27.txt');
const sampleFiles = readdirSync(join(import.meta.dirname, '../../samples')).filter((f) => f.endsWith('.jsonl')).map((f) => join(import.meta.dirname, '../../samples', f));
const corpora: Array<[string, string[]]> = [
  ['the seed report', [seedReport]],
  ['the sample corpus (samples/*.jsonl)', sampleFiles],
];

describe.each(corpora)('STIX export of %s', (_name, paths) => {
  const present = paths.length > 0 && paths.every((p) => existsSync(p));
  let dir: string;
  let source: Store;
  beforeAll(async () => {
    if (!present) return;
    dir = mkdtempSync(join(tmpdir(), 'sitrep-stix-'));
    source = await openStore(join(dir, 'source.db'));
    const summary = await ingestDocuments(source, paths.map((path) => ({ path })), { knowledge: loadKnowledge() });
    expect(summary.failed).toBe(0);
  });
  afterAll(async () => {
    await source?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!present)('validates against the OASIS schemas', async () => {
    const bundle = toStixBundle(await loadExportData(source));
    expect(validate(bundle)).toEqual([]);
    expect(bundle.objects.some((o) => o.type === 'threat-actor')).toBe(true);
    expect(bundle.objects.some((o) => o.type === 'incident')).toBe(true);
  });

  it.skipIf(!present)('round-trips groups, aliases, incidents and relationships into an empty store', async () => {
    const data = await loadExportData(source);
    const bundle = toStixBundle(data);
    const target = await openStore(join(dir, `target-${Math.random().toString(36).slice(2)}.db`));
    try {
      const summary = await importStixBundle(target, bundle);
      expect(summary.incidents).toBe(data.incidents.length);
      const groups = async (store: Store) => (await store.entities.list({ kind: 'armed_group', limit: 100_000 })).map((g) => g.canonicalName).sort();
      expect(await groups(target)).toEqual(await groups(source));
      // Every alias of every group survives.
      for (const group of await source.entities.list({ kind: 'armed_group', limit: 100_000 })) {
        const [copy] = (await target.entities.list({ kind: 'armed_group', nameContains: group.canonicalName, limit: 100 })).filter((g) => g.canonicalName === group.canonicalName);
        expect(copy, group.canonicalName).toBeDefined();
        const names = (await target.entities.aliasesOf(copy?.id ?? 0)).map((a) => a.name);
        expect(names).toEqual(expect.arrayContaining((await source.entities.aliasesOf(group.id)).map((a) => a.name)));
      }
      const again = toStixBundle(await loadExportData(target));
      expect(validate(again)).toEqual([]);
      const shape = (b: StixBundle) => b.objects.filter((o) => ['threat-actor', 'incident', 'relationship'].includes(o.type)).map((o) => o.id).sort();
      expect(shape(again)).toEqual(shape(bundle));
    } finally {
      await target.close();
    }
  });
});
