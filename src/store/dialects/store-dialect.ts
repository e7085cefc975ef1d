// What the dialect-neutral core asks of a database: a Kysely instance, the few
// column types that differ, and full-text search. Everything database-specific
// lives behind this interface, in the folders beside it.
import type { ColumnDataType, ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { Database, SearchDocumentRow, SearchEntityRow } from '../database.js';

/** Which database a store runs on. */
export type StoreDialectName = 'sqlite' | 'postgres' | 'pglite';

/** A database as the store core sees it. */
export interface StoreDialect {
  readonly name: StoreDialectName;
  readonly kysely: Kysely<Database>;
  /** The PostgreSQL schema the store lives in, when not the default one (the migrator keeps its tables there). */
  readonly schema?: string;
  /** Column types that differ between databases. */
  readonly types: {
    /** The auto-increment integer primary key's type. */
    id: ColumnDataType;
    /** JSON documents. */
    json: ColumnDataType;
    /** Double-precision floats (coordinates, scores). */
    float: ColumnDataType;
  };
  /** Finishes the id column's definition (primary key, auto-increment where needed). */
  idColumn(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /** Creates the full-text structures over documents and aliases (run by the first migration). */
  createSearch(db: Kysely<unknown>): Promise<void>;
  /** Ranked documents and entities whose text or names contain every word. */
  search(db: Kysely<Database>, words: string[], limit: number): Promise<{ documents: SearchDocumentRow[]; entities: SearchEntityRow[] }>;
  /** Releases what Kysely's destroy() does not (e.g. an owned in-process database). */
  close(): Promise<void>;
}
