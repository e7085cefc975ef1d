// The store's public surface: what ingest, resolve, analytics, server and cli import.
export { openStore, defaultStoreUrl, type OpenStoreOptions } from './open-store.js';
export type { Store } from './store.js';
export { foldName } from './fold-name.js';
export type * from './records.js';
export type { DocumentRepository } from './document-repository.js';
export type { EntityRepository } from './entity-repository.js';
export type { ClaimRepository } from './claim-repository.js';
export type { IncidentRepository } from './incident-repository.js';
export type { FigureRepository } from './figure-repository.js';
export type { SameAsRepository } from './same-as-repository.js';
export type { MergeRepository } from './merge-repository.js';
export type { AuditRepository } from './audit-repository.js';
export type { UserRepository } from './user-repository.js';
export type { IngestRunRepository } from './ingest-run-repository.js';
