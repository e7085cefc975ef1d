// Reads what an export needs from the store: incidents with perpetrators and reports,
// the entities they and the claims name, the claims, the documents.
import { listAllIncidents, strongestRoles, type PerpetratorFact } from '../analytics/index.js';
import type { Store, StoredAlias, StoredClaim, StoredDocument, StoredEntity, StoredIncident } from '../store/index.js';

/** The filters of an export: one group, one country, a period. */
export interface ExportFilter {
  /** Entity id of a group: its incidents and its claims only. */
  group?: number;
  /** Country code as stored on incidents. */
  country?: string;
  since?: string;
  until?: string;
}

/** An incident with its perpetrators (strongest role per entity) and the documents that report it. */
export interface ExportIncident {
  incident: StoredIncident;
  perpetrators: PerpetratorFact[];
  documentIds: number[];
}

/** Everything an export writes, keyed by store ids. */
export interface ExportData {
  incidents: ExportIncident[];
  entities: Map<number, StoredEntity>;
  aliases: Map<number, StoredAlias[]>;
  /** Claims about the exported entities (not rejected). */
  claims: StoredClaim[];
  documents: Map<number, StoredDocument>;
}

const everything = 1_000_000;

/** Loads the records an export of `filter` covers. */
export async function loadExportData(store: Store, filter: ExportFilter = {}): Promise<ExportData> {
  const stored = await listAllIncidents(store, {
    ...(filter.group === undefined ? {} : { group: filter.group }),
    ...(filter.country === undefined ? {} : { country: filter.country }),
    ...(filter.since === undefined ? {} : { since: filter.since }),
    ...(filter.until === undefined ? {} : { until: filter.until }),
  });
  const entities = new Map<number, StoredEntity>();
  const resolve = async (id: number): Promise<StoredEntity> => {
    const cached = entities.get(id);
    if (cached !== undefined) return cached;
    const entity = await store.entities.resolve(id);
    entities.set(entity.id, entity);
    return entity;
  };
  const incidents: ExportIncident[] = [];
  for (const incident of [...stored].sort((a, b) => a.id - b.id)) {
    const records = await store.incidents.perpetrators(incident.id);
    const resolved: PerpetratorFact[] = [];
    for (const record of records) resolved.push({ entityId: (await resolve(record.entityId)).id, role: record.role });
    const reports = await store.incidents.reports(incident.id);
    incidents.push({ incident, perpetrators: strongestRoles(resolved), documentIds: [...new Set(reports.map((r) => r.documentId))].sort((a, b) => a - b) });
  }
  // Groups: the one asked for, or every armed group in the store (with no place filter).
  const subjects = filter.group !== undefined ? [await resolve(filter.group)] : filter.country === undefined && filter.since === undefined && filter.until === undefined ? await store.entities.list({ kind: 'armed_group', limit: everything }) : [];
  for (const incident of incidents) for (const p of incident.perpetrators) subjects.push(await resolve(p.entityId));
  const claims: StoredClaim[] = [];
  const seenSubjects = new Set<number>();
  for (const subject of subjects) {
    entities.set(subject.id, subject);
    if (seenSubjects.has(subject.id) || subject.kind !== 'armed_group') continue;
    seenSubjects.add(subject.id);
    claims.push(...(await store.claims.forSubject({ entity: subject.id }, { limit: everything })));
  }
  claims.sort((a, b) => a.id - b.id);
  for (const claim of claims) {
    if ('entity' in claim.object) await resolve(claim.object.entity);
    for (const body of claim.accordingTo) await resolve(body);
  }
  const aliases = new Map<number, StoredAlias[]>();
  for (const id of entities.keys()) aliases.set(id, await store.entities.aliasesOf(id));
  const documentIds = new Set<number>();
  for (const incident of incidents) for (const id of incident.documentIds) documentIds.add(id);
  for (const claim of claims) if (claim.documentId !== null) documentIds.add(claim.documentId);
  const documents = new Map<number, StoredDocument>();
  for (const id of [...documentIds].sort((a, b) => a - b)) documents.set(id, await store.documents.get(id));
  return { incidents, entities: new Map([...entities].sort((a, b) => a[0] - b[0])), aliases, claims, documents };
}
