// Picks the database from a URL, opens it and brings its schema up to date.
import type { PGlite } from '@electric-sql/pglite';
import { SitrepError } from '../model/index.js';
import { createPgliteDialect } from './dialects/pglite/pglite-dialect.js';
import { createPostgresDialect } from './dialects/postgres/postgres-dialect.js';
import { createSqliteDialect } from './dialects/sqlite/sqlite-dialect.js';
import type { StoreDialect } from './dialects/store-dialect.js';
import { migrateToLatest } from './migrations.js';
import { createStore, type Store } from './store.js';

/** The database a store opens when none is named. */
export const defaultStoreUrl = './sitrep.db';

/** Options of openStore. */
export interface OpenStoreOptions {
  /** A running PGlite instance to use for `pglite:` URLs (tests share one; the store will not close it). */
  pglite?: PGlite;
}

/**
 * Opens a store and migrates it: a file path, `:memory:` or `sqlite:PATH` → SQLite;
 * `postgres://…` / `postgresql://…` (optionally `?schema=NAME`) → PostgreSQL;
 * `pglite:memory`, `pglite:` or `pglite:DIR` → in-process PostgreSQL.
 */
export async function openStore(url: string = defaultStoreUrl, options: OpenStoreOptions = {}): Promise<Store> {
  let dialect: StoreDialect | undefined;
  try {
    dialect = await createDialect(url, options);
    await migrateToLatest(dialect);
    return createStore(dialect);
  } catch (error) {
    if (dialect !== undefined) {
      await dialect.kysely.destroy().catch(() => {});
      await dialect.close().catch(() => {});
    }
    if (error instanceof SitrepError) throw error;
    throw new SitrepError('STORE', `cannot open store ${redact(url)}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

async function createDialect(url: string, options: OpenStoreOptions): Promise<StoreDialect> {
  if (/^postgres(ql)?:\/\//.test(url)) return createPostgresDialect(url);
  if (url.startsWith('pglite:')) return createPgliteDialect(url, options.pglite);
  if (url.startsWith('sqlite:')) return createSqliteDialect(url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '') || ':memory:');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) throw new SitrepError('USAGE', `unsupported database URL: ${redact(url)}`);
  return createSqliteDialect(url);
}

/** Hides a password in a URL before it reaches a message. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}
