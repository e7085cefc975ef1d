// The incident filters (group, type, country, dates) shared by the timeline and
// export pages: a form that navigates to the page with the filters in the URL,
// and the same filters as an API query string.
import { getJson } from './api.js';
import { el } from './dom.js';

/** The filter names, in the order the form shows them. */
export const filterKeys = ['group', 'type', 'country', 'since', 'until'] as const;

/** What the form offers: groups and incident types. */
export interface FilterOptions {
  groups: Array<{ id: number; name: string }>;
  types: string[];
}

interface OpenApiParameter {
  name: string;
  in: string;
  schema?: { enum?: string[] };
}

/** Enum values of a query parameter, read from the OpenAPI document (so the UI lists what the API accepts). */
export async function parameterEnum(path: string, name: string): Promise<string[]> {
  const openApi = await getJson<{ paths: Record<string, Record<string, { parameters?: OpenApiParameter[] }>> }>('/openapi.json');
  return openApi.paths[path]?.['get']?.parameters?.find((p) => p.name === name && p.in === 'query')?.schema?.enum ?? [];
}

/** Loads the groups and incident types. */
export async function loadFilterOptions(): Promise<FilterOptions> {
  const [groups, types] = await Promise.all([getJson<{ groups: Array<{ id: number; name: string }> }>('/api/groups'), parameterEnum('/api/incidents', 'type')]);
  return { groups: [...groups.groups].sort((a, b) => a.name.localeCompare(b.name)), types };
}

/** The filters of `params` as a query string for the API. */
export function filterQuery(params: URLSearchParams, keys: readonly string[] = filterKeys): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of keys) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  return query;
}

/** A filter form that navigates to `route` with the chosen filters. */
export function filterForm(route: string, params: URLSearchParams, options: FilterOptions, fields: readonly string[] = filterKeys, extra: HTMLElement[] = []): HTMLFormElement {
  const group = el('select', { name: 'group', 'aria-label': 'Group' }, el('option', { value: '' }, 'any group'), ...options.groups.map((g) => el('option', { value: String(g.id) }, g.name)));
  const type = el('select', { name: 'type', 'aria-label': 'Incident type' }, el('option', { value: '' }, 'any type'), ...options.types.map((t) => el('option', { value: t }, t.replace(/_/g, ' '))));
  const country = el('input', { type: 'text', name: 'country', placeholder: 'country (ISO code)', maxlength: '2', size: '14', 'aria-label': 'Country' });
  const since = el('input', { type: 'date', name: 'since', 'aria-label': 'Since' });
  const until = el('input', { type: 'date', name: 'until', 'aria-label': 'Until' });
  const inputs = Object.fromEntries(Object.entries({ group, type, country, since, until }).filter(([key]) => fields.includes(key)));
  for (const [key, input] of Object.entries(inputs)) input.value = params.get(key) ?? '';
  const shown: Record<string, HTMLElement> = { group, type, country, since: el('label', {}, 'from ', since), until: el('label', {}, 'to ', until) };
  const form = el('form', { class: 'filters' }, ...filterKeys.filter((key) => fields.includes(key)).map((key) => shown[key] as HTMLElement), ...extra, el('button', { type: 'submit' }, 'Apply'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [key, input] of Object.entries(inputs)) if (input.value.trim() !== '') next.set(key, key === 'country' ? input.value.trim().toUpperCase() : input.value);
    // Extra controls are named inputs: checkboxes count when checked, selects when chosen.
    for (const control of extra.flatMap((e) => [e, ...e.querySelectorAll('input, select')])) {
      if (control instanceof HTMLInputElement && control.type === 'checkbox' && control.checked) next.set(control.name, control.value);
      if (control instanceof HTMLSelectElement && control.value !== '') next.set(control.name, control.value);
    }
    location.hash = `#${route}?${next.toString()}`;
  });
  return form;
}
