// PGlite: PostgreSQL compiled to WebAssembly, in process. Used where no server
// runs (tests, a laptop); same SQL and search as the server dialect.
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import type { Database } from '../../database.js';
import { createPostgresSearch, searchPostgres } from '../postgres/postgres-search.js';
import type { StoreDialect } from '../store-dialect.js';
import { PgliteDriver } from './pglite-driver.js';

/** Opens a PGlite database (`pglite:memory`, `pglite:`, or `pglite:/data/dir`), or wraps a given instance, as a store dialect. */
export async function createPgliteDialect(url: string, instance?: PGlite): Promise<StoreDialect> {
  const location = url.replace(/^pglite:/, '');
  const pglite = instance ?? (location === '' || location === 'memory' ? await PGlite.create() : await PGlite.create(location));
  const kysely = new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new PgliteDriver(pglite),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  return {
    name: 'pglite',
    kysely,
    types: { id: 'serial', json: 'jsonb', float: 'double precision' },
    idColumn: (column) => column.primaryKey(),
    createSearch: createPostgresSearch,
    search: searchPostgres,
    // A shared instance (tests reuse one to pay its start-up once) stays open.
    close: async () => {
      if (instance === undefined) await pglite.close();
    },
  };
}
