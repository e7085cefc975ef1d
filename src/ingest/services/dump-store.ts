// A canonical dump of a store's contents, for comparing two stores: every row
// of every table in id order, without the clock columns a re-run changes.
import type { Store } from '../../store/index.js';

/** Everything stored, as plain data without timestamps (ingest runs and the audit log left out). */
export async function dumpStore(store: Store): Promise<Record<string, unknown[]>> {
  const strip = <T extends object>(rows: T[], ...keys: string[]): unknown[] =>
    rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => !keys.includes(key))));
  const documents = await store.documents.list({ limit: 1_000_000 });
  const entities = await store.entities.list({ includeMerged: true, limit: 1_000_000 });
  const incidents = await store.incidents.list({ includeMerged: true, limit: 1_000_000 });
  incidents.sort((a, b) => a.id - b.id);
  const aliases = [];
  for (const entity of entities) aliases.push(...(await store.entities.aliasesOf(entity.id)));
  const reports = [];
  const figures = [];
  const perpetrators = [];
  for (const incident of incidents) {
    reports.push(...(await store.incidents.reports(incident.id, { includeUnlinked: true })));
    figures.push(...(await store.figures.forIncident(incident.id)));
    perpetrators.push(...(await store.incidents.perpetrators(incident.id)));
  }
  const claims = [];
  for (const document of documents) claims.push(...(await store.claims.forDocument(document.id)));
  const sameAs = await store.sameAs.list({ limit: 1_000_000 });
  return {
    documents: strip(documents, 'ingestedAt'),
    entities: strip(entities, 'createdAt'),
    aliases: strip(aliases, 'firstSeen'),
    incidents: strip(incidents, 'createdAt', 'updatedAt'),
    reports: strip(reports, 'linkedAt'),
    figures: strip(figures),
    perpetrators: strip(perpetrators),
    claims: strip(claims),
    sameAs: strip(sameAs, 'createdAt'),
  };
}
