// The domain shapes the store reads and writes (camelCase). Ids are the store's
// own integers; document-local ids of the extractor never reach the store.
import type {
  DatePrecision,
  EntityKind,
  Evidence,
  Incident,
  IncidentType,
  LocationLevel,
  Modality,
  PerpetratorRole,
  Predicate,
  Quantity,
} from '../model/index.js';

/** Where a document stands in the ingest flow. */
export type DocumentStatus = 'pending' | 'analyzed' | 'failed';

/** A stored report. */
export interface StoredDocument {
  id: number;
  contentHash: string;
  sourceId: string | null;
  title: string | null;
  url: string | null;
  published: string | null;
  text: string;
  ingestedAt: string;
  reader: string | null;
  status: DocumentStatus;
}

/** A report to store; `ingestedAt` defaults to now, `status` to 'analyzed'. */
export interface NewDocument {
  contentHash: string;
  text: string;
  sourceId?: string | null;
  title?: string | null;
  url?: string | null;
  published?: string | null;
  reader?: string | null;
  status?: DocumentStatus;
  ingestedAt?: string;
}

/** A stored entity; `mergedInto` is set while it is merged into another. */
export interface StoredEntity {
  id: number;
  kind: EntityKind;
  canonicalName: string;
  level: LocationLevel | null;
  country: string | null;
  admin1: string | null;
  geonamesId: number | null;
  lat: number | null;
  lon: number | null;
  knownId: string | null;
  createdAt: string;
  mergedInto: number | null;
}

/** An entity to store; its canonical name is also recorded as an alias from `source`. */
export interface NewEntity {
  kind: EntityKind;
  canonicalName: string;
  /** Where the canonical name came from: a document id or a dictionary list. */
  source: string;
  /** Folded canonical name; defaults to foldName(canonicalName). */
  foldedName?: string;
  level?: LocationLevel | null;
  country?: string | null;
  admin1?: string | null;
  geonamesId?: number | null;
  lat?: number | null;
  lon?: number | null;
  knownId?: string | null;
  createdAt?: string;
}

/** The fields of an entity that may change after it is stored. */
export type EntityPatch = Partial<Pick<StoredEntity, 'canonicalName' | 'level' | 'country' | 'admin1' | 'geonamesId' | 'lat' | 'lon' | 'knownId'>>;

/** One name of an entity and where it came from. */
export interface StoredAlias {
  id: number;
  entityId: number;
  name: string;
  foldedName: string;
  source: string;
  firstSeen: string | null;
}

/** An alias to add; `foldedName` defaults to foldName(name). */
export interface NewAlias {
  name: string;
  source: string;
  foldedName?: string;
  firstSeen?: string | null;
}

/** The filters of entities.list. */
export interface EntityFilter {
  kind?: EntityKind;
  country?: string;
  /** Case-insensitive substring of the canonical name. */
  nameContains?: string;
  includeMerged?: boolean;
  limit?: number;
  offset?: number;
}

/** What a claim is about: a stored entity or incident. */
export type ClaimRef = { entity: number } | { incident: number };

/** The object of a stored claim: the model's shapes with store ids for entities and incidents. */
export type StoredClaimObject =
  | { entity: number }
  | { incident: number }
  | { text: string; date?: string; precision?: DatePrecision }
  | { date: string; precision: DatePrecision }
  | { quantity: Quantity };

/** Where a claim stands with the analysts. */
export type ReviewStatus = 'unreviewed' | 'accepted' | 'rejected' | 'corrected';

/** A stored claim with its evidence, attribution, time and review. */
export interface StoredClaim {
  id: number;
  subject: ClaimRef;
  predicate: Predicate;
  object: StoredClaimObject;
  /** Entity ids of the bodies the report cites. */
  accordingTo: number[];
  asOf: string | null;
  validFrom: string | null;
  validTo: string | null;
  modality: Modality;
  confidence: number;
  extractor: string;
  qualifier: string | null;
  documentId: number | null;
  evidence: Evidence[];
  reviewStatus: ReviewStatus;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

/** A claim to store. */
export interface NewClaim {
  subject: ClaimRef;
  predicate: Predicate;
  object: StoredClaimObject;
  accordingTo?: number[];
  asOf?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  modality: Modality;
  confidence: number;
  extractor: string;
  qualifier?: string | null;
  documentId?: number | null;
  evidence?: Evidence[];
}

/** The filters of claims.forSubject / forObject / byPredicate. */
export interface ClaimFilter {
  predicate?: Predicate;
  /** Rejected claims are left out unless asked for. */
  includeRejected?: boolean;
  limit?: number;
}

/** An analyst's verdict on a claim. */
export interface ClaimReview {
  status: ReviewStatus;
  by: string;
  at?: string;
}

/** Where an incident took place, with store ids. */
export interface StoredIncidentLocation {
  entityId: number | null;
  name: string;
  level: LocationLevel;
  country: string | null;
  admin1: string | null;
  admin2: string | null;
  geonamesId: number | null;
  lat: number | null;
  lon: number | null;
}

/** The date of an incident with its precision. */
export interface StoredIncidentDate {
  value: string | null;
  precision: DatePrecision;
  earliest: string | null;
  latest: string | null;
}

/** The best estimates of an incident's counts (null: not reported). */
export interface BestFigures {
  killed: number | null;
  wounded: number | null;
  captured: number | null;
  perpetratorsKilled: number | null;
}

/** Whether an incident is current or merged into another. */
export type IncidentStatus = 'active' | 'merged';

/** A stored incident: one event, however many reports describe it. */
export interface StoredIncident {
  id: number;
  type: IncidentType;
  suicide: boolean;
  claimed: boolean;
  date: StoredIncidentDate;
  location: StoredIncidentLocation | null;
  best: BestFigures;
  status: IncidentStatus;
  mergedInto: number | null;
  createdAt: string;
  updatedAt: string;
}

/** An incident to store. */
export interface NewIncident {
  type: IncidentType;
  suicide?: boolean;
  claimed?: boolean;
  date: { value?: string | null; precision: DatePrecision; earliest?: string | null; latest?: string | null };
  location?: (Partial<StoredIncidentLocation> & { name: string; level: LocationLevel }) | null;
  best?: Partial<BestFigures>;
}

/** The fields of an incident that may change after it is stored. */
export interface IncidentPatch {
  type?: IncidentType;
  suicide?: boolean;
  claimed?: boolean;
  date?: NewIncident['date'];
  location?: NewIncident['location'];
  /** Best estimates to set in the same update (only the fields given; null clears one). */
  best?: Partial<BestFigures>;
}

/** The filters of incidents.list. */
export interface IncidentFilter {
  /** Perpetrator entity id. */
  group?: number;
  country?: string;
  /** ISO date: incidents on or after it. */
  since?: string;
  /** ISO date: incidents on or before it. */
  until?: string;
  type?: IncidentType;
  includeMerged?: boolean;
  limit?: number;
  offset?: number;
}

/** One report of an incident: the document and what it said about the event. */
export interface IncidentReport {
  id: number;
  incidentId: number;
  documentId: number;
  /** The document-local incident as the extractor produced it. */
  local: Incident;
  linkedBy: 'auto' | 'manual';
  score: number | null;
  linkedAt: string;
  unlinkedAt: string | null;
}

/** A report to link to an incident. */
export interface NewIncidentReport {
  documentId: number;
  local: Incident;
  linkedBy: 'auto' | 'manual';
  score?: number | null;
  linkedAt?: string;
}

/** A perpetrator of an incident as one document named it. */
export interface IncidentPerpetratorRecord {
  id: number;
  incidentId: number;
  entityId: number;
  role: PerpetratorRole;
  documentId: number | null;
}

/** What a figure counts. */
export type FigureKind = 'killed' | 'wounded' | 'captured' | 'perpetrators_killed';

/** One source's figure for one incident, with its date and attribution. */
export interface StoredFigure {
  id: number;
  incidentId: number;
  documentId: number | null;
  kind: FigureKind;
  min: number | null;
  max: number | null;
  best: number | null;
  reportedOn: string | null;
  accordingTo: number[];
}

/** A figure to store. */
export interface NewFigure {
  incidentId: number;
  documentId?: number | null;
  kind: FigureKind;
  min?: number | null;
  max?: number | null;
  best?: number | null;
  reportedOn?: string | null;
  accordingTo?: number[];
}

/** Where a same-as proposal stands. */
export type SameAsStatus = 'proposed' | 'accepted' | 'rejected';

/** A scored proposal that two entities are one; `entityA < entityB` always. */
export interface StoredSameAs {
  id: number;
  entityA: number;
  entityB: number;
  score: number;
  status: SameAsStatus;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  createdAt: string;
}

/** A reversible merge and what it changed. */
export interface StoredMerge {
  id: number;
  kind: 'entity' | 'incident';
  survivor: number;
  merged: number;
  at: string;
  by: string;
  undoneAt: string | null;
  undoneBy: string | null;
}

/** One line of the audit log. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
}

/** An audit line to record; `at` defaults to now. */
export interface NewAuditEntry {
  actor: string;
  action: string;
  target: string;
  before?: unknown;
  after?: unknown;
  at?: string;
}

/** What a user may do through the API. */
export type UserRole = 'viewer' | 'analyst' | 'admin';

/** An API user; only the hash of the token is kept. */
export interface StoredUser {
  id: number;
  name: string;
  role: UserRole;
  tokenHash: string;
  createdAt: string;
}

/** One ingest run and its counts, for resumability and summaries. */
export interface IngestRun {
  id: number;
  started: string;
  finished: string | null;
  counts: Record<string, number>;
}

/** A document found by search. */
export interface DocumentHit {
  id: number;
  title: string | null;
  snippet: string;
  score: number;
}

/** An entity found by search (through its names). */
export interface EntityHit {
  id: number;
  kind: EntityKind;
  canonicalName: string;
  score: number;
}

/** Documents and entities matching a search, each list best first. */
export interface SearchResult {
  documents: DocumentHit[];
  entities: EntityHit[];
}
