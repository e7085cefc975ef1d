// Search across reports, groups, places and incidents.
import type { SearchView } from '../../../src/server/api-types.js';
import { getJson } from '../api.js';
import { el, link, section } from '../dom.js';
import { incidentList } from './incident-list.js';

/** Renders the search page for a query (empty: just the box). */
export async function searchPage(root: HTMLElement, query: string): Promise<void> {
  const input = el('input', { type: 'search', name: 'q', placeholder: 'Search reports, groups, places, incidents (e.g. ISKP)', 'aria-label': 'Search' });
  input.value = query;
  const form = el('form', { class: 'search' }, input, el('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/search?q=${encodeURIComponent(input.value)}`;
  });
  root.replaceChildren(el('h1', {}, 'Search'), form);
  if (query.trim() === '') {
    const groups = await getJson<{ groups: Array<{ id: number; name: string }> }>('/api/groups');
    root.append(section('Groups', el('ul', {}, ...groups.groups.map((g) => el('li', {}, link(`/group/${g.id}`, g.name))))));
    return;
  }
  const result = await getJson<SearchView>(`/api/search?q=${encodeURIComponent(query)}`);
  const list = (items: Array<{ id: number; name: string }>, route: (id: number) => string | null) =>
    items.length === 0 ? el('p', { class: 'empty' }, 'None.') : el('ul', {}, ...items.map((item) => el('li', {}, route(item.id) ? link(route(item.id) as string, item.name) : item.name)));
  root.append(
    section('Groups', list(result.groups, (id) => `/group/${id}`)),
    section('Places', list(result.places, () => null)),
    section('Incidents', incidentList(result.incidents)),
    section('Reports', result.documents.length === 0 ? el('p', { class: 'empty' }, 'None.') : el('ul', {}, ...result.documents.map((d) => el('li', {}, link(`/document/${d.id}`, d.title ?? `report ${d.id}`), el('div', { class: 'meta' }, d.snippet))))),
    ...(result.others.length > 0 ? [section('Other names', list(result.others, () => null))] : []),
  );
}
