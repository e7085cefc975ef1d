// A compact table of incidents.
import type { IncidentSummary } from '../../../src/server/api-types.js';
import { el, link } from '../dom.js';
import { incidentDateText } from '../incident-date.js';

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
          el('td', { class: 'date' }, link(`/incident/${incident.id}`, incidentDateText(incident.date)), incident.date.precision !== 'day' && incident.date.value ? el('span', { class: 'meta' }, ` (${incident.date.precision})`) : null),
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
