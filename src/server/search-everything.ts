// Search across reports, groups, places and incidents with one query.
import type { StoredIncident, Store } from '../store/index.js';
import type { SearchView } from './api-types.js';
import { ViewBuilder } from './view-builder.js';

/** Finds reports, groups, places and the incidents of both for a query. */
export async function searchEverything(store: Store, query: string): Promise<SearchView> {
  const result = await store.search(query, { limit: 20 });
  const views = new ViewBuilder(store);
  const view: SearchView = { query, documents: result.documents.map((hit) => ({ id: hit.id, title: hit.title, snippet: hit.snippet })), groups: [], places: [], others: [], incidents: [] };
  const incidents = new Map<number, StoredIncident>();
  for (const hit of result.entities) {
    const ref = { id: hit.id, name: hit.canonicalName, kind: hit.kind };
    if (hit.kind === 'armed_group') {
      view.groups.push(ref);
      for (const incident of await store.incidents.list({ group: hit.id, limit: 20 })) incidents.set(incident.id, incident);
    } else if (hit.kind === 'location') {
      view.places.push(ref);
    } else {
      view.others.push(ref);
    }
  }
  for (const hit of result.documents) {
    for (const report of await store.incidents.reportsOfDocument(hit.id)) {
      if (!incidents.has(report.incidentId)) incidents.set(report.incidentId, await store.incidents.get(report.incidentId));
    }
  }
  view.incidents = await views.incidents([...incidents.values()].filter((incident) => incident.status === 'active').slice(0, 50));
  return view;
}
