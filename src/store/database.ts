// The tables as the database sees them: snake_case, flags as 0/1 integers (one
// representation on every dialect), dates and timestamps as ISO text (exact
// round-trips, no time-zone conversion), JSON as text on SQLite and jsonb on
// PostgreSQL (written as a JSON string on both; read back as string or value).
import type { ColumnType, Generated } from 'kysely';

/** A JSON column: written as a JSON string, read back as a string (SQLite) or a parsed value (PostgreSQL). */
export type JsonColumn = ColumnType<unknown, string, string>;

/** A nullable JSON column. */
export type NullableJsonColumn = ColumnType<unknown, string | null, string | null>;

export interface DocumentsTable {
  id: Generated<number>;
  content_hash: string;
  source_id: string | null;
  title: string | null;
  url: string | null;
  published: string | null;
  text: string;
  ingested_at: string;
  reader: string | null;
  status: string;
}

export interface EntitiesTable {
  id: Generated<number>;
  kind: string;
  canonical_name: string;
  level: string | null;
  country: string | null;
  admin1: string | null;
  geonames_id: number | null;
  lat: number | null;
  lon: number | null;
  known_id: string | null;
  created_at: string;
  merged_into: number | null;
}

export interface AliasesTable {
  id: Generated<number>;
  entity_id: number;
  name: string;
  folded_name: string;
  source: string;
  first_seen: string | null;
}

export interface ClaimsTable {
  id: Generated<number>;
  subject_entity_id: number | null;
  subject_incident_id: number | null;
  predicate: string;
  object: JsonColumn;
  object_entity_id: number | null;
  object_incident_id: number | null;
  according_to: JsonColumn;
  as_of: string | null;
  valid_from: string | null;
  valid_to: string | null;
  modality: string;
  confidence: number;
  extractor: string;
  qualifier: string | null;
  document_id: number | null;
  evidence: JsonColumn;
  review_status: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
}

export interface IncidentsTable {
  id: Generated<number>;
  type: string;
  suicide: number;
  claimed: number;
  date_value: string | null;
  date_precision: string;
  date_earliest: string | null;
  date_latest: string | null;
  location_entity_id: number | null;
  location_name: string | null;
  location_level: string | null;
  country: string | null;
  admin1: string | null;
  admin2: string | null;
  geonames_id: number | null;
  lat: number | null;
  lon: number | null;
  killed: number | null;
  wounded: number | null;
  captured: number | null;
  perpetrators_killed: number | null;
  status: string;
  merged_into: number | null;
  created_at: string;
  updated_at: string;
}

export interface IncidentReportsTable {
  id: Generated<number>;
  incident_id: number;
  document_id: number;
  local: JsonColumn;
  linked_by: string;
  score: number | null;
  linked_at: string;
  unlinked_at: string | null;
}

export interface FiguresTable {
  id: Generated<number>;
  incident_id: number;
  document_id: number | null;
  kind: string;
  min: number | null;
  max: number | null;
  best: number | null;
  reported_on: string | null;
  according_to: JsonColumn;
}

export interface IncidentPerpetratorsTable {
  id: Generated<number>;
  incident_id: number;
  entity_id: number;
  role: string;
  document_id: number | null;
}

export interface SameAsTable {
  id: Generated<number>;
  entity_a: number;
  entity_b: number;
  score: number;
  status: string;
  reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
}

export interface MergesTable {
  id: Generated<number>;
  kind: string;
  survivor: number;
  merged: number;
  at: string;
  by: string;
  undone_at: string | null;
  undone_by: string | null;
  snapshot: JsonColumn;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  target: string;
  before: NullableJsonColumn;
  after: NullableJsonColumn;
}

export interface UsersTable {
  id: Generated<number>;
  name: string;
  role: string;
  token_hash: string;
  created_at: string;
}

export interface IngestRunsTable {
  id: Generated<number>;
  started: string;
  finished: string | null;
  counts: JsonColumn;
}

/** The schema as Kysely types it: every table the migrations create. */
export interface Database {
  documents: DocumentsTable;
  entities: EntitiesTable;
  aliases: AliasesTable;
  claims: ClaimsTable;
  incidents: IncidentsTable;
  incident_reports: IncidentReportsTable;
  figures: FiguresTable;
  incident_perpetrators: IncidentPerpetratorsTable;
  same_as: SameAsTable;
  merges: MergesTable;
  audit_log: AuditLogTable;
  users: UsersTable;
  ingest_runs: IngestRunsTable;
}

/** Tables whose rows a merge may rewrite; each has an integer `id`. */
export type SnapshotTable = 'entities' | 'aliases' | 'claims' | 'incidents' | 'incident_reports' | 'figures' | 'incident_perpetrators';

/** A document hit as a dialect's search returns it. */
export interface SearchDocumentRow {
  id: number;
  title: string | null;
  snippet: string;
  score: number;
}

/** An entity hit as a dialect's search returns it. */
export interface SearchEntityRow {
  id: number;
  kind: string;
  canonical_name: string;
  score: number;
}
