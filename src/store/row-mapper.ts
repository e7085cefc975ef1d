// The one place where database rows (snake_case, 0/1 flags, JSON text) become
// domain records (camelCase, booleans, values) and back.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { EntityKind, Evidence, Incident, IncidentType, LocationLevel, Modality, PerpetratorRole, Predicate, DatePrecision } from '../model/index.js';
import type {
  AliasesTable,
  AuditLogTable,
  ClaimsTable,
  DocumentsTable,
  EntitiesTable,
  FiguresTable,
  IncidentPerpetratorsTable,
  IncidentReportsTable,
  IncidentsTable,
  IngestRunsTable,
  MergesTable,
  SameAsTable,
  SearchDocumentRow,
  SearchEntityRow,
  UsersTable,
} from './database.js';
import { foldName } from './fold-name.js';
import type {
  AuditEntry,
  DocumentHit,
  DocumentStatus,
  EntityHit,
  EntityPatch,
  FigureKind,
  IncidentPatch,
  IncidentPerpetratorRecord,
  IncidentReport,
  IncidentStatus,
  IngestRun,
  NewAlias,
  NewAuditEntry,
  NewClaim,
  NewDocument,
  NewEntity,
  NewFigure,
  NewIncident,
  NewIncidentReport,
  ReviewStatus,
  SameAsStatus,
  StoredAlias,
  StoredClaim,
  StoredClaimObject,
  StoredDocument,
  StoredEntity,
  StoredFigure,
  StoredIncident,
  StoredMerge,
  StoredSameAs,
  StoredUser,
  UserRole,
} from './records.js';

/** JSON columns come back as text on SQLite and as values on PostgreSQL; all of ours hold objects or arrays. */
export function readJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** Serializes a value for a JSON column. */
export function writeJson(value: unknown): string {
  return JSON.stringify(value);
}

const flag = (value: boolean | undefined): number => (value === true ? 1 : 0);
const orNull = <T>(value: T | null | undefined): T | null => (value === undefined ? null : value);

export function toDocument(row: Selectable<DocumentsTable>): StoredDocument {
  return {
    id: row.id,
    contentHash: row.content_hash,
    sourceId: row.source_id,
    title: row.title,
    url: row.url,
    published: row.published,
    text: row.text,
    ingestedAt: row.ingested_at,
    reader: row.reader,
    status: row.status as DocumentStatus,
  };
}

export function documentRow(doc: NewDocument, now: string): Insertable<DocumentsTable> {
  return {
    content_hash: doc.contentHash,
    source_id: orNull(doc.sourceId),
    title: orNull(doc.title),
    url: orNull(doc.url),
    published: orNull(doc.published),
    text: doc.text,
    ingested_at: doc.ingestedAt ?? now,
    reader: orNull(doc.reader),
    status: doc.status ?? 'analyzed',
  };
}

export function toEntity(row: Selectable<EntitiesTable>): StoredEntity {
  return {
    id: row.id,
    kind: row.kind as EntityKind,
    canonicalName: row.canonical_name,
    level: row.level as LocationLevel | null,
    country: row.country,
    admin1: row.admin1,
    geonamesId: row.geonames_id,
    lat: row.lat,
    lon: row.lon,
    knownId: row.known_id,
    createdAt: row.created_at,
    mergedInto: row.merged_into,
  };
}

export function entityRow(entity: NewEntity, now: string): Insertable<EntitiesTable> {
  return {
    kind: entity.kind,
    canonical_name: entity.canonicalName,
    level: orNull(entity.level),
    country: orNull(entity.country),
    admin1: orNull(entity.admin1),
    geonames_id: orNull(entity.geonamesId),
    lat: orNull(entity.lat),
    lon: orNull(entity.lon),
    known_id: orNull(entity.knownId),
    created_at: entity.createdAt ?? now,
    merged_into: null,
  };
}

export function entityPatchRow(patch: EntityPatch): Updateable<EntitiesTable> {
  const row: Updateable<EntitiesTable> = {};
  if (patch.canonicalName !== undefined) row.canonical_name = patch.canonicalName;
  if (patch.level !== undefined) row.level = patch.level;
  if (patch.country !== undefined) row.country = patch.country;
  if (patch.admin1 !== undefined) row.admin1 = patch.admin1;
  if (patch.geonamesId !== undefined) row.geonames_id = patch.geonamesId;
  if (patch.lat !== undefined) row.lat = patch.lat;
  if (patch.lon !== undefined) row.lon = patch.lon;
  if (patch.knownId !== undefined) row.known_id = patch.knownId;
  return row;
}

export function toAlias(row: Selectable<AliasesTable>): StoredAlias {
  return { id: row.id, entityId: row.entity_id, name: row.name, foldedName: row.folded_name, source: row.source, firstSeen: row.first_seen };
}

export function aliasRow(entityId: number, alias: NewAlias): Insertable<AliasesTable> {
  return {
    entity_id: entityId,
    name: alias.name,
    folded_name: alias.foldedName ?? foldName(alias.name),
    source: alias.source,
    first_seen: orNull(alias.firstSeen),
  };
}

export function toClaim(row: Selectable<ClaimsTable>): StoredClaim {
  return {
    id: row.id,
    subject: row.subject_entity_id !== null ? { entity: row.subject_entity_id } : { incident: row.subject_incident_id ?? 0 },
    predicate: row.predicate as Predicate,
    object: readJson<StoredClaimObject>(row.object),
    accordingTo: readJson<number[]>(row.according_to),
    asOf: row.as_of,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    modality: row.modality as Modality,
    confidence: row.confidence,
    extractor: row.extractor,
    qualifier: row.qualifier,
    documentId: row.document_id,
    evidence: readJson<Evidence[]>(row.evidence),
    reviewStatus: row.review_status as ReviewStatus,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at,
  };
}

export function claimRow(claim: NewClaim): Insertable<ClaimsTable> {
  // The join columns are derived from the subject and object, never supplied apart from them.
  return {
    subject_entity_id: 'entity' in claim.subject ? claim.subject.entity : null,
    subject_incident_id: 'incident' in claim.subject ? claim.subject.incident : null,
    predicate: claim.predicate,
    object: writeJson(claim.object),
    object_entity_id: 'entity' in claim.object ? claim.object.entity : null,
    object_incident_id: 'incident' in claim.object ? claim.object.incident : null,
    according_to: writeJson(claim.accordingTo ?? []),
    as_of: orNull(claim.asOf),
    valid_from: orNull(claim.validFrom),
    valid_to: orNull(claim.validTo),
    modality: claim.modality,
    confidence: claim.confidence,
    extractor: claim.extractor,
    qualifier: orNull(claim.qualifier),
    document_id: orNull(claim.documentId),
    evidence: writeJson(claim.evidence ?? []),
    review_status: 'unreviewed',
  };
}

export function toIncident(row: Selectable<IncidentsTable>): StoredIncident {
  return {
    id: row.id,
    type: row.type as IncidentType,
    suicide: row.suicide === 1,
    claimed: row.claimed === 1,
    date: { value: row.date_value, precision: row.date_precision as DatePrecision, earliest: row.date_earliest, latest: row.date_latest },
    location:
      row.location_name === null
        ? null
        : {
            entityId: row.location_entity_id,
            name: row.location_name,
            level: (row.location_level ?? 'country') as LocationLevel,
            country: row.country,
            admin1: row.admin1,
            admin2: row.admin2,
            geonamesId: row.geonames_id,
            lat: row.lat,
            lon: row.lon,
          },
    best: { killed: row.killed, wounded: row.wounded, captured: row.captured, perpetratorsKilled: row.perpetrators_killed },
    status: row.status as IncidentStatus,
    mergedInto: row.merged_into,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function incidentLocationRow(location: NewIncident['location']): Updateable<IncidentsTable> {
  return {
    location_entity_id: orNull(location?.entityId),
    location_name: orNull(location?.name),
    location_level: orNull(location?.level),
    country: orNull(location?.country),
    admin1: orNull(location?.admin1),
    admin2: orNull(location?.admin2),
    geonames_id: orNull(location?.geonamesId),
    lat: orNull(location?.lat),
    lon: orNull(location?.lon),
  };
}

function incidentDateRow(date: NewIncident['date']): Updateable<IncidentsTable> {
  return { date_value: orNull(date.value), date_precision: date.precision, date_earliest: orNull(date.earliest), date_latest: orNull(date.latest) };
}

export function incidentRow(incident: NewIncident, now: string): Insertable<IncidentsTable> {
  return {
    type: incident.type,
    suicide: flag(incident.suicide),
    claimed: flag(incident.claimed),
    date_precision: incident.date.precision,
    ...incidentDateRow(incident.date),
    ...incidentLocationRow(incident.location),
    killed: orNull(incident.best?.killed),
    wounded: orNull(incident.best?.wounded),
    captured: orNull(incident.best?.captured),
    perpetrators_killed: orNull(incident.best?.perpetratorsKilled),
    status: 'active',
    merged_into: null,
    created_at: now,
    updated_at: now,
  };
}

export function incidentPatchRow(patch: IncidentPatch, now: string): Updateable<IncidentsTable> {
  const row: Updateable<IncidentsTable> = { updated_at: now };
  if (patch.type !== undefined) row.type = patch.type;
  if (patch.suicide !== undefined) row.suicide = flag(patch.suicide);
  if (patch.claimed !== undefined) row.claimed = flag(patch.claimed);
  if (patch.date !== undefined) Object.assign(row, incidentDateRow(patch.date));
  if (patch.location !== undefined) Object.assign(row, incidentLocationRow(patch.location));
  if (patch.best !== undefined) Object.assign(row, bestFiguresRow(patch.best, now));
  return row;
}

export function bestFiguresRow(best: Partial<StoredIncident['best']>, now: string): Updateable<IncidentsTable> {
  const row: Updateable<IncidentsTable> = { updated_at: now };
  if (best.killed !== undefined) row.killed = best.killed;
  if (best.wounded !== undefined) row.wounded = best.wounded;
  if (best.captured !== undefined) row.captured = best.captured;
  if (best.perpetratorsKilled !== undefined) row.perpetrators_killed = best.perpetratorsKilled;
  return row;
}

export function toIncidentReport(row: Selectable<IncidentReportsTable>): IncidentReport {
  return {
    id: row.id,
    incidentId: row.incident_id,
    documentId: row.document_id,
    local: readJson<Incident>(row.local),
    linkedBy: row.linked_by as IncidentReport['linkedBy'],
    score: row.score,
    linkedAt: row.linked_at,
    unlinkedAt: row.unlinked_at,
  };
}

export function incidentReportRow(incidentId: number, report: NewIncidentReport, now: string): Insertable<IncidentReportsTable> {
  return {
    incident_id: incidentId,
    document_id: report.documentId,
    local: writeJson(report.local),
    linked_by: report.linkedBy,
    score: orNull(report.score),
    linked_at: report.linkedAt ?? now,
    unlinked_at: null,
  };
}

export function toPerpetrator(row: Selectable<IncidentPerpetratorsTable>): IncidentPerpetratorRecord {
  return { id: row.id, incidentId: row.incident_id, entityId: row.entity_id, role: row.role as PerpetratorRole, documentId: row.document_id };
}

export function toFigure(row: Selectable<FiguresTable>): StoredFigure {
  return {
    id: row.id,
    incidentId: row.incident_id,
    documentId: row.document_id,
    kind: row.kind as FigureKind,
    min: row.min,
    max: row.max,
    best: row.best,
    reportedOn: row.reported_on,
    accordingTo: readJson<number[]>(row.according_to),
  };
}

export function figureRow(figure: NewFigure): Insertable<FiguresTable> {
  return {
    incident_id: figure.incidentId,
    document_id: orNull(figure.documentId),
    kind: figure.kind,
    min: orNull(figure.min),
    max: orNull(figure.max),
    best: orNull(figure.best),
    reported_on: orNull(figure.reportedOn),
    according_to: writeJson(figure.accordingTo ?? []),
  };
}

export function toSameAs(row: Selectable<SameAsTable>): StoredSameAs {
  return {
    id: row.id,
    entityA: row.entity_a,
    entityB: row.entity_b,
    score: row.score,
    status: row.status as SameAsStatus,
    reason: row.reason,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    createdAt: row.created_at,
  };
}

export function toMerge(row: Omit<Selectable<MergesTable>, 'snapshot'>): StoredMerge {
  return {
    id: row.id,
    kind: row.kind as StoredMerge['kind'],
    survivor: row.survivor,
    merged: row.merged,
    at: row.at,
    by: row.by,
    undoneAt: row.undone_at,
    undoneBy: row.undone_by,
  };
}

export function toAuditEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    target: row.target,
    before: row.before === null ? null : readJson<unknown>(row.before),
    after: row.after === null ? null : readJson<unknown>(row.after),
  };
}

export function auditRow(entry: NewAuditEntry, now: string): Insertable<AuditLogTable> {
  return {
    at: entry.at ?? now,
    actor: entry.actor,
    action: entry.action,
    target: entry.target,
    before: entry.before === undefined || entry.before === null ? null : writeJson(entry.before),
    after: entry.after === undefined || entry.after === null ? null : writeJson(entry.after),
  };
}

export function toUser(row: Selectable<UsersTable>): StoredUser {
  return { id: row.id, name: row.name, role: row.role as UserRole, tokenHash: row.token_hash, createdAt: row.created_at };
}

export function toIngestRun(row: Selectable<IngestRunsTable>): IngestRun {
  return { id: row.id, started: row.started, finished: row.finished, counts: readJson<Record<string, number>>(row.counts) };
}

export function toDocumentHit(row: SearchDocumentRow): DocumentHit {
  return { id: Number(row.id), title: row.title, snippet: row.snippet, score: Number(row.score) };
}

export function toEntityHit(row: SearchEntityRow): EntityHit {
  return { id: Number(row.id), kind: row.kind as EntityKind, canonicalName: row.canonical_name, score: Number(row.score) };
}
