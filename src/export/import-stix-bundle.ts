// Reads a sitrep STIX bundle back into a store: threat actors, identities and named
// places as entities, incidents (from the x_sitrep_incident extension), attributed-to
// as perpetrators, other relationships and notes as claims, reports as documents.
// Evidence spans are not in the bundle, so imported claims carry none.
import { SitrepError, vocabulary, type EntityKind, type Incident, type IncidentType, type LocationLevel, type Modality, type PerpetratorRole, type Predicate } from '../model/index.js';
import type { NewIncident, Store, StoredClaimObject } from '../store/index.js';
import { incidentExtensionId, relationshipTypes, type StixBundle, type StixObject } from './to-stix-bundle.js';

/** What an import added. */
export interface StixImportSummary {
  entities: number;
  incidents: number;
  claims: number;
  documents: number;
  skipped: number;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
const day = (value: unknown): string | null => (typeof value === 'string' ? value.slice(0, 10) : null);
const oneOf = <T extends string>(list: readonly T[], value: unknown): T | undefined => (list as readonly unknown[]).includes(value) ? (value as T) : undefined;

/** Imports a bundle into the store in one transaction; returns the counts. */
export async function importStixBundle(root: Store, bundle: StixBundle): Promise<StixImportSummary> {
  if (bundle.type !== 'bundle' || !Array.isArray(bundle.objects)) throw new SitrepError('INPUT_FORMAT', 'not a STIX bundle');
  return root.transaction(async (store) => {
    const summary: StixImportSummary = { entities: 0, incidents: 0, claims: 0, documents: 0, skipped: 0 };
    const source = `stix:${bundle.id}`;
    const entityIds = new Map<string, number>();
    const byName = new Map<string, number>();
    const incidentIds = new Map<string, number>();
    const objectsOfType = (type: string): StixObject[] => bundle.objects.filter((o) => o.type === type);

    for (const object of bundle.objects) {
      const name = str(object.name);
      if (name === undefined) continue;
      let kind: EntityKind | undefined;
      if (object.type === 'threat-actor') kind = 'armed_group';
      else if (object.type === 'identity' && object.identity_class !== 'system') kind = oneOf(vocabulary.entityKinds, object.x_sitrep_kind) ?? (object.identity_class === 'individual' ? 'person' : 'organization');
      else if (object.type === 'location' && object.x_sitrep_kind === 'location') kind = 'location';
      if (kind === undefined) continue;
      const entity = await store.entities.insert({
        kind,
        canonicalName: name,
        source,
        knownId: str(object.x_sitrep_known_id) ?? null,
        ...(str(object.created) === undefined ? {} : { createdAt: str(object.created) }),
        level: oneOf(vocabulary.locationLevels, object.x_sitrep_level) ?? null,
        country: str(object.country) ?? null,
        admin1: str(object.administrative_area) ?? null,
        lat: num(object.latitude) ?? null,
        lon: num(object.longitude) ?? null,
        geonamesId: num(object.x_sitrep_geonames_id) ?? null,
      });
      const aliases = [...(Array.isArray(object.aliases) ? object.aliases : []), ...(Array.isArray(object.x_sitrep_aliases) ? object.x_sitrep_aliases : [])];
      for (const alias of aliases) if (typeof alias === 'string') await store.entities.addAlias(entity.id, { name: alias, source });
      entityIds.set(object.id, entity.id);
      byName.set(name, entity.id);
      summary.entities += 1;
    }

    const documentOf = new Map<string, number>();
    for (const report of objectsOfType('report')) {
      const { document, created } = await store.documents.insert({
        contentHash: str(report.x_sitrep_content_hash) ?? report.id,
        text: str(report.description) ?? str(report.name) ?? report.id,
        title: str(report.name) ?? null,
        url: Array.isArray(report.external_references) ? (str((report.external_references[0] as Record<string, unknown> | undefined)?.url) ?? str((report.external_references[0] as Record<string, unknown> | undefined)?.external_id) ?? null) : null,
        published: day(report.published),
        reader: 'stix',
      });
      if (created) summary.documents += 1;
      for (const ref of Array.isArray(report.object_refs) ? report.object_refs : []) if (typeof ref === 'string' && !documentOf.has(ref)) documentOf.set(ref, document.id);
    }

    for (const object of objectsOfType('incident')) {
      const ext = (object.extensions as Record<string, Record<string, unknown>> | undefined)?.[incidentExtensionId];
      if (ext === undefined) {
        summary.skipped += 1;
        continue;
      }
      const type = oneOf<IncidentType>(vocabulary.incidentTypes, ext.incident_type) ?? 'armed_assault';
      const locationName = str(ext.location_name);
      const incident: NewIncident = {
        type,
        suicide: ext.suicide === true,
        claimed: ext.claimed === true,
        date: { value: str(ext.date) ?? null, precision: oneOf(vocabulary.datePrecisions, ext.date_precision) ?? 'unknown', earliest: str(ext.date_earliest) ?? null, latest: str(ext.date_latest) ?? null },
        location:
          locationName === undefined
            ? null
            : {
                name: locationName,
                level: oneOf<LocationLevel>(vocabulary.locationLevels, ext.location_level) ?? 'city',
                country: str(ext.country) ?? null,
                admin1: str(ext.admin1) ?? null,
                admin2: str(ext.admin2) ?? null,
                geonamesId: num(ext.geonames_id) ?? null,
                lat: num(ext.latitude) ?? null,
                lon: num(ext.longitude) ?? null,
              },
        best: { killed: num(ext.killed) ?? null, wounded: num(ext.wounded) ?? null, captured: num(ext.captured) ?? null, perpetratorsKilled: num(ext.perpetrators_killed) ?? null },
      };
      const stored = await store.incidents.insert(incident);
      incidentIds.set(object.id, stored.id);
      summary.incidents += 1;
      const documentId = documentOf.get(object.id);
      if (documentId !== undefined) await store.incidents.linkReport(stored.id, { documentId, local: localIncident(object.id, type), linkedBy: 'manual' });
    }

    const reverseTypes = new Map(Object.entries(relationshipTypes).map(([predicate, type]) => [type, predicate as Predicate]));
    const claimBase = (object: StixObject) => ({
      modality: oneOf<Modality>(vocabulary.modalities, object.x_sitrep_modality) ?? 'asserted',
      confidence: (num(object.confidence) ?? 50) / 100,
      extractor: 'stix-import@1',
      asOf: str(object.x_sitrep_as_of) ?? null,
      documentId: documentOf.get(object.id) ?? null,
      accordingTo: (Array.isArray(object.x_sitrep_according_to) ? object.x_sitrep_according_to : []).map((n) => byName.get(String(n))).filter((id): id is number => id !== undefined),
    });
    for (const object of objectsOfType('relationship')) {
      const sourceRef = str(object.source_ref) ?? '';
      const targetRef = str(object.target_ref) ?? '';
      const type = str(object.relationship_type) ?? '';
      const incidentId = incidentIds.get(sourceRef);
      if (incidentId !== undefined && type === 'located-at') continue;
      if (incidentId !== undefined && type === 'attributed-to' && entityIds.has(targetRef)) {
        const role = oneOf<PerpetratorRole>(vocabulary.perpetratorRoles, object.x_sitrep_role) ?? 'attributed';
        await store.incidents.addPerpetrator(incidentId, { entityId: entityIds.get(targetRef) ?? 0, role, documentId: documentOf.get(sourceRef) ?? null });
        continue;
      }
      const subject = entityIds.get(sourceRef);
      const predicate = oneOf<Predicate>(vocabulary.predicates, object.x_sitrep_predicate) ?? reverseTypes.get(type) ?? oneOf<Predicate>(vocabulary.predicates, type.replace(/-/g, '_'));
      const target: StoredClaimObject | undefined = entityIds.has(targetRef) ? { entity: entityIds.get(targetRef) ?? 0 } : incidentIds.has(targetRef) ? { incident: incidentIds.get(targetRef) ?? 0 } : undefined;
      if (subject === undefined || predicate === undefined || target === undefined) {
        summary.skipped += 1;
        continue;
      }
      await store.claims.insertMany([{ ...claimBase(object), subject: { entity: subject }, predicate, object: target, validFrom: day(object.start_time), validTo: day(object.stop_time) }]);
      summary.claims += 1;
    }
    for (const note of objectsOfType('note')) {
      const subject = entityIds.get(String((note.object_refs as unknown[] | undefined)?.[0] ?? ''));
      const predicate = oneOf<Predicate>(vocabulary.predicates, note.x_sitrep_predicate);
      const value = note.x_sitrep_object;
      if (subject === undefined || predicate === undefined || typeof value !== 'object' || value === null) {
        summary.skipped += 1;
        continue;
      }
      await store.claims.insertMany([{ ...claimBase(note), subject: { entity: subject }, predicate, object: value as StoredClaimObject }]);
      summary.claims += 1;
    }
    return summary;
  });
}

function localIncident(id: string, type: IncidentType): Incident {
  return { id, type, suicide: false, claimed: false, date: { precision: 'unknown' }, location: null, perpetrators: [], targets: [], weapons: [], killed: {}, wounded: {}, captured: {}, perpetrators_killed: {}, evidence: [], extractor: 'stix-import@1' };
}
