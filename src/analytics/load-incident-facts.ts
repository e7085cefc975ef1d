// Reads incidents and their perpetrators from the store into IncidentFacts.
import type { IncidentFilter, StoredIncident, Store } from '../store/index.js';
import { strongestRoles, yearOf, type IncidentFact } from './incident-facts.js';

const pageSize = 500;

/** Every active incident matching the filter (paged past the store's default limit). */
export async function listAllIncidents(store: Store, filter: Omit<IncidentFilter, 'limit' | 'offset'> = {}): Promise<StoredIncident[]> {
  const all: StoredIncident[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await store.incidents.list({ ...filter, limit: pageSize, offset });
    all.push(...page);
    if (page.length < pageSize) return all;
  }
}

/** Turns a stored incident and its perpetrator records into an IncidentFact. */
export function toIncidentFact(incident: StoredIncident, perpetrators: readonly { entityId: number; role: IncidentFact['perpetrators'][number]['role'] }[]): IncidentFact {
  return {
    id: incident.id,
    type: incident.type,
    date: incident.date.value ?? incident.date.earliest ?? incident.date.latest,
    year: yearOf(incident.date),
    country: incident.location?.country ?? null,
    killed: incident.best.killed ?? 0,
    wounded: incident.best.wounded ?? 0,
    captured: incident.best.captured ?? 0,
    perpetrators: strongestRoles(perpetrators.map((p) => ({ entityId: p.entityId, role: p.role }))),
  };
}

/** Loads the incidents matching the filter as IncidentFacts, perpetrators followed through entity merges. */
export async function loadIncidentFacts(store: Store, filter: Omit<IncidentFilter, 'limit' | 'offset'> = {}): Promise<IncidentFact[]> {
  const incidents = await listAllIncidents(store, filter);
  const survivor = new Map<number, number>();
  const facts: IncidentFact[] = [];
  for (const incident of incidents) {
    const records = await store.incidents.perpetrators(incident.id);
    const resolved = [];
    for (const record of records) {
      let entityId = survivor.get(record.entityId);
      if (entityId === undefined) {
        entityId = (await store.entities.resolve(record.entityId)).id;
        survivor.set(record.entityId, entityId);
      }
      resolved.push({ entityId, role: record.role });
    }
    facts.push(toIncidentFact(incident, resolved));
  }
  return facts.sort((a, b) => a.id - b.id);
}
