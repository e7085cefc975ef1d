// Exports: the record in the formats other tools take, filtered by group,
// country and dates, as download links to the API (the formats are read from
// the OpenAPI document, so a new one appears here by itself).
import type { IncidentSummary } from '../../../src/server/api-types.js';
import { getJson } from '../api.js';
import { el, link, section } from '../dom.js';
import { filterForm, filterQuery, loadFilterOptions, parameterEnum } from '../incident-filters.js';

const described: Record<string, { label: string; note: string }> = {
  stix: { label: 'STIX 2.1 bundle', note: 'threat actors, locations, reports, incidents, relationships with dates, notes for estimates (deterministic ids)' },
  'csv-gtd': { label: 'CSV, GTD-like columns', note: 'one row per incident, Global Terrorism Database column names' },
  'csv-acled': { label: 'CSV, ACLED-like columns', note: 'one row per incident, ACLED column names' },
  geojson: { label: 'GeoJSON', note: 'incidents with a place, with their geographic precision' },
  jsonl: { label: 'JSON Lines', note: 'everything: documents, entities, claims, incidents, one record a line' },
};

/** Renders the export page for the filters in `params`. */
export async function exportPage(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const filters = filterQuery(params, ['group', 'country', 'since', 'until']);
  const incidentQuery = new URLSearchParams(filters);
  incidentQuery.set('limit', '2000');
  const [options, formats, matching] = await Promise.all([loadFilterOptions(), parameterEnum('/api/export', 'format'), getJson<{ incidents: IncidentSummary[] }>(`/api/incidents?${incidentQuery.toString()}`)]);
  const group = options.groups.find((g) => String(g.id) === params.get('group'));
  const href = (format: string): string => {
    const query = new URLSearchParams({ format });
    for (const [key, value] of filters) query.set(key, value);
    return `/api/export?${query.toString()}`;
  };
  const scope = [group ? `group ${group.name}` : null, params.get('country') ? `country ${params.get('country')}` : null, params.get('since') ? `from ${params.get('since')}` : null, params.get('until') ? `to ${params.get('until')}` : null].filter(Boolean).join(', ');
  root.replaceChildren(
    el('h1', {}, 'Export'),
    filterForm('/export', params, options, ['group', 'country', 'since', 'until']),
    el('p', { class: 'meta', 'data-testid': 'export-scope' }, `${scope ? `Filtered to ${scope}` : 'The whole record'}: ${matching.incidents.length}${matching.incidents.length === 2000 ? '+' : ''} incidents. `, link(`/timeline?${filters.toString()}`, 'See them on the timeline')),
    section(
      'Download',
      formats.length === 0
        ? el('p', { class: 'empty' }, 'This server offers no export.')
        : el('ul', { class: 'downloads', 'data-testid': 'export-links' }, ...formats.map((format) => el('li', {}, el('a', { href: href(format), download: '', 'data-format': format }, described[format]?.label ?? format), el('span', { class: 'meta' }, ` (${format}) — ${described[format]?.note ?? ''}`)))),
    ),
    section(
      'Briefs',
      el('p', { class: 'meta' }, 'A brief an analyst can send: profile facts with numbered sources, strength over time, areas, incidents and deaths over time as charts, a map and the list of sources.'),
      el(
        'ul',
        { 'data-testid': 'brief-links' },
        ...(group ? briefLinks('group', String(group.id), group.name) : []),
        ...(params.get('country') ? briefLinks('country', params.get('country') as string, params.get('country') as string) : []),
        ...(!group && !params.get('country') ? [el('li', { class: 'empty' }, 'Choose a group or a country above for its brief.')] : []),
      ),
    ),
  );
}

/** Links to a brief as HTML (opens in a tab) and as Markdown (downloads). */
export function briefLinks(kind: 'group' | 'country', name: string, label: string): HTMLLIElement[] {
  const path = `/api/reports/${kind}/${encodeURIComponent(name)}`;
  return [
    el('li', {}, el('a', { href: `${path}?format=html`, target: '_blank', rel: 'noopener', 'data-testid': `brief-html-${kind}` }, `Brief on ${label} (HTML)`)),
    el('li', {}, el('a', { href: `${path}?format=md`, download: `sitrep-brief-${kind}-${name}.md`, 'data-testid': `brief-md-${kind}` }, `Brief on ${label} (Markdown)`)),
  ];
}
