// A compact table of incidents.
import type { IncidentSummary } from '../../../src/server/api-types.js';
import { el, link } from '../dom.js';

/** A table of incidents linking to each. */
export function incidentList(incidents: readonly IncidentSummary[]): HTMLElement {
  if (incidents.length === 0) return el('p', { class: 'empty' }, 'None.');
  return el(
    'table',
    {},
    el('thead', {}, el('tr', {}, ...['Date', 'Type', 'Place', 'Killed', 'Wounded', 'Perpetrators'].map((h) => el('th', {}, h)))),
    el(
      'tbody',
      {},
      ...incidents.map((incident) =>
        el(
          'tr',
          {},
          el('td', {}, link(`/incident/${incident.id}`, incident.date.value ?? incident.date.earliest ?? 'undated')),
          el('td', {}, `${incident.type.replace(/_/g, ' ')}${incident.suicide ? ' (suicide)' : ''}`),
          el('td', {}, incident.location ? `${incident.location.name} (${incident.location.level})` : ''),
          el('td', {}, incident.best.killed ?? ''),
          el('td', {}, incident.best.wounded ?? ''),
          el('td', {}, incident.perpetrators.map((p) => `${p.name} (${p.role})`).join(', ')),
        ),
      ),
    ),
  );
}
