// PostgreSQL through node-postgres. A `schema` search parameter on the URL
// (postgres://…/db?schema=name) keeps a store in its own namespace, which lets
// test runs and several stores share one server without colliding.
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../../database.js';
import type { StoreDialect } from '../store-dialect.js';
import { createPostgresSearch, searchPostgres } from './postgres-search.js';

/** Connects to a PostgreSQL server by URL as a store dialect. */
export async function createPostgresDialect(url: string): Promise<StoreDialect> {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  if (schema !== null && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  const pool = new pg.Pool({ connectionString: parsed.toString(), max: 4 });
  const kysely = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool,
      onCreateConnection: async (connection) => {
        if (schema !== null) await connection.executeQuery(sql`set search_path to ${sql.id(schema)}`.compile(kysely));
      },
    }),
  });
  if (schema !== null) await sql`create schema if not exists ${sql.id(schema)}`.execute(kysely);
  return {
    name: 'postgres',
    kysely,
    ...(schema !== null ? { schema } : {}),
    types: { id: 'serial', json: 'jsonb', float: 'double precision' },
    idColumn: (column) => column.primaryKey(),
    createSearch: createPostgresSearch,
    search: searchPostgres,
    close: async () => {},
  };
}
