// The incident map, filtered by group, type, country and dates; precision-aware.
import type { MapView } from '../../../src/server/api-types.js';
import { getJson } from '../api.js';
import { el } from '../dom.js';
import { filterForm, filterQuery, loadFilterOptions } from '../incident-filters.js';
import { worldMap } from '../world-map.js';

/** Renders the map for the filters in `params`. */
export async function mapPage(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const options = await loadFilterOptions();
  const form = filterForm('/map', params, options);
  const query = filterQuery(params);
  const map = await getJson<MapView>(`/api/map?${query.toString()}`);
  const marks = map.features.map((f) => ({ lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1], label: `${f.properties.date ?? ''} ${f.properties.place}${f.properties.killed ? ` (${f.properties.killed} killed)` : ''}`, shape: f.properties.shape, radiusKm: f.properties.radiusKm, href: `#/incident/${f.properties.incidentId}`, testId: `incident-${f.properties.incidentId}` }));
  root.replaceChildren(
    el('h1', {}, 'Incident map'),
    form,
    el('p', { class: 'meta' }, `${map.features.length} incidents with a place. Dots are cities and facilities; shaded circles are provinces and countries (their extent, not a location).`),
    el('div', { class: 'map-box' }, worldMap(marks, { width: 960, height: 540 })),
  );
}
