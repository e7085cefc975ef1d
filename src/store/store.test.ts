import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { SitrepError } from '../model/index.js';
import { openStore } from './open-store.js';
import { describeStoreContract } from './store-contract.js';

const directory = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describeStoreContract('SQLite file', () => openStore(join(directory, 'contract.db')));
describeStoreContract('SQLite :memory:', () => openStore(':memory:'));
describeStoreContract('PGlite', () => openStore('pglite:memory'));

const pgUrl = process.env.SITREP_TEST_PG_URL;
if (pgUrl !== undefined && pgUrl !== '') {
  // A schema of its own per run, dropped afterwards, so concurrent runs never collide.
  const schema = `sitrep_test_${process.pid}_${Date.now()}`;
  const separator = pgUrl.includes('?') ? '&' : '?';
  describeStoreContract('PostgreSQL', () => openStore(`${pgUrl}${separator}schema=${schema}`));
  afterAll(async () => {
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  });
}

describe('openStore', () => {
  it('keeps data across reopening a SQLite file, in WAL mode', async () => {
    const path = join(directory, 'reopen.db');
    const first = await openStore(`sqlite:${path}`);
    await first.documents.insert({ contentHash: 'h', text: 'kept' });
    await first.close();
    const second = await openStore(path);
    expect((await second.documents.findByHash('h'))?.text).toBe('kept');
    expect(second.dialect).toBe('sqlite');
    await second.close();
    const { default: BetterSqlite3 } = await import('better-sqlite3');
    const raw = new BetterSqlite3(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('rejects an unknown URL scheme with a SitrepError', async () => {
    const error = await openStore('mysql://localhost/x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SitrepError);
    expect((error as SitrepError).code).toBe('USAGE');
  });

  it('reports an unreachable PostgreSQL server as a STORE error without the password', async () => {
    const error = await openStore('postgres://user:secret@127.0.0.1:1/none').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SitrepError);
    expect((error as SitrepError).code).toBe('STORE');
    expect((error as SitrepError).message).not.toContain('secret');
  });
});
