// Full-text search on PostgreSQL (server and PGlite alike): a generated,
// weighted tsvector on documents and a GIN expression index on alias names.
import { sql, type Kysely } from 'kysely';
import type { Database, SearchDocumentRow, SearchEntityRow } from '../../database.js';

/** Creates the tsvector column and GIN indexes (run by the first migration). */
export async function createPostgresSearch(db: Kysely<unknown>): Promise<void> {
  await sql`alter table documents add column search_vector tsvector generated always as
    (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')) stored`.execute(db);
  await sql`create index documents_search on documents using gin (search_vector)`.execute(db);
  // Names are not English words: no stemming, so "Taliban" never matches "Talibans" by accident.
  await sql`create index aliases_search on aliases using gin (to_tsvector('simple', name))`.execute(db);
}

/** Ranked documents and entities containing every word. */
export async function searchPostgres(db: Kysely<Database>, words: string[], limit: number): Promise<{ documents: SearchDocumentRow[]; entities: SearchEntityRow[] }> {
  const text = words.join(' ');
  // The headline is computed only for the rows that survive the limit.
  const documents = await sql<SearchDocumentRow>`
    select hits.id, hits.title, ts_headline('english', hits.text, hits.q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8') as snippet, hits.score
    from (
      select d.id, d.title, d.text, q, ts_rank(d.search_vector, q)::float8 as score
      from documents d cross join plainto_tsquery('english', ${text}) q
      where d.search_vector @@ q
      order by score desc, d.id
      limit ${limit}
    ) hits
    order by hits.score desc, hits.id`.execute(db);
  const entities = await sql<SearchEntityRow>`
    select e.id, e.kind, e.canonical_name, max(ts_rank(to_tsvector('simple', a.name), q))::float8 as score
    from aliases a join entities e on e.id = a.entity_id cross join plainto_tsquery('simple', ${text}) q
    where to_tsvector('simple', a.name) @@ q and e.merged_into is null
    group by e.id, e.kind, e.canonical_name
    order by score desc, e.id
    limit ${limit}`.execute(db);
  return { documents: documents.rows, entities: entities.rows };
}
