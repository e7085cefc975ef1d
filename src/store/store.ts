// The store: one object holding every repository over one database handle.
// Inside store.transaction(fn), fn gets a Store bound to the transaction; use
// only that one there (the root store waits for the transaction to finish).
import { AuditRepository } from './audit-repository.js';
import { ClaimRepository } from './claim-repository.js';
import type { StoreDialect, StoreDialectName } from './dialects/store-dialect.js';
import { DocumentRepository } from './document-repository.js';
import { EntityRepository } from './entity-repository.js';
import { FigureRepository } from './figure-repository.js';
import { IncidentRepository } from './incident-repository.js';
import { IngestRunRepository } from './ingest-run-repository.js';
import { MergeRepository } from './merge-repository.js';
import type { SearchResult } from './records.js';
import { toDocumentHit, toEntityHit } from './row-mapper.js';
import { SameAsRepository } from './same-as-repository.js';
import { guardErrors, toStoreError, withTransaction, type StoreContext } from './store-context.js';
import { UserRepository } from './user-repository.js';

/** The sitrep database: repositories, search, transactions. */
export interface Store {
  readonly dialect: StoreDialectName;
  readonly documents: DocumentRepository;
  readonly entities: EntityRepository;
  readonly claims: ClaimRepository;
  readonly incidents: IncidentRepository;
  readonly figures: FigureRepository;
  readonly sameAs: SameAsRepository;
  readonly merges: MergeRepository;
  readonly audit: AuditRepository;
  readonly users: UserRepository;
  readonly ingestRuns: IngestRunRepository;
  /** Documents (text and title) and entities (any of their names) containing every word of `text`, best first. */
  search(text: string, options?: { limit?: number }): Promise<SearchResult>;
  /** Runs fn atomically: if it throws, nothing it stored remains. Nested calls join the outer transaction. */
  transaction<T>(fn: (store: Store) => Promise<T>): Promise<T>;
  /** Closes the database. */
  close(): Promise<void>;
}

/** Builds a Store over a migrated dialect (openStore does both). */
export function createStore(dialect: StoreDialect): Store {
  return bind({ db: dialect.kysely, dialect, inTransaction: false });
}

function bind(context: StoreContext): Store {
  const store: Store = {
    dialect: context.dialect.name,
    documents: guardErrors(new DocumentRepository(context)),
    entities: guardErrors(new EntityRepository(context)),
    claims: guardErrors(new ClaimRepository(context)),
    incidents: guardErrors(new IncidentRepository(context)),
    figures: guardErrors(new FigureRepository(context)),
    sameAs: guardErrors(new SameAsRepository(context)),
    merges: guardErrors(new MergeRepository(context)),
    audit: guardErrors(new AuditRepository(context)),
    users: guardErrors(new UserRepository(context)),
    ingestRuns: guardErrors(new IngestRunRepository(context)),
    async search(text, options = {}) {
      const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
      if (words.length === 0) return { documents: [], entities: [] };
      try {
        const rows = await context.dialect.search(context.db, words, options.limit ?? 20);
        return { documents: rows.documents.map(toDocumentHit), entities: rows.entities.map(toEntityHit) };
      } catch (error) {
        throw toStoreError(error);
      }
    },
    // What fn throws is rethrown as it is: it is the caller's error, not the store's.
    transaction: (fn) => withTransaction(context, (inner) => fn(inner === context ? store : bind(inner))),
    async close() {
      if (context.inTransaction) return;
      await context.dialect.kysely.destroy();
      await context.dialect.close();
    },
  };
  return store;
}
