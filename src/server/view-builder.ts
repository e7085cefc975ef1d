// Turns stored records into API views, naming the entities, incidents and
// documents they point at; one builder per request caches those look-ups.
import { SitrepError } from '../model/index.js';
import type { IncidentPerpetratorRecord, StoredClaim, StoredDocument, StoredEntity, StoredIncident, Store } from '../store/index.js';
import type { ClaimObjectView, ClaimView, EntityRef, IncidentSummary } from './api-types.js';

/** Builds API views over one store, caching entity and document look-ups. */
export class ViewBuilder {
  readonly #store: Store;
  readonly #entities = new Map<number, Promise<StoredEntity | undefined>>();
  readonly #documents = new Map<number, Promise<StoredDocument | undefined>>();

  constructor(store: Store) {
    this.#store = store;
  }

  /** The entity, or undefined when it is gone. */
  entity(id: number): Promise<StoredEntity | undefined> {
    let entity = this.#entities.get(id);
    if (entity === undefined) {
      entity = this.#store.entities.get(id).catch((error: unknown) => {
        if (error instanceof SitrepError && error.code === 'NOT_FOUND') return undefined;
        throw error;
      });
      this.#entities.set(id, entity);
    }
    return entity;
  }

  /** The document, or undefined when it is gone. */
  document(id: number): Promise<StoredDocument | undefined> {
    let document = this.#documents.get(id);
    if (document === undefined) {
      document = this.#store.documents.get(id).catch((error: unknown) => {
        if (error instanceof SitrepError && error.code === 'NOT_FOUND') return undefined;
        throw error;
      });
      this.#documents.set(id, document);
    }
    return document;
  }

  /** Loads many entities in one query, so that later look-ups hit the cache. */
  async prefetchEntities(ids: Iterable<number>): Promise<void> {
    const wanted = [...new Set(ids)].filter((id) => !this.#entities.has(id));
    if (wanted.length === 0) return;
    const found = this.#store.entities.getMany(wanted);
    for (const id of wanted) this.#entities.set(id, found.then((map) => map.get(id)));
    await found;
  }

  /** Loads many documents in one query, so that later look-ups hit the cache. */
  async prefetchDocuments(ids: Iterable<number>): Promise<void> {
    const wanted = [...new Set(ids)].filter((id) => !this.#documents.has(id));
    if (wanted.length === 0) return;
    const found = this.#store.documents.getMany(wanted);
    for (const id of wanted) this.#documents.set(id, found.then((map) => map.get(id)));
    await found;
  }

  /** A short reference to an entity. */
  async entityRef(id: number): Promise<EntityRef> {
    const entity = await this.entity(id);
    return entity === undefined ? { id, name: `entity ${id}`, kind: 'unknown' } : { id, name: entity.canonicalName, kind: entity.kind };
  }

  /** A claim with names in place of ids. */
  async claim(claim: StoredClaim): Promise<ClaimView> {
    const document = claim.documentId === null ? undefined : await this.document(claim.documentId);
    return {
      id: claim.id,
      predicate: claim.predicate,
      object: await this.#object(claim),
      accordingTo: await Promise.all(claim.accordingTo.map((id) => this.entityRef(id))),
      asOf: claim.asOf,
      validFrom: claim.validFrom,
      validTo: claim.validTo,
      modality: claim.modality,
      confidence: claim.confidence,
      evidence: claim.evidence,
      document: document === undefined ? null : { id: document.id, title: document.title },
      reviewStatus: claim.reviewStatus,
    };
  }

  /** Claims as views, in order; the entities and documents they name are loaded in batches first. */
  async claims(claims: readonly StoredClaim[]): Promise<ClaimView[]> {
    const entityIds: number[] = [];
    for (const claim of claims) {
      entityIds.push(...claim.accordingTo);
      if ('entity' in claim.object) entityIds.push(claim.object.entity);
      if ('entity' in claim.subject) entityIds.push(claim.subject.entity);
    }
    await Promise.all([this.prefetchEntities(entityIds), this.prefetchDocuments(claims.flatMap((claim) => (claim.documentId === null ? [] : [claim.documentId])))]);
    return Promise.all(claims.map((claim) => this.claim(claim)));
  }

  /** An incident with its perpetrators named (one line per group, strongest role first). */
  async incident(incident: StoredIncident, known?: readonly IncidentPerpetratorRecord[]): Promise<IncidentSummary> {
    const records = known ?? (await this.#store.incidents.perpetrators(incident.id));
    const roles = new Map<number, string>();
    const rank = ['claimed', 'attributed', 'suspected', 'denied'];
    for (const record of records) {
      const previous = roles.get(record.entityId);
      if (previous === undefined || rank.indexOf(record.role) < rank.indexOf(previous)) roles.set(record.entityId, record.role);
    }
    const perpetrators = await Promise.all([...roles].map(async ([id, role]) => ({ ...(await this.entityRef(id)), role })));
    return { id: incident.id, type: incident.type, suicide: incident.suicide, claimed: incident.claimed, date: incident.date, location: incident.location, best: incident.best, perpetrators };
  }

  /** Incidents as views, in order; perpetrators and their names are loaded in batches. */
  async incidents(incidents: readonly StoredIncident[]): Promise<IncidentSummary[]> {
    const perpetrators = await this.#store.incidents.perpetratorsOf(incidents.map((incident) => incident.id));
    await this.prefetchEntities([...perpetrators.values()].flat().map((record) => record.entityId));
    return Promise.all(incidents.map((incident) => this.incident(incident, perpetrators.get(incident.id) ?? [])));
  }

  async #object(claim: StoredClaim): Promise<ClaimObjectView> {
    const object = claim.object;
    if ('entity' in object) return { entity: await this.entityRef(object.entity) };
    if ('incident' in object) {
      const incident = await this.#store.incidents.get(object.incident).catch(() => undefined);
      return { incident: { id: object.incident, type: incident?.type ?? 'armed_assault', date: incident?.date.value ?? null } };
    }
    if ('quantity' in object) return { quantity: object.quantity };
    if ('text' in object) return { text: object.text };
    return { date: object.date, precision: object.precision };
  }
}
