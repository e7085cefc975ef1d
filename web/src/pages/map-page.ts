// The incident map, filtered by group, type and dates; precision-aware.
import type { MapView } from '../../../src/server/api-types.js';
import { getJson } from '../api.js';
import { el } from '../dom.js';
import { worldMap } from '../world-map.js';

/** Renders the map for the filters in `params`. */
export async function mapPage(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const groups = await getJson<{ groups: Array<{ id: number; name: string }> }>('/api/groups');
  const group = el('select', { name: 'group' }, el('option', { value: '' }, 'any group'), ...groups.groups.map((g) => el('option', { value: String(g.id) }, g.name)));
  group.value = params.get('group') ?? '';
  const since = el('input', { type: 'date', name: 'since' });
  since.value = params.get('since') ?? '';
  const until = el('input', { type: 'date', name: 'until' });
  until.value = params.get('until') ?? '';
  const type = el('input', { type: 'text', name: 'type', placeholder: 'type, e.g. bombing_explosion' });
  type.value = params.get('type') ?? '';
  const form = el('form', { class: 'filters' }, group, type, since, until, el('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [key, input] of Object.entries({ group, type, since, until })) if (input.value !== '') next.set(key, input.value);
    location.hash = `#/map?${next.toString()}`;
  });
  const query = new URLSearchParams();
  for (const key of ['group', 'type', 'since', 'until']) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  const map = await getJson<MapView>(`/api/map?${query.toString()}`);
  const marks = map.features.map((f) => ({ lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1], label: `${f.properties.date ?? ''} ${f.properties.place}${f.properties.killed ? ` (${f.properties.killed} killed)` : ''}`, shape: f.properties.shape, radiusKm: f.properties.radiusKm, href: `#/incident/${f.properties.incidentId}`, testId: `incident-${f.properties.incidentId}` }));
  root.replaceChildren(
    el('h1', {}, 'Incident map'),
    form,
    el('p', { class: 'meta' }, `${map.features.length} incidents with a place. Dots are cities and facilities; shaded circles are provinces and countries (their extent, not a location).`),
    el('div', { class: 'map-box' }, worldMap(marks, { width: 960, height: 540 })),
  );
}
