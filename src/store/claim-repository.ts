import type { Selectable, SelectQueryBuilder } from 'kysely';
import type { Predicate } from '../model/index.js';
import type { ClaimsTable, Database } from './database.js';
import { claimRow, toClaim } from './row-mapper.js';
import { defaultLimit, found, inChunks, now, withTransaction, type StoreContext } from './store-context.js';
import type { ClaimFilter, ClaimRef, ClaimReview, NewClaim, StoredClaim } from './records.js';

// Rows per insert: well under SQLite's and PostgreSQL's bound-parameter limits.
const chunkSize = 200;

/** Stored claims: sourced statements about entities and incidents. */
export class ClaimRepository {
  readonly #context: StoreContext;

  constructor(context: StoreContext) {
    this.#context = context;
  }

  /** Stores claims (in one transaction); returns them with their ids, in input order. */
  async insertMany(claims: readonly NewClaim[]): Promise<StoredClaim[]> {
    if (claims.length === 0) return [];
    return withTransaction(this.#context, async (context) => {
      const stored: StoredClaim[] = [];
      for (let start = 0; start < claims.length; start += chunkSize) {
        const rows = await context.db.insertInto('claims').values(claims.slice(start, start + chunkSize).map(claimRow)).returningAll().execute();
        stored.push(...rows.map(toClaim).sort((a, b) => a.id - b.id));
      }
      return stored;
    });
  }

  /** The claim with this id; NOT_FOUND otherwise. */
  async get(id: number): Promise<StoredClaim> {
    const row = await this.#context.db.selectFrom('claims').selectAll().where('id', '=', id).executeTakeFirst();
    return toClaim(found(row, `claim ${id}`));
  }

  /** Claims about an entity or incident. */
  async forSubject(subject: ClaimRef, filter: ClaimFilter = {}): Promise<StoredClaim[]> {
    const column = 'entity' in subject ? 'subject_entity_id' : 'subject_incident_id';
    return this.#query(filter, (query) => query.where(column, '=', 'entity' in subject ? subject.entity : subject.incident));
  }

  /** Claims whose object is this entity or incident (e.g. who names a group as rival). */
  async forObject(object: ClaimRef, filter: ClaimFilter = {}): Promise<StoredClaim[]> {
    const column = 'entity' in object ? 'object_entity_id' : 'object_incident_id';
    return this.#query(filter, (query) => query.where(column, '=', 'entity' in object ? object.entity : object.incident));
  }

  /** Claims of one predicate across subjects. */
  async byPredicate(predicate: Predicate, filter: Omit<ClaimFilter, 'predicate'> = {}): Promise<StoredClaim[]> {
    return this.#query({ ...filter, predicate }, (query) => query);
  }

  /** Claims made by one document. */
  async forDocument(documentId: number): Promise<StoredClaim[]> {
    return this.#query({ includeRejected: true }, (query) => query.where('document_id', '=', documentId));
  }

  /** Records an analyst's verdict on a claim; returns the claim as stored. */
  async setReview(id: number, review: ClaimReview): Promise<StoredClaim> {
    const row = await this.#context.db
      .updateTable('claims')
      .set({ review_status: review.status, reviewed_by: review.by, reviewed_at: review.at ?? now() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return toClaim(found(row, `claim ${id}`));
  }

  /** How many claims (rejected ones left out unless asked) each entity is the subject of; all entities, or the ones given. */
  async countBySubjectEntity(entityIds?: Iterable<number>, filter: { includeRejected?: boolean } = {}): Promise<Map<number, number>> {
    const query = async (chunk?: number[]) => {
      let q = this.#context.db
        .selectFrom('claims')
        .select((eb) => ['subject_entity_id', eb.fn.countAll().as('n')])
        .where('subject_entity_id', 'is not', null);
      if (chunk !== undefined) q = q.where('subject_entity_id', 'in', chunk);
      if (filter.includeRejected !== true) q = q.where('review_status', '<>', 'rejected');
      return q.groupBy('subject_entity_id').execute();
    };
    const rows = entityIds === undefined ? await query() : await inChunks(entityIds, query);
    return new Map(rows.map((row) => [row.subject_entity_id!, Number(row.n)]));
  }

  /** How many claims are stored. */
  async count(): Promise<number> {
    const row = await this.#context.db.selectFrom('claims').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async #query(filter: ClaimFilter, narrow: (query: ClaimQuery) => ClaimQuery): Promise<StoredClaim[]> {
    let query: ClaimQuery = this.#context.db.selectFrom('claims').selectAll();
    if (filter.predicate !== undefined) query = query.where('predicate', '=', filter.predicate);
    if (filter.includeRejected !== true) query = query.where('review_status', '<>', 'rejected');
    const rows = await narrow(query).orderBy('id').limit(filter.limit ?? defaultLimit).execute();
    return rows.map(toClaim);
  }
}

type ClaimQuery = SelectQueryBuilder<Database, 'claims', Selectable<ClaimsTable>>;
