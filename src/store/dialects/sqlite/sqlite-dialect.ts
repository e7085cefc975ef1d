// SQLite through better-sqlite3: WAL, foreign keys on, FTS5 over documents and
// alias names kept in sync by triggers (external-content tables, no copy of text).
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type SqliteDatabase } from 'kysely';
import type { Database, SearchDocumentRow, SearchEntityRow } from '../../database.js';
import type { StoreDialect } from '../store-dialect.js';

/** Opens (creating if needed) a SQLite database file, or ':memory:', as a store dialect. */
export function createSqliteDialect(path: string): StoreDialect {
  const database = new BetterSqlite3(path);
  if (path !== ':memory:' && path !== '') database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  // Another process (a second `sitrep ingest`) waits for the lock instead of failing at once.
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(database) }) });
  return {
    name: 'sqlite',
    kysely,
    types: { id: 'integer', json: 'text', float: 'real' },
    idColumn: (column) => column.primaryKey().autoIncrement(),
    createSearch,
    search,
    close: async () => {},
  };
}

const cachedStatements = 500;

/**
 * The database as Kysely sees it, with prepared statements reused: Kysely prepares every query it
 * runs, and ingest runs the same few dozen SQL texts thousands of times. Least recently used
 * statements beyond `cachedStatements` are dropped; a statement still iterating is never handed out twice.
 */
function cachingStatements(database: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => database.close(),
    prepare(text: string) {
      const cached = cache.get(text);
      if (cached !== undefined && !cached.busy) {
        cache.delete(text);
        cache.set(text, cached);
        return cached;
      }
      const statement = database.prepare(text);
      if (cached === undefined) {
        cache.set(text, statement);
        if (cache.size > cachedStatements) cache.delete(cache.keys().next().value!);
      }
      return statement;
    },
  };
}

async function createSearch(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create virtual table documents_fts using fts5(title, text, content='documents', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')`,
    sql`create trigger documents_fts_insert after insert on documents begin
      insert into documents_fts(rowid, title, text) values (new.id, new.title, new.text); end`,
    sql`create trigger documents_fts_delete after delete on documents begin
      insert into documents_fts(documents_fts, rowid, title, text) values ('delete', old.id, old.title, old.text); end`,
    sql`create trigger documents_fts_update after update of title, text on documents begin
      insert into documents_fts(documents_fts, rowid, title, text) values ('delete', old.id, old.title, old.text);
      insert into documents_fts(rowid, title, text) values (new.id, new.title, new.text); end`,
    sql`create virtual table aliases_fts using fts5(name, content='aliases', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`,
    sql`create trigger aliases_fts_insert after insert on aliases begin
      insert into aliases_fts(rowid, name) values (new.id, new.name); end`,
    sql`create trigger aliases_fts_delete after delete on aliases begin
      insert into aliases_fts(aliases_fts, rowid, name) values ('delete', old.id, old.name); end`,
    sql`create trigger aliases_fts_update after update of name on aliases begin
      insert into aliases_fts(aliases_fts, rowid, name) values ('delete', old.id, old.name);
      insert into aliases_fts(rowid, name) values (new.id, new.name); end`,
  ];
  for (const statement of statements) await statement.execute(db);
}

async function search(db: Kysely<Database>, words: string[], limit: number): Promise<{ documents: SearchDocumentRow[]; entities: SearchEntityRow[] }> {
  // Every word quoted: user text is never FTS5 syntax.
  const match = words.map((word) => `"${word.replaceAll('"', '""')}"`).join(' ');
  const documents = await sql<SearchDocumentRow>`
    select d.id, d.title, snippet(documents_fts, 1, '[', ']', '…', 12) as snippet, -bm25(documents_fts, 2.0, 1.0) as score
    from documents_fts join documents d on d.id = documents_fts.rowid
    where documents_fts match ${match}
    order by bm25(documents_fts, 2.0, 1.0), d.id
    limit ${limit}`.execute(db);
  const entities = await sql<SearchEntityRow>`
    with hits as materialized (select rowid as alias_id, -bm25(aliases_fts) as score from aliases_fts where aliases_fts match ${match})
    select e.id, e.kind, e.canonical_name, max(hits.score) as score
    from hits join aliases a on a.id = hits.alias_id join entities e on e.id = a.entity_id
    where e.merged_into is null
    group by e.id, e.kind, e.canonical_name
    order by score desc, e.id
    limit ${limit}`.execute(db);
  return { documents: documents.rows, entities: entities.rows };
}
