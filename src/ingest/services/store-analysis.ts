// Stores one document and what the pipeline read in it, resolved against the
// store: entities linked or created (with same-as proposals), incidents matched
// or created (with their reports, perpetrators and figures), claims with store ids.
// The caller runs it inside one transaction.
import { foldName } from '../../knowledge/fold-name.js';
import type { EntityKind, ExtractedEntity, ExtractResult, Incident, SourceDocument } from '../../model/index.js';
import {
  conservativeFigure,
  dateInterval,
  entityNames,
  figureCountKinds,
  linkEntity,
  matchIncident,
  reconcileFigures,
  summarizeIncident,
  type IncidentCandidate,
  type IncidentFacts,
} from '../../resolve/index.js';
import type { NewAlias, NewClaim, NewIncident, StoredClaimObject, StoredDocument, StoredEntity, Store } from '../../store/index.js';

/** What storing one document did. */
export interface DocumentOutcome {
  document: StoredDocument;
  created: boolean;
  entitiesNew: number;
  entitiesLinked: number;
  sameAsProposed: number;
  incidentsNew: number;
  incidentsMerged: number;
  claims: number;
}

/** Options of storeAnalysis. */
export interface StoreAnalysisOptions {
  /** Whether a folded name is shared or ambiguous in the dictionary. */
  isAmbiguous?: (foldedName: string) => boolean;
  reader?: string | null;
}

/** Stores a document and its analysis; a document already stored (same content hash) adds nothing. */
export async function storeAnalysis(store: Store, source: SourceDocument, contentHash: string, result: ExtractResult, options: StoreAnalysisOptions = {}): Promise<DocumentOutcome> {
  const { document, created } = await store.documents.insert({
    contentHash,
    text: source.text,
    sourceId: source.id,
    title: source.title ?? null,
    url: source.url ?? null,
    published: result.published ?? source.published ?? null,
    reader: options.reader ?? null,
    status: 'analyzed',
  });
  const outcome: DocumentOutcome = { document, created, entitiesNew: 0, entitiesLinked: 0, sameAsProposed: 0, incidentsNew: 0, incidentsMerged: 0, claims: 0 };
  if (!created) return outcome;
  const origin = `document:${document.id}`;

  const entityIds = new Map<string, number>();
  const known = await KnownEntities.load(store, result.entities);
  const aliases: Array<{ entityId: number; alias: NewAlias }> = [];
  for (const entity of result.entities) {
    entityIds.set(entity.id, await resolveEntity(store, entity, origin, document.published, options, outcome, known, aliases));
  }
  // Every name this document used is kept with the document as its source.
  await store.entities.addAliasesTo(aliases);

  const incidentIds = new Map<string, number>();
  const linkedHere = new Set<number>();
  for (const incident of result.incidents) {
    const id = await resolveIncident(store, incident, entityIds, document, linkedHere, outcome);
    incidentIds.set(incident.id, id);
  }

  const claims: NewClaim[] = [];
  for (const claim of result.claims) {
    const subject = ref(claim.subject, entityIds, incidentIds);
    const object = claimObject(claim.object, entityIds, incidentIds);
    if (subject === undefined || object === undefined) continue;
    claims.push({
      subject,
      predicate: claim.predicate,
      object,
      accordingTo: (claim.according_to ?? []).flatMap((id) => {
        const stored = entityIds.get(id);
        return stored === undefined ? [] : [stored];
      }),
      asOf: claim.as_of ?? null,
      modality: claim.modality,
      confidence: claim.confidence,
      extractor: claim.extractor,
      qualifier: claim.qualifier ?? null,
      documentId: document.id,
      evidence: claim.evidence,
    });
  }
  outcome.claims = (await store.claims.insertMany(claims)).length;
  return outcome;
}

/**
 * The stored entities a document's entities may link to, loaded in two queries for the whole document
 * and kept current as the document's own entities are created, named and keyed, so each entity sees
 * exactly what a look-up of its own would find.
 */
class KnownEntities {
  readonly #records = new Map<number, StoredEntity>();
  readonly #byName = new Map<string, Set<number>>();
  readonly #byKnownId = new Map<string, Set<number>>();

  static async load(store: Store, entities: readonly ExtractedEntity[]): Promise<KnownEntities> {
    const known = new KnownEntities();
    const byName = await store.entities.findByFoldedNames(entities.flatMap(entityNames));
    for (const [name, stored] of byName) for (const entity of stored) known.#add(known.#byName, name, entity);
    const keys = entities.flatMap((entity) => (entity.knownId === undefined ? [] : [entity.knownId]));
    if (keys.length > 0) {
      for (const [key, stored] of await store.entities.findByKnownIds(keys)) for (const entity of stored) known.#add(known.#byKnownId, key, entity);
    }
    return known;
  }

  /** What findByFoldedName(name, kind) would return now, for each name. */
  byName(names: readonly string[], kind: EntityKind): Map<string, StoredEntity[]> {
    return new Map(names.map((name) => [name, this.#list(this.#byName.get(name)).filter((entity) => entity.kind === kind)]));
  }

  /** What findByKnownId(key) would return now. */
  byKnownId(key: string): StoredEntity[] {
    return this.#list(this.#byKnownId.get(key));
  }

  get(id: number): StoredEntity | undefined {
    return this.#records.get(id);
  }

  /** Records an entity as stored now: its attributes, the names it has, its dictionary key. */
  note(entity: StoredEntity, names: readonly string[]): void {
    for (const name of names) this.#add(this.#byName, name, entity);
    if (entity.knownId !== null) this.#add(this.#byKnownId, entity.knownId, entity);
    this.#records.set(entity.id, entity);
  }

  #add(index: Map<string, Set<number>>, key: string, entity: StoredEntity): void {
    const ids = index.get(key) ?? new Set<number>();
    ids.add(entity.id);
    index.set(key, ids);
    this.#records.set(entity.id, entity);
  }

  #list(ids: Set<number> | undefined): StoredEntity[] {
    if (ids === undefined) return [];
    return [...ids]
      .sort((a, b) => a - b)
      .map((id) => this.#records.get(id)!)
      .filter((entity) => entity.mergedInto === null);
  }
}

async function resolveEntity(
  store: Store,
  entity: ExtractedEntity,
  origin: string,
  seen: string | null,
  options: StoreAnalysisOptions,
  outcome: DocumentOutcome,
  known: KnownEntities,
  aliases: Array<{ entityId: number; alias: NewAlias }>,
): Promise<number> {
  const names = entityNames(entity);
  const byName = known.byName(names, entity.kind);
  const byKnownId = entity.knownId === undefined ? [] : known.byKnownId(entity.knownId);
  const link = linkEntity(entity, { byKnownId, byName }, options.isAmbiguous ? { isAmbiguous: options.isAmbiguous } : {});
  let stored: StoredEntity;
  if (link.action === 'link') {
    outcome.entitiesLinked++;
    stored = known.get(link.entityId) ?? (await store.entities.get(link.entityId));
    if (stored.knownId === null && entity.knownId !== undefined) stored = await store.entities.update(stored.id, { knownId: entity.knownId });
  } else {
    stored = await store.entities.insert({
      kind: entity.kind,
      canonicalName: entity.name,
      source: origin,
      foldedName: foldName(entity.name),
      level: entity.level ?? null,
      country: entity.country === '' ? null : (entity.country ?? null),
      admin1: entity.admin1 ?? null,
      geonamesId: entity.geonamesId ?? null,
      lat: entity.lat ?? null,
      lon: entity.lon ?? null,
      knownId: entity.knownId ?? null,
    });
    outcome.entitiesNew++;
    for (const proposal of link.proposals) {
      await store.sameAs.propose(stored.id, proposal.entityId, proposal.score, proposal.reason);
      outcome.sameAsProposed++;
    }
  }
  for (const name of [entity.name, ...entity.aliases]) {
    const folded = foldName(name);
    if (folded !== '') aliases.push({ entityId: stored.id, alias: { name, source: origin, foldedName: folded, firstSeen: seen } });
  }
  known.note(stored, names);
  return stored.id;
}

async function resolveIncident(store: Store, incident: Incident, entityIds: Map<string, number>, document: StoredDocument, linkedHere: Set<number>, outcome: DocumentOutcome): Promise<number> {
  // The report keeps the extractor's incident with entity ids rewritten to store ids, so it stands alone.
  const local = rewriteIds(incident, entityIds);
  const perpetrators = [...new Set(local.perpetrators.filter((p) => p.role !== 'denied').map((p) => Number(p.entity)).filter((n) => Number.isInteger(n) && n > 0))];
  const facts: IncidentFacts = { type: local.type, date: local.date, location: local.location, perpetrators };
  const candidates = await loadCandidates(store, facts, linkedHere);
  const match = matchIncident(facts, candidates);
  let incidentId: number;
  if (match.action === 'link') {
    incidentId = match.incidentId;
    outcome.incidentsMerged++;
  } else {
    incidentId = (await store.incidents.insert(toNewIncident(local))).id;
    outcome.incidentsNew++;
  }
  linkedHere.add(incidentId);
  await store.incidents.linkReport(incidentId, { documentId: document.id, local, linkedBy: 'auto', score: match.action === 'link' ? match.score : null });
  for (const perpetrator of local.perpetrators) {
    const entityId = Number(perpetrator.entity);
    if (Number.isInteger(entityId) && entityId > 0) await store.incidents.addPerpetrator(incidentId, { entityId, role: perpetrator.role, documentId: document.id });
  }
  const figures = figureCountKinds.flatMap((kind) => {
    const count = local[kind];
    if (conservativeFigure(count) === null) return [];
    return [{ incidentId, documentId: document.id, kind, min: count.min ?? null, max: count.max ?? null, best: count.best ?? null, reportedOn: document.published }];
  });
  if (figures.length > 0) await store.figures.insertMany(figures);
  await recomputeIncident(store, incidentId);
  return incidentId;
}

/** Re-derives an incident's type, flags, date, place and best figures from the reports linked to it now. */
export async function recomputeIncident(store: Store, incidentId: number): Promise<void> {
  const reports = await store.incidents.reports(incidentId);
  if (reports.length === 0) return;
  const summary = summarizeIncident(reports.map((r) => r.local));
  const { location, ...rest } = toNewIncident({ ...reports[0]!.local, ...summary });
  const reconciled = reconcileFigures(reports.map((r) => ({ documentId: r.documentId, reportedOn: null, ...pickCounts(r.local) })));
  const best = { killed: reconciled.killed.best, wounded: reconciled.wounded.best, captured: reconciled.captured.best, perpetratorsKilled: reconciled.perpetrators_killed.best };
  await store.incidents.update(incidentId, { ...rest, location: location ?? null, best });
}

function pickCounts(incident: Incident): Pick<Incident, 'killed' | 'wounded' | 'captured' | 'perpetrators_killed'> {
  return { killed: incident.killed, wounded: incident.wounded, captured: incident.captured, perpetrators_killed: incident.perpetrators_killed };
}

async function loadCandidates(store: Store, facts: IncidentFacts, exclude: Set<number>): Promise<IncidentCandidate[]> {
  const country = facts.location?.country;
  const interval = dateInterval(facts.date);
  if (!country || interval === null) return [];
  // A window wide enough for any date the matcher could accept.
  const day = (n: number): string => new Date(n * 86_400_000).toISOString().slice(0, 10);
  const stored = await store.incidents.list({ country, since: day(interval[0] - 10), until: day(interval[1] + 10), limit: 200 });
  const candidates: IncidentCandidate[] = [];
  const perpetrators = await store.incidents.perpetratorsOf(stored.filter((incident) => !exclude.has(incident.id)).map((incident) => incident.id));
  for (const incident of stored) {
    if (exclude.has(incident.id)) continue;
    const named = (perpetrators.get(incident.id) ?? []).filter((p) => p.role !== 'denied').map((p) => p.entityId);
    candidates.push({ id: incident.id, type: incident.type, date: incident.date, location: incident.location, perpetrators: [...new Set(named)] });
  }
  return candidates;
}

function toNewIncident(incident: Incident): NewIncident {
  const location = incident.location;
  const entityId = location?.entity === undefined ? null : Number(location.entity);
  return {
    type: incident.type,
    suicide: incident.suicide,
    claimed: incident.claimed,
    date: { value: incident.date.value ?? null, precision: incident.date.precision, earliest: incident.date.earliest ?? null, latest: incident.date.latest ?? null },
    location:
      location === null
        ? null
        : {
            entityId: entityId !== null && Number.isInteger(entityId) ? entityId : null,
            name: location.name,
            level: location.level,
            country: location.country || null,
            admin1: location.admin1 ?? null,
            admin2: location.admin2 ?? null,
            geonamesId: location.geonamesId ?? null,
            lat: location.lat ?? null,
            lon: location.lon ?? null,
          },
  };
}

function rewriteIds(incident: Incident, ids: Map<string, number>): Incident {
  const map = (id: string): string => String(ids.get(id) ?? id);
  return {
    ...incident,
    location: incident.location === null ? null : { ...incident.location, ...(incident.location.entity === undefined ? {} : { entity: map(incident.location.entity) }) },
    perpetrators: incident.perpetrators.filter((p) => ids.has(p.entity)).map((p) => ({ ...p, entity: map(p.entity) })),
    targets: incident.targets.map((t) => (t.entity === undefined ? t : { ...t, entity: map(t.entity) })),
  };
}

function ref(id: string, entities: Map<string, number>, incidents: Map<string, number>): { entity: number } | { incident: number } | undefined {
  const entity = entities.get(id);
  if (entity !== undefined) return { entity };
  const incident = incidents.get(id);
  return incident === undefined ? undefined : { incident };
}

function claimObject(object: ExtractResult['claims'][number]['object'], entities: Map<string, number>, incidents: Map<string, number>): StoredClaimObject | undefined {
  if ('entity' in object) {
    const id = entities.get(object.entity);
    return id === undefined ? undefined : { entity: id };
  }
  if ('incident' in object) {
    const id = incidents.get(object.incident);
    return id === undefined ? undefined : { incident: id };
  }
  return object;
}
