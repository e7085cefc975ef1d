import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import { openStore, type Store } from '../store/index.js';
import { ingestDocuments } from './ingest-documents.js';
import { dumpStore } from './services/dump-store.js';

const knowledge = loadKnowledge();
const fixture = 'test/fixtures/ingest/bombing';
const seed = '../shared/corpus/seed/isk-kabul-2021-08-27.txt';
const directory = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const stores: Array<[string, () => Promise<Store>]> = [
  ['PGlite', () => openStore('pglite:memory')],
  ['SQLite file', () => openStore(join(directory, `t-${Math.random().toString(36).slice(2)}.db`))],
];
const pgUrl = process.env.SITREP_TEST_PG_URL;
// Each PostgreSQL store lives in a schema of its own, dropped when the file's tests end.
const pgSchemas: string[] = [];
if (pgUrl) {
  stores.push([
    'PostgreSQL',
    () => {
      const schema = `sitrep_ingest_${process.pid}_${Date.now()}_${pgSchemas.length}`;
      pgSchemas.push(schema);
      return openStore(`${pgUrl}${pgUrl.includes('?') ? '&' : '?'}schema=${schema}`);
    },
  ]);
  afterAll(async () => {
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    for (const schema of pgSchemas) await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  });
}

describe.each(stores)('ingestDocuments on %s', (_name, open) => {
  it('links three reports of one bombing into one incident with the reconciled toll, and a second run adds nothing', async () => {
    const store = await open();
    try {
      const first = await ingestDocuments(store, [{ path: fixture }], { knowledge });
      expect(first.added).toBe(3);
      expect(first.failed).toBe(0);
      expect(first.incidentsNew).toBe(1);
      expect(first.incidentsMerged).toBe(2);
      const incidents = await store.incidents.list();
      expect(incidents).toHaveLength(1);
      const incident = incidents[0]!;
      expect(incident.best.killed).toBe(12);
      expect(incident.claimed).toBe(true);
      const reports = await store.incidents.reports(incident.id);
      expect(reports).toHaveLength(3);
      const figures = await store.figures.forIncident(incident.id, 'killed');
      expect(figures.map((f) => f.best)).toEqual([5, 9, 12]);
      expect(figures.map((f) => f.reportedOn)).toEqual(['2021-03-10', '2021-03-11', '2021-03-12']);
      const perpetrators = await store.incidents.perpetrators(incident.id);
      expect(perpetrators).toHaveLength(1);
      expect((await store.entities.get(perpetrators[0]!.entityId)).knownId).toBe('grp:islamic-state-khorasan-province');

      const before = await dumpStore(store);
      const second = await ingestDocuments(store, [{ path: fixture }], { knowledge });
      expect(second).toMatchObject({ added: 0, duplicates: 3, failed: 0 });
      expect(await dumpStore(store)).toEqual(before);
    } finally {
      await store.close();
    }
  });

  it('keeps ISKP and the Islamic State apart, and reports a missing file without stopping', async () => {
    const store = await open();
    try {
      const summary = await ingestDocuments(store, [{ path: seed }, { path: join(directory, 'missing.txt') }], { knowledge });
      expect(summary.added).toBe(1);
      expect(summary.failed).toBe(1);
      expect(summary.failures[0]?.code).toBe('INPUT_NOT_FOUND');
      const iskp = await store.entities.findByKnownId('grp:islamic-state-khorasan-province');
      const is = await store.entities.findByKnownId('grp:islamic-state');
      expect(iskp).toHaveLength(1);
      expect(is).toHaveLength(1);
      expect(iskp[0]!.id).not.toBe(is[0]!.id);
    } finally {
      await store.close();
    }
  });
});
