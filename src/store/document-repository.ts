import type { StoreContext } from './store-context.js';
import { defaultLimit, found, inChunks, now } from './store-context.js';
import { documentRow, toDocument } from './row-mapper.js';
import type { DocumentStatus, NewDocument, StoredDocument } from './records.js';

/** Stored reports, idempotent by content hash. */
export class DocumentRepository {
  readonly #context: StoreContext;

  constructor(context: StoreContext) {
    this.#context = context;
  }

  /** Stores a document unless one with the same content hash exists; returns the stored one and whether it is new. */
  async insert(doc: NewDocument): Promise<{ document: StoredDocument; created: boolean }> {
    const inserted = await this.#context.db
      .insertInto('documents')
      .values(documentRow(doc, now()))
      .onConflict((conflict) => conflict.column('content_hash').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted !== undefined) return { document: toDocument(inserted), created: true };
    return { document: found(await this.findByHash(doc.contentHash), `document ${doc.contentHash}`), created: false };
  }

  /** The document with this content hash, if stored. */
  async findByHash(contentHash: string): Promise<StoredDocument | undefined> {
    const row = await this.#context.db.selectFrom('documents').selectAll().where('content_hash', '=', contentHash).executeTakeFirst();
    return row === undefined ? undefined : toDocument(row);
  }

  /** The document with this id; NOT_FOUND otherwise. */
  async get(id: number): Promise<StoredDocument> {
    const row = await this.#context.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
    return toDocument(found(row, `document ${id}`));
  }

  /** The documents with these ids, by id; ids not stored are absent. */
  async getMany(ids: Iterable<number>): Promise<Map<number, StoredDocument>> {
    const rows = await inChunks(ids, (chunk) => this.#context.db.selectFrom('documents').selectAll().where('id', 'in', chunk).execute());
    return new Map(rows.map((row) => [row.id, toDocument(row)]));
  }

  /** Documents in id order, optionally of one status. */
  async list(options: { status?: DocumentStatus; limit?: number; offset?: number } = {}): Promise<StoredDocument[]> {
    let query = this.#context.db.selectFrom('documents').selectAll();
    if (options.status !== undefined) query = query.where('status', '=', options.status);
    const rows = await query.orderBy('id').limit(options.limit ?? defaultLimit).offset(options.offset ?? 0).execute();
    return rows.map(toDocument);
  }

  /** How many documents are stored. */
  async count(): Promise<number> {
    const row = await this.#context.db.selectFrom('documents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Sets a document's status. */
  async setStatus(id: number, status: DocumentStatus): Promise<void> {
    const result = await this.#context.db.updateTable('documents').set({ status }).where('id', '=', id).executeTakeFirst();
    if (result.numUpdatedRows === 0n) found(undefined, `document ${id}`);
  }
}
