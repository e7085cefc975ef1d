// The storage contract: one suite, run unchanged on every database. Each suite
// opens one store (PGlite start-up is slow) and every test makes its own data,
// so tests measure deltas and never depend on one another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Incident } from '../model/index.js';
import { SitrepError } from '../model/index.js';
import type { Store } from './store.js';
import type { NewClaim, StoredEntity } from './records.js';

let counter = 0;
/** A word no other test uses, so search and look-ups see only this test's rows. */
function uniqueWord(): string {
  counter += 1;
  const letters = (counter * 7919 + Date.now()).toString(26).replace(/[0-9]/g, (d) => 'qrstuvwxyz'[Number(d)] ?? 'q');
  return `zz${letters}`;
}

function localIncident(id: string): Incident {
  return {
    id,
    type: 'bombing_explosion',
    suicide: true,
    claimed: true,
    date: { value: '2021-08-26', precision: 'day' },
    location: { name: 'Kabul', level: 'city', country: 'AF' },
    perpetrators: [{ entity: 'e1', role: 'claimed' }],
    targets: [{ category: 'civilians', text: 'Afghan civilians' }],
    weapons: ['suicide vest'],
    killed: { min: 170, best: 170 },
    wounded: { min: 150 },
    captured: {},
    perpetrators_killed: { best: 1 },
    evidence: [{ start: 0, end: 5, text: 'Kabul' }],
    extractor: 'incidents@1',
  };
}

async function expectError(promise: Promise<unknown>, code: string): Promise<SitrepError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SitrepError);
  expect((error as SitrepError).code).toBe(code);
  return error as SitrepError;
}

/** Registers the storage contract suite for one database. */
export function describeStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });

    async function newDocument(text = `Report ${uniqueWord()}`) {
      return (await store.documents.insert({ contentHash: `hash-${uniqueWord()}`, text, published: '2021-08-27' })).document;
    }
    async function newGroup(name = `Group ${uniqueWord()}`, extra: Partial<Parameters<Store['entities']['insert']>[0]> = {}): Promise<StoredEntity> {
      return store.entities.insert({ kind: 'armed_group', canonicalName: name, source: 'test-dictionary', ...extra });
    }

    describe('documents', () => {
      it('inserts once per content hash and reads back every field', async () => {
        const hash = `hash-${uniqueWord()}`;
        const before = await store.documents.count();
        const first = await store.documents.insert({
          contentHash: hash,
          text: 'date 2021-08-27 Kabul: A blast hit the airport.',
          sourceId: 'seed/isk.txt',
          title: 'Kabul airport attack',
          url: 'https://example.org/a',
          published: '2021-08-27',
          reader: 'text',
          status: 'pending',
          ingestedAt: '2024-01-02T03:04:05.000Z',
        });
        expect(first.created).toBe(true);
        expect(first.document).toEqual({
          id: first.document.id,
          contentHash: hash,
          text: 'date 2021-08-27 Kabul: A blast hit the airport.',
          sourceId: 'seed/isk.txt',
          title: 'Kabul airport attack',
          url: 'https://example.org/a',
          published: '2021-08-27',
          reader: 'text',
          status: 'pending',
          ingestedAt: '2024-01-02T03:04:05.000Z',
        });
        const again = await store.documents.insert({ contentHash: hash, text: 'different text, same hash' });
        expect(again.created).toBe(false);
        expect(again.document).toEqual(first.document);
        expect(await store.documents.count()).toBe(before + 1);
        expect(await store.documents.findByHash(hash)).toEqual(first.document);
        expect(await store.documents.findByHash('no-such-hash')).toBeUndefined();
        expect(await store.documents.get(first.document.id)).toEqual(first.document);
        await store.documents.setStatus(first.document.id, 'analyzed');
        expect((await store.documents.get(first.document.id)).status).toBe('analyzed');
        const analyzed = await store.documents.list({ status: 'analyzed', limit: 100_000 });
        expect(analyzed.map((d) => d.id)).toContain(first.document.id);
        expect((await store.documents.list({ status: 'failed' })).map((d) => d.id)).not.toContain(first.document.id);
      });

      it('defaults optional fields and lists in id order with paging', async () => {
        const a = await newDocument();
        const b = await newDocument();
        expect(a.title).toBeNull();
        expect(a.status).toBe('analyzed');
        expect(a.ingestedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
        const all = await store.documents.list({ limit: 100_000 });
        const ids = all.map((d) => d.id);
        expect(ids).toEqual([...ids].sort((x, y) => x - y));
        const index = ids.indexOf(a.id);
        expect(ids[index + 1]).toBe(b.id);
        expect((await store.documents.list({ offset: index, limit: 2 })).map((d) => d.id)).toEqual([a.id, b.id]);
      });

      it('keeps unicode text exactly', async () => {
        const text = 'داعش خراسان — Исламское государство — 伊斯兰国 — Ḥaqqānī — e\u0301 — 🚨 — ‘quotes’';
        const doc = await newDocument(text);
        expect((await store.documents.get(doc.id)).text).toBe(text);
      });

      it('reads many documents by id at once', async () => {
        const a = await newDocument();
        const b = await newDocument();
        const many = await store.documents.getMany([b.id, a.id, 987_654_321]);
        expect(many.get(a.id)).toEqual(a);
        expect(many.get(b.id)).toEqual(b);
        expect(many.size).toBe(2);
        expect((await store.documents.getMany([])).size).toBe(0);
      });

      it('throws NOT_FOUND for a missing document', async () => {
        await expectError(store.documents.get(987_654_321), 'NOT_FOUND');
        await expectError(store.documents.setStatus(987_654_321, 'failed'), 'NOT_FOUND');
      });
    });

    describe('entities', () => {
      it('stores an entity with its canonical name as a sourced alias', async () => {
        const word = uniqueWord();
        const entity = await store.entities.insert({
          kind: 'location',
          canonicalName: `Kābul ${word}`,
          source: 'geonames',
          level: 'city',
          country: 'AF',
          admin1: 'Kabul',
          geonamesId: 1138958,
          lat: 34.52813,
          lon: 69.17233,
          knownId: `geo:${word}`,
        });
        expect(entity).toMatchObject({ kind: 'location', canonicalName: `Kābul ${word}`, level: 'city', country: 'AF', admin1: 'Kabul', geonamesId: 1138958, lat: 34.52813, lon: 69.17233, knownId: `geo:${word}`, mergedInto: null });
        expect(await store.entities.get(entity.id)).toEqual(entity);
        const aliases = await store.entities.aliasesOf(entity.id);
        expect(aliases).toEqual([{ id: aliases[0]?.id, entityId: entity.id, name: `Kābul ${word}`, foldedName: `kabul ${word}`, source: 'geonames', firstSeen: entity.createdAt }]);
        expect(await store.entities.findByKnownId(`geo:${word}`)).toEqual([entity]);
        await expectError(store.entities.get(987_654_321), 'NOT_FOUND');
      });

      it('finds entities by folded name, optionally by kind', async () => {
        const word = uniqueWord();
        const group = await newGroup(`Islamic State ${word}`);
        const publication = await store.entities.insert({ kind: 'publication', canonicalName: `islamic-state ${word}`, source: 'doc-1' });
        const folded = `islamic state ${word}`;
        expect((await store.entities.findByFoldedName(folded)).map((e) => e.id)).toEqual([group.id, publication.id]);
        expect((await store.entities.findByFoldedName(folded, 'armed_group')).map((e) => e.id)).toEqual([group.id]);
        expect(await store.entities.findByFoldedName(`nothing ${word}`)).toEqual([]);
      });

      it('adds aliases once per name and source, in order', async () => {
        const word = uniqueWord();
        const group = await newGroup(`Khorasan ${word}`);
        const isk = await store.entities.addAlias(group.id, { name: `ISKP${word}`, source: 'doc-7', firstSeen: '2021-08-27' });
        const again = await store.entities.addAlias(group.id, { name: `ISKP${word}`, source: 'doc-7' });
        expect(again).toEqual(isk);
        await store.entities.addAlias(group.id, { name: `ISKP${word}`, source: 'doc-9' });
        await store.entities.addAlias(group.id, { name: `IS-K ${word}`, source: 'un-list', foldedName: `isk ${word}` });
        const aliases = await store.entities.aliasesOf(group.id);
        expect(aliases.map((a) => [a.name, a.source, a.foldedName])).toEqual([
          [`Khorasan ${word}`, 'test-dictionary', `khorasan ${word}`],
          [`ISKP${word}`, 'doc-7', `iskp${word}`],
          [`ISKP${word}`, 'doc-9', `iskp${word}`],
          [`IS-K ${word}`, 'un-list', `isk ${word}`],
        ]);
        expect(isk.firstSeen).toBe('2021-08-27');
        expect((await store.entities.findByFoldedName(`isk ${word}`)).map((e) => e.id)).toEqual([group.id]);
        await expectError(store.entities.addAlias(987_654_321, { name: 'x', source: 'y' }), 'NOT_FOUND');
      });

      it('looks up many names, keys and ids at once, as the single look-ups would', async () => {
        const word = uniqueWord();
        const a = await newGroup(`Front ${word}`, { knownId: `dict:a${word}` });
        const b = await newGroup(`Brigade ${word}`);
        const place = await store.entities.insert({ kind: 'location', canonicalName: `Front ${word}`, source: 'geonames' });
        await store.entities.addAlias(b.id, { name: `Front ${word}`, source: 'doc-1' });
        await store.entities.addAlias(b.id, { name: `Front ${word}`, source: 'doc-2' });
        const names = [`front ${word}`, `brigade ${word}`, `nothing ${word}`];
        const all = await store.entities.findByFoldedNames(names);
        for (const name of names) expect(all.get(name)).toEqual(await store.entities.findByFoldedName(name));
        expect(all.get(`front ${word}`)!.map((e) => e.id)).toEqual([a.id, b.id, place.id]);
        expect((await store.entities.findByFoldedNames(names, 'armed_group')).get(`front ${word}`)!.map((e) => e.id)).toEqual([a.id, b.id]);
        const keys = await store.entities.findByKnownIds([`dict:a${word}`, `dict:none${word}`]);
        expect(keys.get(`dict:a${word}`)).toEqual([a]);
        expect(keys.get(`dict:none${word}`)).toEqual([]);
        const many = await store.entities.getMany([a.id, place.id, 987_654_321]);
        expect([...many.keys()].sort((x, y) => x - y)).toEqual([a.id, place.id]);
        expect(many.get(a.id)).toEqual(a);
        expect((await store.entities.resolveMany([a.id])).get(a.id)).toEqual(a);
      });

      it('adds many aliases to many entities in one call, once per entity, name and source', async () => {
        const word = uniqueWord();
        const a = await newGroup(`Alpha ${word}`);
        const b = await newGroup(`Beta ${word}`);
        const first = await store.entities.addAlias(a.id, { name: `A1 ${word}`, source: 'doc-1' });
        const stored = await store.entities.addAliasesTo([
          { entityId: a.id, alias: { name: `A1 ${word}`, source: 'doc-1' } },
          { entityId: a.id, alias: { name: `A2 ${word}`, source: 'doc-1', firstSeen: '2020-01-01' } },
          { entityId: b.id, alias: { name: `A1 ${word}`, source: 'doc-1' } },
          { entityId: a.id, alias: { name: `A2 ${word}`, source: 'doc-1' } },
        ]);
        expect(stored[0]).toEqual(first);
        expect(stored[1]).toMatchObject({ entityId: a.id, name: `A2 ${word}`, foldedName: `a2 ${word}`, source: 'doc-1', firstSeen: '2020-01-01' });
        expect(stored[2]).toMatchObject({ entityId: b.id, name: `A1 ${word}` });
        expect(stored[3]).toEqual(stored[1]);
        expect((await store.entities.aliasesOf(a.id)).map((alias) => alias.name)).toEqual([`Alpha ${word}`, `A1 ${word}`, `A2 ${word}`]);
        expect(await store.entities.addAliases(b.id, [])).toEqual([]);
        await expectError(store.entities.addAliasesTo([{ entityId: 987_654_321, alias: { name: 'x', source: 'y' } }]), 'NOT_FOUND');
      });

      it('lists with filters and updates attributes', async () => {
        const word = uniqueWord();
        const a = await newGroup(`Alpha Front ${word}`, { country: 'SY' });
        const b = await newGroup(`Beta Brigade ${word}`, { country: 'IQ' });
        const c = await store.entities.insert({ kind: 'person', canonicalName: `Alpha Person ${word}`, source: 'doc', country: 'SY' });
        const byName = await store.entities.list({ nameContains: `front ${word}` });
        expect(byName.map((e) => e.id)).toEqual([a.id]);
        const inSyria = await store.entities.list({ nameContains: word, country: 'SY' });
        expect(inSyria.map((e) => e.id)).toEqual([a.id, c.id]);
        const groups = await store.entities.list({ nameContains: word, kind: 'armed_group' });
        expect(groups.map((e) => e.id)).toEqual([a.id, b.id]);
        expect(await store.entities.list({ nameContains: `%${word}` })).toEqual([]);
        const percent = await newGroup(`Brigade 100%_${word}`);
        expect((await store.entities.list({ nameContains: `100%_${word}` })).map((e) => e.id)).toEqual([percent.id]);
        const groupCount = await store.entities.count('armed_group');
        expect(groupCount).toBeGreaterThanOrEqual(2);
        const updated = await store.entities.update(b.id, { country: 'SY', knownId: `dict:${word}`, lat: 1.5 });
        expect(updated).toEqual({ ...b, country: 'SY', knownId: `dict:${word}`, lat: 1.5 });
        expect(await store.entities.get(b.id)).toEqual(updated);
      });
    });

    describe('claims', () => {
      it('round-trips every object shape, attribution and evidence', async () => {
        const doc = await newDocument();
        const group = await newGroup();
        const rival = await newGroup();
        const un = await store.entities.insert({ kind: 'organization', canonicalName: `UN Security Council ${uniqueWord()}`, source: 'doc' });
        const evidence = [{ start: 10, end: 42, text: 'estimated 1,500 to 2,200 fighters — “UN”' }];
        const incident = await store.incidents.insert({ type: 'armed_clash', date: { precision: 'year', value: '2020' } });
        const claims: NewClaim[] = [
          { subject: { entity: group.id }, predicate: 'rival_of', object: { entity: rival.id }, modality: 'asserted', confidence: 0.9, extractor: 'claims@1', documentId: doc.id, evidence, asOf: '2021-08-27' },
          { subject: { entity: group.id }, predicate: 'strength', object: { quantity: { min: 1500, max: 2200, unit: 'fighters' } }, accordingTo: [un.id], modality: 'estimated', confidence: 0.75, extractor: 'claims@1', documentId: doc.id, evidence, validFrom: '2021-01-01', validTo: '2021-06-30', qualifier: 'core fighters' },
          { subject: { entity: group.id }, predicate: 'founded_on', object: { date: '2015-01', precision: 'month' }, modality: 'asserted', confidence: 0.8, extractor: 'claims@1' },
          { subject: { entity: group.id }, predicate: 'ideology', object: { text: 'Salafi-jihadism — سلفية' }, modality: 'asserted', confidence: 0.6, extractor: 'claims@1' },
          { subject: { incident: incident.id }, predicate: 'claimed_responsibility_for', object: { incident: incident.id }, modality: 'claimed', confidence: 0.7, extractor: 'claims@1' },
        ];
        const stored = await store.claims.insertMany(claims);
        expect(stored).toHaveLength(5);
        stored.forEach((claim, i) => {
          const input = claims[i]!;
          expect(claim).toEqual({
            id: claim.id,
            subject: input.subject,
            predicate: input.predicate,
            object: input.object,
            accordingTo: input.accordingTo ?? [],
            asOf: input.asOf ?? null,
            validFrom: input.validFrom ?? null,
            validTo: input.validTo ?? null,
            modality: input.modality,
            confidence: input.confidence,
            extractor: input.extractor,
            qualifier: input.qualifier ?? null,
            documentId: input.documentId ?? null,
            evidence: input.evidence ?? [],
            reviewStatus: 'unreviewed',
            reviewedBy: null,
            reviewedAt: null,
          });
          expect(claim.id).toBeGreaterThan(i === 0 ? 0 : stored[i - 1]!.id);
        });
        expect(await store.claims.get(stored[1]!.id)).toEqual(stored[1]);
        expect(await store.claims.forSubject({ entity: group.id })).toEqual(stored.slice(0, 4));
        expect(await store.claims.forSubject({ entity: group.id }, { predicate: 'strength' })).toEqual([stored[1]]);
        expect(await store.claims.forSubject({ incident: incident.id })).toEqual([stored[4]]);
        expect(await store.claims.forObject({ entity: rival.id })).toEqual([stored[0]]);
        expect(await store.claims.forObject({ incident: incident.id })).toEqual([stored[4]]);
        expect(await store.claims.forDocument(doc.id)).toEqual(stored.slice(0, 2));
        const rivals = await store.claims.byPredicate('rival_of', { limit: 100_000 });
        expect(rivals).toContainEqual(stored[0]);
        expect(rivals.every((c) => c.predicate === 'rival_of')).toBe(true);
        expect(await store.claims.insertMany([])).toEqual([]);
        const counts = await store.claims.countBySubjectEntity([group.id, rival.id]);
        expect(counts.get(group.id)).toBe(4);
        expect(counts.has(rival.id)).toBe(false);
        expect((await store.claims.countBySubjectEntity()).get(group.id)).toBe(4);
      });

      it('inserts many claims across chunks', async () => {
        const group = await newGroup();
        const before = await store.claims.count();
        const many: NewClaim[] = Array.from({ length: 450 }, (_, i) => ({ subject: { entity: group.id }, predicate: 'present_in', object: { text: `place ${i}` }, modality: 'asserted', confidence: 0.5, extractor: 'claims@1' }));
        const stored = await store.claims.insertMany(many);
        expect(stored.map((c) => (c.object as { text: string }).text)).toEqual(many.map((c) => (c.object as { text: string }).text));
        expect(await store.claims.count()).toBe(before + 450);
      });

      it('records reviews and hides rejected claims unless asked', async () => {
        const group = await newGroup();
        const [claim] = await store.claims.insertMany([{ subject: { entity: group.id }, predicate: 'leader', object: { text: 'Shahab al-Muhajir' }, modality: 'alleged', confidence: 0.4, extractor: 'claims@1' }]);
        const accepted = await store.claims.setReview(claim!.id, { status: 'accepted', by: 'analyst1', at: '2024-05-01T00:00:00.000Z' });
        expect(accepted).toEqual({ ...claim, reviewStatus: 'accepted', reviewedBy: 'analyst1', reviewedAt: '2024-05-01T00:00:00.000Z' });
        const rejected = await store.claims.setReview(claim!.id, { status: 'rejected', by: 'analyst2' });
        expect(rejected.reviewStatus).toBe('rejected');
        expect(await store.claims.forSubject({ entity: group.id })).toEqual([]);
        expect(await store.claims.forSubject({ entity: group.id }, { includeRejected: true })).toEqual([rejected]);
        await expectError(store.claims.setReview(987_654_321, { status: 'accepted', by: 'x' }), 'NOT_FOUND');
      });

      it('rejects a claim pointing at a missing document (foreign keys are on)', async () => {
        const group = await newGroup();
        await expectError(store.claims.insertMany([{ subject: { entity: group.id }, predicate: 'type', object: { text: 'x' }, modality: 'asserted', confidence: 1, extractor: 'x', documentId: 987_654_321 }]), 'STORE');
      });
    });

    describe('incidents', () => {
      it('stores and reads back an incident with date precision and place', async () => {
        const place = await store.entities.insert({ kind: 'location', canonicalName: 'Kabul', source: 'geonames', level: 'city' });
        const incident = await store.incidents.insert({
          type: 'bombing_explosion',
          suicide: true,
          claimed: true,
          date: { value: '2021-08-26', precision: 'day' },
          location: { entityId: place.id, name: 'Hamid Karzai International Airport', level: 'facility', country: 'AF', admin1: 'Kabul', admin2: 'Kabul', geonamesId: 1138958, lat: 34.5658, lon: 69.2124 },
          best: { killed: 170, wounded: 150 },
        });
        expect(incident).toMatchObject({
          type: 'bombing_explosion',
          suicide: true,
          claimed: true,
          date: { value: '2021-08-26', precision: 'day', earliest: null, latest: null },
          location: { entityId: place.id, name: 'Hamid Karzai International Airport', level: 'facility', country: 'AF', admin1: 'Kabul', admin2: 'Kabul', geonamesId: 1138958, lat: 34.5658, lon: 69.2124 },
          best: { killed: 170, wounded: 150, captured: null, perpetratorsKilled: null },
          status: 'active',
          mergedInto: null,
        });
        expect(await store.incidents.get(incident.id)).toEqual(incident);
        const bare = await store.incidents.insert({ type: 'agreement', date: { precision: 'range', earliest: '2020-02-01', latest: '2020-02-29' } });
        expect(bare).toMatchObject({ suicide: false, claimed: false, location: null, date: { value: null, precision: 'range', earliest: '2020-02-01', latest: '2020-02-29' } });
        await expectError(store.incidents.get(987_654_321), 'NOT_FOUND');
      });

      it('updates best figures and attributes', async () => {
        const incident = await store.incidents.insert({ type: 'armed_assault', date: { value: '2022-01-01', precision: 'day' } });
        const raised = await store.incidents.updateBest(incident.id, { killed: 12, perpetratorsKilled: 2 });
        expect(raised.best).toEqual({ killed: 12, wounded: null, captured: null, perpetratorsKilled: 2 });
        const cleared = await store.incidents.updateBest(incident.id, { killed: null, captured: 4 });
        expect(cleared.best).toEqual({ killed: null, wounded: null, captured: 4, perpetratorsKilled: 2 });
        const changed = await store.incidents.update(incident.id, { type: 'hostage_kidnapping', claimed: true, location: { name: 'Borno', level: 'admin1', country: 'NG' } });
        expect(changed).toMatchObject({ type: 'hostage_kidnapping', claimed: true, suicide: false, location: { name: 'Borno', level: 'admin1', country: 'NG', entityId: null } });
        expect(await store.incidents.get(incident.id)).toEqual(changed);
        await expectError(store.incidents.updateBest(987_654_321, { killed: 1 }), 'NOT_FOUND');
      });

      it('lists by group, country, type and date window', async () => {
        const country = `X${uniqueWord()}`.slice(0, 12);
        const group = await newGroup();
        const other = await newGroup();
        const early = await store.incidents.insert({ type: 'bombing_explosion', date: { value: '2019-03-01', precision: 'day' }, location: { name: 'A', level: 'city', country } });
        const late = await store.incidents.insert({ type: 'armed_assault', date: { value: '2021-08-26', precision: 'day' }, location: { name: 'B', level: 'city', country } });
        const ranged = await store.incidents.insert({ type: 'bombing_explosion', date: { precision: 'range', earliest: '2020-05-01', latest: '2020-05-31' }, location: { name: 'C', level: 'city', country } });
        await store.incidents.addPerpetrator(early.id, { entityId: group.id, role: 'claimed' });
        await store.incidents.addPerpetrator(late.id, { entityId: group.id, role: 'suspected' });
        await store.incidents.addPerpetrator(late.id, { entityId: other.id, role: 'attributed' });
        const ids = async (filter: Parameters<Store['incidents']['list']>[0]) => (await store.incidents.list({ country, ...filter })).map((i) => i.id);
        expect(await ids({})).toEqual([late.id, ranged.id, early.id]);
        expect(await ids({ group: group.id })).toEqual([late.id, early.id]);
        expect(await ids({ group: other.id })).toEqual([late.id]);
        expect(await ids({ type: 'bombing_explosion' })).toEqual([ranged.id, early.id]);
        expect(await ids({ since: '2020-01-01' })).toEqual([late.id, ranged.id]);
        expect(await ids({ until: '2020-12-31' })).toEqual([ranged.id, early.id]);
        expect(await ids({ since: '2020-05-15', until: '2020-05-20' })).toEqual([ranged.id]);
        expect(await ids({ limit: 1, offset: 1 })).toEqual([ranged.id]);
        const perpetrators = await store.incidents.perpetrators(late.id);
        expect(perpetrators.map((p) => [p.entityId, p.role, p.documentId])).toEqual([
          [group.id, 'suspected', null],
          [other.id, 'attributed', null],
        ]);
        const byIncident = await store.incidents.perpetratorsOf([late.id, early.id, ranged.id]);
        expect(byIncident.get(late.id)).toEqual(perpetrators);
        expect(byIncident.get(early.id)).toEqual(await store.incidents.perpetrators(early.id));
        expect(byIncident.has(ranged.id)).toBe(false);
      });

      it('totals incidents and deaths per perpetrator, counting each incident once', async () => {
        const group = await newGroup();
        const other = await newGroup();
        const first = await store.incidents.insert({ type: 'bombing_explosion', date: { value: '2019-03-01', precision: 'day' } });
        const second = await store.incidents.insert({ type: 'armed_assault', date: { value: '2019-04-01', precision: 'day' } });
        await store.incidents.updateBest(first.id, { killed: 7 });
        await store.incidents.addPerpetrator(first.id, { entityId: group.id, role: 'claimed' });
        await store.incidents.addPerpetrator(first.id, { entityId: group.id, role: 'attributed' });
        await store.incidents.addPerpetrator(second.id, { entityId: group.id, role: 'suspected' });
        const totals = await store.incidents.perpetratorTotals([group.id, other.id]);
        expect(totals.get(group.id)).toEqual({ incidents: 2, killed: 7 });
        expect(totals.has(other.id)).toBe(false);
        expect((await store.incidents.perpetratorTotals()).get(group.id)).toEqual({ incidents: 2, killed: 7 });
      });

      it('sets best figures with the other attributes in one update', async () => {
        const incident = await store.incidents.insert({ type: 'armed_assault', date: { value: '2022-01-01', precision: 'day' } });
        const changed = await store.incidents.update(incident.id, { claimed: true, best: { killed: 4, wounded: null } });
        expect(changed).toMatchObject({ claimed: true, best: { killed: 4, wounded: null, captured: null, perpetratorsKilled: null } });
      });

      it('links and unlinks reports, keeping the document-local incident', async () => {
        const incident = await store.incidents.insert({ type: 'bombing_explosion', date: { value: '2021-08-26', precision: 'day' } });
        const first = await newDocument();
        const second = await newDocument();
        const local = localIncident('i1');
        const a = await store.incidents.linkReport(incident.id, { documentId: first.id, local, linkedBy: 'auto', score: 0.93 });
        expect(a).toMatchObject({ incidentId: incident.id, documentId: first.id, linkedBy: 'auto', score: 0.93, unlinkedAt: null });
        expect(a.local).toEqual(local);
        await store.incidents.linkReport(incident.id, { documentId: second.id, local: localIncident('i2'), linkedBy: 'manual' });
        await expectError(store.incidents.linkReport(incident.id, { documentId: first.id, local, linkedBy: 'auto' }), 'CONFLICT');
        expect((await store.incidents.reports(incident.id)).map((r) => r.documentId)).toEqual([first.id, second.id]);
        const unlinked = await store.incidents.unlinkReport(incident.id, first.id, '2024-01-01T00:00:00.000Z');
        expect(unlinked.unlinkedAt).toBe('2024-01-01T00:00:00.000Z');
        expect((await store.incidents.reports(incident.id)).map((r) => r.documentId)).toEqual([second.id]);
        expect((await store.incidents.reports(incident.id, { includeUnlinked: true })).map((r) => r.documentId)).toEqual([first.id, second.id]);
        const byIncident = await store.incidents.reportsOf([incident.id, 987_654_321]);
        expect(byIncident.get(incident.id)).toEqual(await store.incidents.reports(incident.id));
        expect(byIncident.has(987_654_321)).toBe(false);
        expect(await store.incidents.reportsOfDocument(first.id)).toEqual([]);
        expect((await store.incidents.reportsOfDocument(second.id)).map((r) => r.incidentId)).toEqual([incident.id]);
        await expectError(store.incidents.unlinkReport(incident.id, first.id), 'NOT_FOUND');
        // Relinking after an unlink is allowed: the history keeps both rows.
        await store.incidents.linkReport(incident.id, { documentId: first.id, local, linkedBy: 'manual' });
        expect((await store.incidents.reports(incident.id, { includeUnlinked: true })).length).toBe(3);
      });
    });

    describe('figures', () => {
      it('keeps every source figure with its date and attribution', async () => {
        const incident = await store.incidents.insert({ type: 'bombing_explosion', date: { value: '2021-08-26', precision: 'day' } });
        const doc1 = await newDocument();
        const doc2 = await newDocument();
        const ministry = await newGroup();
        const later = await store.figures.insert({ incidentId: incident.id, documentId: doc2.id, kind: 'killed', min: 170, best: 170, reportedOn: '2021-08-28', accordingTo: [ministry.id] });
        const [earlier, wounded] = await store.figures.insertMany([
          { incidentId: incident.id, documentId: doc1.id, kind: 'killed', min: 60, max: 90, best: 60, reportedOn: '2021-08-26' },
          { incidentId: incident.id, documentId: doc1.id, kind: 'wounded', min: 140, reportedOn: '2021-08-26' },
        ]);
        expect(later).toEqual({ id: later.id, incidentId: incident.id, documentId: doc2.id, kind: 'killed', min: 170, max: null, best: 170, reportedOn: '2021-08-28', accordingTo: [ministry.id] });
        expect(earlier).toMatchObject({ min: 60, max: 90, best: 60, accordingTo: [] });
        expect(await store.figures.forIncident(incident.id)).toEqual([earlier, wounded, later]);
        expect(await store.figures.forIncident(incident.id, 'killed')).toEqual([earlier, later]);
      });
    });

    describe('same-as proposals', () => {
      it('proposes in a canonical order, keeps the best score and records decisions', async () => {
        const a = await newGroup();
        const b = await newGroup();
        const proposal = await store.sameAs.propose(b.id, a.id, 0.6, 'shared alias');
        expect(proposal).toMatchObject({ entityA: a.id, entityB: b.id, score: 0.6, status: 'proposed', reason: 'shared alias', decidedBy: null });
        expect((await store.sameAs.propose(a.id, b.id, 0.4)).score).toBe(0.6);
        const raised = await store.sameAs.propose(a.id, b.id, 0.8, 'shared alias and leader');
        expect(raised).toMatchObject({ id: proposal.id, score: 0.8, reason: 'shared alias and leader' });
        expect(await store.sameAs.list({ entityId: b.id })).toEqual([raised]);
        const decided = await store.sameAs.decide(proposal.id, 'rejected', 'analyst1');
        expect(decided).toMatchObject({ status: 'rejected', decidedBy: 'analyst1' });
        expect(decided.decidedAt).not.toBeNull();
        // A decided pair stays decided when the resolver proposes it again.
        expect(await store.sameAs.propose(a.id, b.id, 0.99)).toEqual(decided);
        expect((await store.sameAs.list({ status: 'proposed', entityId: a.id }))).toEqual([]);
        await expectError(store.sameAs.propose(a.id, a.id, 1), 'CONFLICT');
        await expectError(store.sameAs.decide(987_654_321, 'accepted', 'x'), 'NOT_FOUND');
      });
    });

    describe('merges', () => {
      async function entityState(ids: number[], incidentId: number) {
        const state: Record<string, unknown> = {};
        for (const id of ids) {
          state[`entity ${id}`] = await store.entities.get(id);
          state[`aliases ${id}`] = await store.entities.aliasesOf(id);
          state[`subject ${id}`] = await store.claims.forSubject({ entity: id }, { includeRejected: true });
          state[`object ${id}`] = await store.claims.forObject({ entity: id }, { includeRejected: true });
        }
        state.incident = await store.incidents.get(incidentId);
        state.perpetrators = await store.incidents.perpetrators(incidentId);
        state.figures = await store.figures.forIncident(incidentId);
        state.claimsAbout = await store.claims.forSubject({ incident: incidentId }, { includeRejected: true });
        return state;
      }

      it('merges two entities and unmerges them exactly', async () => {
        const word = uniqueWord();
        const survivor = await newGroup(`Islamic State Khorasan ${word}`);
        const merged = await newGroup(`ISKP ${word}`);
        const bystander = await newGroup();
        await store.entities.addAlias(merged.id, { name: `Wilayat Khorasan ${word}`, source: 'doc-3' });
        const place = await store.entities.insert({ kind: 'location', canonicalName: `Place ${word}`, source: 'x' });
        const incident = await store.incidents.insert({ type: 'bombing_explosion', date: { value: '2021-08-26', precision: 'day' }, location: { entityId: place.id, name: 'P', level: 'city' } });
        await store.incidents.addPerpetrator(incident.id, { entityId: merged.id, role: 'claimed' });
        await store.incidents.addPerpetrator(incident.id, { entityId: bystander.id, role: 'suspected' });
        await store.figures.insert({ incidentId: incident.id, kind: 'killed', best: 13, accordingTo: [merged.id, survivor.id] });
        const claims = await store.claims.insertMany([
          { subject: { entity: merged.id }, predicate: 'rival_of', object: { entity: bystander.id }, modality: 'asserted', confidence: 0.9, extractor: 'x' },
          { subject: { entity: bystander.id }, predicate: 'rival_of', object: { entity: merged.id }, accordingTo: [merged.id, bystander.id], modality: 'asserted', confidence: 0.9, extractor: 'x' },
          { subject: { incident: incident.id }, predicate: 'claimed_responsibility_for', object: { entity: merged.id }, accordingTo: [survivor.id, merged.id], modality: 'claimed', confidence: 0.8, extractor: 'x' },
          { subject: { entity: survivor.id }, predicate: 'based_in', object: { text: 'Nangarhar' }, modality: 'asserted', confidence: 0.9, extractor: 'x' },
        ]);
        const ids = [survivor.id, merged.id, bystander.id];
        const before = await entityState(ids, incident.id);

        const merge = await store.merges.mergeEntities(survivor.id, merged.id, 'analyst1');
        expect(merge).toMatchObject({ kind: 'entity', survivor: survivor.id, merged: merged.id, by: 'analyst1', undoneAt: null });
        expect((await store.entities.get(merged.id)).mergedInto).toBe(survivor.id);
        expect((await store.entities.resolve(merged.id)).id).toBe(survivor.id);
        const resolved = await store.entities.resolveMany([merged.id, survivor.id]);
        expect([resolved.get(merged.id)?.id, resolved.get(survivor.id)?.id]).toEqual([survivor.id, survivor.id]);
        expect(await store.entities.aliasesOf(merged.id)).toEqual([]);
        expect((await store.entities.aliasesOf(survivor.id)).map((a) => [a.name, a.source])).toEqual([
          [`Islamic State Khorasan ${word}`, 'test-dictionary'],
          [`ISKP ${word}`, 'test-dictionary'],
          [`Wilayat Khorasan ${word}`, 'doc-3'],
        ]);
        expect((await store.entities.findByFoldedName(`iskp ${word}`)).map((e) => e.id)).toEqual([survivor.id]);
        expect((await store.entities.list({ nameContains: word, kind: 'armed_group' })).map((e) => e.id)).toEqual([survivor.id]);
        expect((await store.incidents.perpetrators(incident.id)).map((p) => p.entityId)).toEqual([survivor.id, bystander.id]);
        expect((await store.figures.forIncident(incident.id))[0]?.accordingTo).toEqual([survivor.id]);
        expect((await store.claims.get(claims[0]!.id)).subject).toEqual({ entity: survivor.id });
        const rival = await store.claims.get(claims[1]!.id);
        expect(rival.object).toEqual({ entity: survivor.id });
        expect(rival.accordingTo).toEqual([survivor.id, bystander.id]);
        expect((await store.claims.forObject({ entity: survivor.id })).map((c) => c.id)).toEqual([claims[1]!.id, claims[2]!.id]);
        expect((await store.search(`Wilayat ${word}`)).entities.map((e) => e.id)).toEqual([survivor.id]);
        expect((await store.merges.list({ involving: merged.id })).map((m) => m.id)).toEqual([merge.id]);
        expect((await store.audit.list({ target: `entity:${merged.id}` }))[0]).toMatchObject({ actor: 'analyst1', action: 'merge.entity' });

        // Edits made while merged survive the unmerge; the merge's own changes do not.
        await store.claims.setReview(claims[3]!.id, { status: 'accepted', by: 'analyst2', at: '2024-01-01T00:00:00.000Z' });
        await expectError(store.merges.mergeEntities(bystander.id, merged.id, 'analyst1'), 'CONFLICT');
        const undone = await store.merges.unmerge(merge.id, 'analyst1');
        expect(undone.undoneBy).toBe('analyst1');
        expect(undone.undoneAt).not.toBeNull();
        const after = await entityState(ids, incident.id);
        const subjectKey = `subject ${survivor.id}`;
        const reviewed = (after[subjectKey] as Array<{ id: number }>).map((c) => (c.id === claims[3]!.id ? { ...c, reviewStatus: 'unreviewed', reviewedBy: null, reviewedAt: null } : c));
        expect({ ...after, [subjectKey]: reviewed }).toEqual(before);
        expect(await store.merges.list({ involving: merged.id })).toEqual([]);
        expect((await store.merges.list({ involving: merged.id, includeUndone: true })).map((m) => m.id)).toEqual([merge.id]);
        expect((await store.merges.get(merge.id)).undoneAt).toBe(undone.undoneAt);
        await expectError(store.merges.unmerge(merge.id, 'analyst1'), 'CONFLICT');
        expect((await store.audit.list({ target: `merge:${merge.id}` }))[0]).toMatchObject({ action: 'unmerge.entity' });
      });

      it('refuses to merge an entity into itself or a missing one', async () => {
        const a = await newGroup();
        await expectError(store.merges.mergeEntities(a.id, a.id, 'x'), 'CONFLICT');
        await expectError(store.merges.mergeEntities(a.id, 987_654_321, 'x'), 'NOT_FOUND');
        await expectError(store.merges.unmerge(987_654_321, 'x'), 'NOT_FOUND');
      });

      it('merges two incidents and unmerges them exactly', async () => {
        const survivor = await store.incidents.insert({ type: 'bombing_explosion', date: { value: '2021-08-26', precision: 'day' }, best: { killed: 60 } });
        const merged = await store.incidents.insert({ type: 'bombing_explosion', date: { value: '2021-08-26', precision: 'day' }, best: { killed: 170 } });
        const doc = await newDocument();
        const group = await newGroup();
        await store.incidents.linkReport(merged.id, { documentId: doc.id, local: localIncident('i9'), linkedBy: 'auto', score: 0.7 });
        await store.figures.insert({ incidentId: merged.id, documentId: doc.id, kind: 'killed', best: 170 });
        await store.incidents.addPerpetrator(merged.id, { entityId: group.id, role: 'claimed', documentId: doc.id });
        await store.claims.insertMany([{ subject: { entity: group.id }, predicate: 'claimed_responsibility_for', object: { incident: merged.id }, modality: 'claimed', confidence: 0.9, extractor: 'x' }]);
        const state = async () => ({
          survivor: await store.incidents.get(survivor.id),
          merged: await store.incidents.get(merged.id),
          reports: [await store.incidents.reports(survivor.id), await store.incidents.reports(merged.id)],
          figures: [await store.figures.forIncident(survivor.id), await store.figures.forIncident(merged.id)],
          perpetrators: [await store.incidents.perpetrators(survivor.id), await store.incidents.perpetrators(merged.id)],
          claims: await store.claims.forSubject({ entity: group.id }),
        });
        const before = await state();
        const merge = await store.merges.mergeIncidents(survivor.id, merged.id, 'analyst1');
        expect((await store.incidents.get(merged.id))).toMatchObject({ status: 'merged', mergedInto: survivor.id });
        expect((await store.incidents.reports(survivor.id)).map((r) => r.documentId)).toEqual([doc.id]);
        expect((await store.figures.forIncident(survivor.id)).map((f) => f.best)).toEqual([170]);
        expect((await store.claims.forObject({ incident: survivor.id })).map((c) => c.object)).toEqual([{ incident: survivor.id }]);
        expect((await store.incidents.list({ group: group.id })).map((i) => i.id)).toEqual([survivor.id]);
        await store.merges.unmerge(merge.id, 'analyst1');
        expect(await state()).toEqual(before);
      });
    });

    describe('audit, users and ingest runs', () => {
      it('records and lists audit entries newest first', async () => {
        const target = `claim:${uniqueWord()}`;
        const first = await store.audit.record({ actor: 'analyst1', action: 'review', target, before: { status: 'unreviewed' }, after: { status: 'accepted', note: 'ok — ✓' } });
        const second = await store.audit.record({ actor: 'analyst2', action: 'review', target });
        expect(first).toMatchObject({ actor: 'analyst1', before: { status: 'unreviewed' }, after: { status: 'accepted', note: 'ok — ✓' } });
        expect(second).toMatchObject({ before: null, after: null });
        expect((await store.audit.list({ target })).map((e) => e.id)).toEqual([second.id, first.id]);
        expect((await store.audit.list({ target, actor: 'analyst1' })).map((e) => e.id)).toEqual([first.id]);
      });

      it('creates users and finds them by token hash', async () => {
        const name = uniqueWord();
        const user = await store.users.create({ name, role: 'analyst', tokenHash: `sha256:${name}` });
        expect(user).toMatchObject({ name, role: 'analyst', tokenHash: `sha256:${name}` });
        expect(await store.users.findByTokenHash(`sha256:${name}`)).toEqual(user);
        expect(await store.users.findByTokenHash('sha256:none')).toBeUndefined();
        expect((await store.users.list()).map((u) => u.name)).toContain(name);
        await expectError(store.users.create({ name, role: 'viewer', tokenHash: 'other' }), 'CONFLICT');
      });

      it('tracks ingest runs and their counts', async () => {
        const run = await store.ingestRuns.start('2024-01-01T00:00:00.000Z');
        expect(run).toMatchObject({ started: '2024-01-01T00:00:00.000Z', finished: null, counts: {} });
        await store.ingestRuns.update(run.id, { added: 3 });
        const done = await store.ingestRuns.update(run.id, { added: 5, duplicates: 2 }, '2024-01-01T00:10:00.000Z');
        expect(done).toEqual({ id: run.id, started: '2024-01-01T00:00:00.000Z', finished: '2024-01-01T00:10:00.000Z', counts: { added: 5, duplicates: 2 } });
        expect(await store.ingestRuns.get(run.id)).toEqual(done);
        expect((await store.ingestRuns.latest())?.id).toBe(run.id);
        await expectError(store.ingestRuns.get(987_654_321), 'NOT_FOUND');
      });
    });

    describe('transactions', () => {
      it('stores everything a transaction did when it returns', async () => {
        const hash = `hash-${uniqueWord()}`;
        const result = await store.transaction(async (tx) => {
          const { document } = await tx.documents.insert({ contentHash: hash, text: 'committed' });
          const group = await tx.entities.insert({ kind: 'armed_group', canonicalName: `Committed ${uniqueWord()}`, source: String(document.id) });
          // A nested transaction joins the outer one.
          await tx.transaction(async (inner) => inner.claims.insertMany([{ subject: { entity: group.id }, predicate: 'type', object: { text: 'insurgent' }, modality: 'asserted', confidence: 1, extractor: 'x', documentId: document.id }]));
          return { documentId: document.id, groupId: group.id };
        });
        expect((await store.documents.findByHash(hash))?.id).toBe(result.documentId);
        expect(await store.claims.forDocument(result.documentId)).toHaveLength(1);
      });

      it('stores nothing of a transaction that throws, and rethrows its error', async () => {
        const hash = `hash-${uniqueWord()}`;
        const word = uniqueWord();
        const counts = async () => [await store.documents.count(), await store.entities.count(), await store.claims.count(), await store.incidents.count()];
        const before = await counts();
        const failure = new Error('crash mid-document');
        const caught = await store
          .transaction(async (tx) => {
            const { document } = await tx.documents.insert({ contentHash: hash, text: `half stored ${word}` });
            const group = await tx.entities.insert({ kind: 'armed_group', canonicalName: `Half ${word}`, source: 'x' });
            await tx.claims.insertMany([{ subject: { entity: group.id }, predicate: 'type', object: { text: 'x' }, modality: 'asserted', confidence: 1, extractor: 'x', documentId: document.id }]);
            const incident = await tx.incidents.insert({ type: 'armed_clash', date: { precision: 'unknown' } });
            await tx.incidents.linkReport(incident.id, { documentId: document.id, local: localIncident('x'), linkedBy: 'auto' });
            await tx.merges.mergeEntities(group.id, (await tx.entities.insert({ kind: 'armed_group', canonicalName: `Other ${word}`, source: 'x' })).id, 'x');
            expect(await tx.documents.findByHash(hash)).toBeDefined();
            throw failure;
          })
          .catch((error: unknown) => error);
        expect(caught).toBe(failure);
        expect(await store.documents.findByHash(hash)).toBeUndefined();
        expect(await store.entities.findByFoldedName(`half ${word}`)).toEqual([]);
        expect(await counts()).toEqual(before);
        expect((await store.search(word)).documents).toEqual([]);
        // The store is usable after a rollback.
        expect((await store.documents.insert({ contentHash: hash, text: 'after rollback' })).created).toBe(true);
      });
    });

    describe('search', () => {
      it('finds documents by text and title and entities by any name, ranked', async () => {
        const word = uniqueWord();
        const strong = await store.documents.insert({ contentHash: `hash-${word}-1`, title: `Bombing ${word}`, text: `A suicide bombing ${word} near the airport gate; the bombing ${word} killed many.` });
        const weak = await store.documents.insert({ contentHash: `hash-${word}-2`, text: `Officials discussed ${word} and many other matters at length in a long meeting about roads, schools, budgets and weather.` });
        await newDocument(`Unrelated text about ${uniqueWord()}`);
        const result = await store.search(word);
        expect(result.documents.map((d) => d.id)).toEqual([strong.document.id, weak.document.id]);
        expect(result.documents[0]?.title).toBe(`Bombing ${word}`);
        expect(result.documents[0]?.snippet).toContain(word);
        expect(result.documents[0]!.score).toBeGreaterThan(result.documents[1]!.score);
        expect((await store.search(`airport ${word}`)).documents.map((d) => d.id)).toEqual([strong.document.id]);
        expect((await store.search(word, { limit: 1 })).documents).toHaveLength(1);

        const group = await newGroup(`Lashkar ${word}`);
        await store.entities.addAlias(group.id, { name: `LeT ${word}`, source: 'doc' });
        const hits = await store.search(`LeT ${word}`);
        expect(hits.entities).toEqual([{ id: group.id, kind: 'armed_group', canonicalName: `Lashkar ${word}`, score: hits.entities[0]?.score }]);
      });

      it('treats query syntax as words and handles unicode', async () => {
        const word = uniqueWord();
        const doc = await newDocument(`تفجير انتحاري في كابول ${word} — Ислам ${word}`);
        expect((await store.search(`كابول ${word}`)).documents.map((d) => d.id)).toEqual([doc.id]);
        expect((await store.search(`"${word}" AND (OR* NEAR -`)).documents.map((d) => d.id)).toEqual([]);
        expect((await store.search(`${word}*`)).documents.map((d) => d.id)).toEqual([doc.id]);
        expect(await store.search('  --- ')).toEqual({ documents: [], entities: [] });
      });
    });
  });
}
