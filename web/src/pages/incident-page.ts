// An incident: every field with its evidence highlighted in each report's text,
// the figures each report gave, and the claims about it.
import type { IncidentDetail } from '../../../src/server/api-types.js';
import { getJson } from '../api.js';
import { claimItem } from '../claim-item.js';
import { el, highlighted, link, section } from '../dom.js';

/** Renders incident `id`. */
export async function incidentPage(root: HTMLElement, id: number): Promise<void> {
  const incident = await getJson<IncidentDetail>(`/api/incidents/${id}`);
  const where = incident.location ? `${incident.location.name} (${incident.location.level}${incident.location.country ? `, ${incident.location.country}` : ''})` : 'unknown place';
  const when = incident.date.value ?? (incident.date.earliest ? `${incident.date.earliest} – ${incident.date.latest ?? ''}` : 'undated');
  root.replaceChildren(
    el('h1', {}, `${incident.type.replace(/_/g, ' ')}${incident.suicide ? ' (suicide)' : ''} — ${where}`),
    el('p', { class: 'meta' }, `${when} (${incident.date.precision}) · killed ${incident.best.killed ?? '?'} · wounded ${incident.best.wounded ?? '?'}${incident.claimed ? ' · claimed' : ''}`),
    section('Perpetrators', el('ul', {}, ...incident.perpetrators.map((p) => el('li', {}, link(`/group/${p.id}`, p.name), ` (${p.role})`)))),
    section('Claims', incident.claims.length === 0 ? el('p', { class: 'empty' }, 'None.') : el('ul', { class: 'claims' }, ...incident.claims.map((claim) => claimItem(claim)))),
    section(
      `Reports (${incident.reports.length})`,
      ...incident.reports.map((report) =>
        el(
          'article',
          { class: 'report' },
          el('h3', {}, link(`/document/${report.document.id}`, report.document.title ?? `report ${report.document.id}`), el('span', { class: 'meta' }, ` ${report.document.published ?? ''}`)),
          el('table', { class: 'fields' }, el('tbody', {}, ...report.fields.map((field) => el('tr', {}, el('th', {}, field.field), el('td', {}, field.value))))),
          report.figures.length > 0
            ? el('table', { class: 'figures' }, el('thead', {}, el('tr', {}, ...['Figure', 'Min', 'Max', 'Best', 'Reported', 'According to'].map((h) => el('th', {}, h)))), el('tbody', {}, ...report.figures.map((f) => el('tr', {}, el('td', {}, f.kind.replace(/_/g, ' ')), el('td', {}, f.min ?? ''), el('td', {}, f.max ?? ''), el('td', {}, f.best ?? ''), el('td', {}, f.reportedOn ?? ''), el('td', {}, f.accordingTo.map((a) => a.name).join(', '))))))
            : null,
          el('div', { class: 'report-text', 'data-testid': `report-text-${report.document.id}` }, highlighted(report.document.text, report.evidence)),
        ),
      ),
    ),
  );
}
