// Incidents and deaths over time for any filter (group, type, country, dates).
import type { IncidentSummary } from '../../../src/server/api-types.js';
import { getJson } from '../api.js';
import { el, link, section } from '../dom.js';
import { filterForm, filterQuery, loadFilterOptions } from '../incident-filters.js';
import { timeCharts } from '../time-chart.js';
import { timeline } from '../timeline.js';
import { incidentList } from './incident-list.js';

const pageSize = 2000;

/** Renders the timeline page for the filters in `params`. */
export async function timelinePage(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const query = filterQuery(params);
  query.set('limit', String(pageSize));
  const [options, result] = await Promise.all([loadFilterOptions(), getJson<{ incidents: IncidentSummary[] }>(`/api/incidents?${query.toString()}`)]);
  const incidents = result.incidents;
  const group = options.groups.find((g) => String(g.id) === params.get('group'));
  const mapQuery = filterQuery(params).toString();
  root.replaceChildren(
    el('h1', {}, group ? `Timeline: ${group.name}` : 'Timeline'),
    filterForm('/timeline', params, options),
    el(
      'p',
      { class: 'meta', 'data-testid': 'timeline-count' },
      `${incidents.length} incidents${incidents.length === pageSize ? ` (the first ${pageSize}; narrow the filters)` : ''}. `,
      link(`/map${mapQuery ? `?${mapQuery}` : ''}`, 'Same filters on the map'),
      ' · ',
      link(`/export?${filterQuery(params).toString()}`, 'Export these incidents'),
      ...(params.get('country') ? [' · ', el('a', { href: `/api/reports/country/${encodeURIComponent(params.get('country') as string)}?format=html`, target: '_blank', rel: 'noopener', 'data-testid': 'brief-html-country' }, `Brief on ${params.get('country') as string}`)] : []),
      ...(group ? [' · ', el('a', { href: `/api/reports/group/${group.id}?format=html`, target: '_blank', rel: 'noopener', 'data-testid': 'brief-html-group' }, `Brief on ${group.name}`)] : []),
    ),
    section('Incidents and deaths over time', timeCharts(incidents), el('div', { 'data-testid': 'timeline' }, timeline(incidents))),
    section('Incidents', incidentList(incidents)),
  );
}
