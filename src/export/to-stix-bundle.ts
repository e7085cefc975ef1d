// STIX 2.1: groups as threat-actor, other bodies as identity, places as location,
// documents as report, incidents as incident with sitrep's property extension,
// claims between entities as relationships, other claims as notes. Ids are UUIDv5
// of stable keys, and timestamps come from the record, so re-exports match.
import type { Predicate } from '../model/index.js';
import type { StoredClaim, StoredEntity, StoredIncidentLocation } from '../store/index.js';
import type { ExportData, ExportIncident } from './load-export-data.js';
import { uuidV5 } from './uuid-v5.js';

/** A STIX object as plain JSON. */
export type StixObject = { type: string; id: string } & Record<string, unknown>;

/** A STIX 2.1 bundle. */
export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

/** The extension-definition id of sitrep's incident properties (fixed: tools key on it). */
export const incidentExtensionId = `extension-definition--${uuidV5('sitrep:x_sitrep_incident:1')}`;
/** The identity that creates sitrep's objects. */
export const sitrepIdentityId = `identity--${uuidV5('sitrep:identity')}`;

const epoch = '1970-01-01T00:00:00.000Z';

/** Group predicates as STIX relationship types: the spec's own where one fits, else the predicate in kebab case. */
export const relationshipTypes: Partial<Record<Predicate, string>> = {
  based_in: 'located-at',
  targets: 'targets',
};

/** A STIX timestamp from a stored date of any precision (YYYY, YYYY-MM, YYYY-MM-DD or ISO instant). */
export function toStixTimestamp(value: string): string {
  if (/^\d{4}$/u.test(value)) return `${value}-01-01T00:00:00.000Z`;
  if (/^\d{4}-\d{2}$/u.test(value)) return `${value}-01T00:00:00.000Z`;
  if (/^\d{4}-\d{2}-\d{2}$/u.test(value)) return `${value}T00:00:00.000Z`;
  const time = Date.parse(value);
  return Number.isNaN(time) ? epoch : new Date(time).toISOString();
}

/** Drops null, undefined and empty arrays: STIX properties must not be empty. */
function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}

/** Builds the STIX 2.1 bundle of the exported records. */
export function toStixBundle(data: ExportData): StixBundle {
  const objects: StixObject[] = [];
  const entityIds = new Map<number, string>();
  const used = new Set<string>();
  // A content key, with the store id added only when two records share one.
  // Two records with one key are told apart by their order (records come sorted by id), not by
  // their store ids, so a bundle re-imported into an empty store exports the same ids.
  const repeats = new Map<string, number>();
  const stableId = (type: string, key: string, _storeId: number): string => {
    let id = `${type}--${uuidV5(`${type}|${key}`)}`;
    const seen = repeats.get(id) ?? 0;
    repeats.set(id, seen + 1);
    if (seen > 0 || used.has(id)) id = `${type}--${uuidV5(`${type}|${key}|#${seen}`)}`;
    used.add(id);
    return id;
  };
  const identity: StixObject = { type: 'identity', spec_version: '2.1', id: sitrepIdentityId, created: epoch, modified: epoch, name: 'sitrep', identity_class: 'system' };
  const extension: StixObject = {
    type: 'extension-definition',
    spec_version: '2.1',
    id: incidentExtensionId,
    created_by_ref: sitrepIdentityId,
    created: epoch,
    modified: epoch,
    name: 'x_sitrep_incident',
    description: 'sitrep incident record: GTD-style attack type, flags, date with precision, place level, best casualty figures. See docs/exports.md.',
    schema: 'https://github.com/sitrep/sitrep/blob/main/docs/exports.md#x_sitrep_incident',
    version: '1.0.0',
    extension_types: ['property-extension'],
  };
  objects.push(identity, extension);

  // first_seen: the earliest incident the group is named a perpetrator of (alias dates are ingest times).
  const firstSeen = new Map<number, string>();
  const seen = (entityId: number, date: string | null) => {
    if (date === null) return;
    const current = firstSeen.get(entityId);
    if (current === undefined || date < current) firstSeen.set(entityId, date);
  };
  for (const { incident, perpetrators } of data.incidents) for (const p of perpetrators) seen(p.entityId, incident.date.value ?? incident.date.earliest);

  for (const entity of data.entities.values()) {
    const object = entityObject(entity, data, firstSeen.get(entity.id), stableId);
    if (object === undefined) continue;
    entityIds.set(entity.id, object.id);
    objects.push(object);
  }

  const locationIds = new Map<string, string>();
  const incidentIds = new Map<number, string>();
  const relationships: StixObject[] = [];
  const relationshipCounts = new Map<string, number>();
  for (const record of data.incidents) {
    const { incident } = record;
    const created = toStixTimestamp(incident.createdAt);
    const id = stableId('incident', `${incident.type}|${incident.date.value ?? incident.date.earliest ?? ''}|${incident.location?.country ?? ''}|${incident.location?.name ?? ''}`, incident.id);
    incidentIds.set(incident.id, id);
    objects.push(incidentObject(record, id, created, toStixTimestamp(incident.updatedAt)));
    if (incident.location !== null) {
      const locationId = locationFor(incident.location, locationIds, objects);
      if (locationId !== undefined) relationships.push(relationship(id, 'located-at', locationId, created, {}));
    }
    for (const p of record.perpetrators) {
      const target = entityIds.get(p.entityId);
      if (target === undefined || p.role === 'denied') continue;
      relationships.push(relationship(id, 'attributed-to', target, created, { x_sitrep_role: p.role }));
    }
  }

  const notes: StixObject[] = [];
  const claimRefs = new Map<number, string>();
  for (const claim of data.claims) {
    const source = 'entity' in claim.subject ? entityIds.get(claim.subject.entity) : incidentIds.get(claim.subject.incident);
    if (source === undefined) continue;
    const created = toStixTimestamp(claim.asOf ?? (claim.documentId === null ? epoch : (data.documents.get(claim.documentId)?.published ?? epoch)));
    const common = compact({
      confidence: Math.round(Math.max(0, Math.min(1, claim.confidence)) * 100),
      x_sitrep_predicate: claim.predicate,
      x_sitrep_modality: claim.modality,
      x_sitrep_as_of: claim.asOf,
      x_sitrep_according_to: claim.accordingTo.map((id) => data.entities.get(id)?.canonicalName ?? `entity ${id}`),
      x_sitrep_evidence: claim.evidence.map((e) => e.text),
    });
    const target = 'entity' in claim.object ? entityIds.get(claim.object.entity) : 'incident' in claim.object ? incidentIds.get(claim.object.incident) : undefined;
    if (target !== undefined) {
      const type = relationshipTypes[claim.predicate] ?? claim.predicate.replace(/_/g, '-');
      const object = relationship(source, type, target, created, {
        ...common,
        ...(claim.validFrom === null ? {} : { start_time: toStixTimestamp(claim.validFrom) }),
        ...(claim.validTo === null ? {} : { stop_time: toStixTimestamp(claim.validTo) }),
      });
      // A second claim of the same relation (another report, another sentence) is numbered by
      // its order, not by its store id, so a re-import exports the same ids.
      const seen = relationshipCounts.get(object.id) ?? 0;
      relationshipCounts.set(object.id, seen + 1);
      if (seen > 0) object.id = `relationship--${uuidV5(`relationship|repeat|${seen}|${object.id}`)}`;
      relationships.push(object);
      claimRefs.set(claim.id, object.id);
    } else if (!('entity' in claim.object) && !('incident' in claim.object)) {
      const note = noteObject(claim, source, created, common, data);
      notes.push(note);
      claimRefs.set(claim.id, note.id);
    }
  }
  objects.push(...relationships, ...notes);

  for (const document of data.documents.values()) {
    const refs = new Set<string>();
    for (const record of data.incidents) if (record.documentIds.includes(document.id)) refs.add(incidentIds.get(record.incident.id) ?? '');
    for (const claim of data.claims) if (claim.documentId === document.id && claimRefs.has(claim.id)) refs.add(claimRefs.get(claim.id) ?? '');
    refs.delete('');
    if (refs.size === 0) continue;
    const published = toStixTimestamp(document.published ?? document.ingestedAt);
    objects.push(
      compact({
        type: 'report',
        spec_version: '2.1',
        id: `report--${uuidV5(`report|${document.contentHash}`)}`,
        created: toStixTimestamp(document.ingestedAt),
        modified: toStixTimestamp(document.ingestedAt),
        name: document.title ?? `Document ${document.contentHash.slice(0, 12)}`,
        description: document.text.length > 2000 ? `${document.text.slice(0, 2000)}…` : document.text,
        report_types: ['threat-report'],
        published,
        object_refs: [...refs].sort(),
        // STIX wants an absolute URI in url; a relative path (a corpus file) travels as the external id.
        external_references: document.url === null ? undefined : [/^[a-z][a-z0-9+.-]*:/i.test(document.url) ? { source_name: 'source', url: document.url } : { source_name: 'source', external_id: document.url }],
        x_sitrep_content_hash: document.contentHash,
      }),
    );
  }
  const ids = objects.map((o) => o.id).sort();
  return { type: 'bundle', id: `bundle--${uuidV5(`bundle|${ids.join(',')}`)}`, objects };
}

function entityObject(entity: StoredEntity, data: ExportData, firstSeen: string | undefined, stableId: (type: string, key: string, storeId: number) => string): StixObject | undefined {
  const created = toStixTimestamp(entity.createdAt);
  const key = entity.knownId ?? entity.canonicalName;
  const aliases = [...new Set((data.aliases.get(entity.id) ?? []).map((a) => a.name))].filter((name) => name !== entity.canonicalName);
  const base = { spec_version: '2.1', created, modified: created, name: entity.canonicalName, x_sitrep_kind: entity.kind, x_sitrep_known_id: entity.knownId };
  if (entity.kind === 'armed_group') {
    const id = stableId('threat-actor', key, entity.id);
    return compact({ type: 'threat-actor', id, ...base, threat_actor_types: ['terrorist'], aliases, first_seen: firstSeen === undefined ? undefined : toStixTimestamp(firstSeen) });
  }
  if (entity.kind === 'location') {
    if (entity.country === null && (entity.lat === null || entity.lon === null)) return undefined;
    const id = stableId('location', key, entity.id);
    return compact({ type: 'location', id, ...base, country: entity.country, administrative_area: entity.admin1, latitude: entity.lat, longitude: entity.lon, x_sitrep_level: entity.level, x_sitrep_geonames_id: entity.geonamesId });
  }
  const id = stableId('identity', key, entity.id);
  return compact({ type: 'identity', id, ...base, identity_class: entity.kind === 'person' ? 'individual' : 'organization', x_sitrep_aliases: aliases });
}

function locationFor(location: StoredIncidentLocation, ids: Map<string, string>, objects: StixObject[]): string | undefined {
  const hasPoint = location.lat !== null && location.lon !== null;
  if (location.country === null && !hasPoint) return undefined;
  const key = `${location.geonamesId ?? ''}|${location.country ?? ''}|${location.admin1 ?? ''}|${location.name}|${location.level}`;
  const existing = ids.get(key);
  if (existing !== undefined) return existing;
  const id = `location--${uuidV5(`location|incident-place|${key}`)}`;
  ids.set(key, id);
  objects.push(
    compact({
      type: 'location',
      spec_version: '2.1',
      id,
      created: epoch,
      modified: epoch,
      name: location.name,
      country: location.country,
      administrative_area: location.admin1 ?? (location.level === 'admin1' ? location.name : undefined),
      city: location.level === 'city' ? location.name : undefined,
      // A point stands for a place only at its level: a province is never drawn as a point.
      latitude: hasPoint ? location.lat : undefined,
      longitude: hasPoint ? location.lon : undefined,
      x_sitrep_level: location.level,
      x_sitrep_geonames_id: location.geonamesId,
    }),
  );
  return id;
}

function incidentObject({ incident }: ExportIncident, id: string, created: string, modified: string): StixObject {
  const date = incident.date.value ?? incident.date.earliest ?? 'unknown date';
  const place = incident.location?.name ?? 'unknown place';
  return {
    type: 'incident',
    spec_version: '2.1',
    id,
    created_by_ref: sitrepIdentityId,
    created,
    modified,
    name: `${incident.type.replace(/_/g, ' ')} in ${place}, ${date}`,
    extensions: {
      [incidentExtensionId]: compact({
        extension_type: 'property-extension',
        incident_type: incident.type,
        suicide: incident.suicide,
        claimed: incident.claimed,
        date: incident.date.value,
        date_precision: incident.date.precision,
        date_earliest: incident.date.earliest,
        date_latest: incident.date.latest,
        location_name: incident.location?.name,
        location_level: incident.location?.level,
        country: incident.location?.country,
        admin1: incident.location?.admin1,
        admin2: incident.location?.admin2,
        geonames_id: incident.location?.geonamesId,
        latitude: incident.location?.lat,
        longitude: incident.location?.lon,
        killed: incident.best.killed,
        wounded: incident.best.wounded,
        captured: incident.best.captured,
        perpetrators_killed: incident.best.perpetratorsKilled,
      }),
    },
  };
}

function relationship(source: string, type: string, target: string, created: string, extra: Record<string, unknown>): StixObject {
  return {
    type: 'relationship',
    spec_version: '2.1',
    id: `relationship--${uuidV5(`relationship|${source}|${type}|${target}|${String(extra.start_time ?? '')}|${String(extra.x_sitrep_role ?? '')}`)}`,
    created,
    modified: created,
    relationship_type: type,
    source_ref: source,
    target_ref: target,
    ...extra,
  };
}

function noteObject(claim: StoredClaim, subject: string, created: string, common: Record<string, unknown>, data: ExportData): StixObject {
  const object = claim.object;
  let content: string;
  if ('quantity' in object) {
    const { min, max, unit } = object.quantity;
    content = `${min === max || max === undefined ? String(min ?? '') : min === undefined ? `up to ${max}` : `${min}–${max}`}${unit === undefined ? '' : ` ${unit}`}`.trim();
  } else if ('text' in object) content = object.text;
  else if ('date' in object) content = `${object.date} (${object.precision})`;
  else content = '';
  const authors = claim.accordingTo.map((id) => data.entities.get(id)?.canonicalName ?? `entity ${id}`);
  return compact({
    type: 'note',
    spec_version: '2.1',
    id: `note--${uuidV5(`note|${subject}|${claim.predicate}|${JSON.stringify(object)}|${claim.asOf ?? ''}|${authors.join(';')}`)}`,
    created,
    modified: created,
    abstract: `${claim.predicate.replace(/_/g, ' ')} (${claim.modality})`,
    content: content === '' ? claim.predicate : content,
    authors,
    object_refs: [subject],
    ...common,
    x_sitrep_object: object,
  });
}
