// An incident: every field with its evidence highlighted in each report's text,
// the figures each report gave, and the claims about it.
import type { IncidentDetail, IncidentSummary } from '../../../src/server/api-types.js';
import { getJson, linkReport, listAudit, listMerges, unlinkReport } from '../api.js';
import { claimItem } from '../claim-item.js';
import { el, highlighted, link, section } from '../dom.js';
import { incidentDateText } from '../incident-date.js';
import { auditTable, flashMessage, mergeForm, mergeTable, runChange } from '../review-widgets.js';
import { incidentName } from './review-page.js';

const day = 24 * 3600 * 1000;

/** Renders incident `id`. */
export async function incidentPage(root: HTMLElement, id: number): Promise<void> {
  const incident = await getJson<IncidentDetail>(`/api/incidents/${id}`);
  const [candidates, merges, audit] = await Promise.all([getJson<{ incidents: IncidentSummary[] }>(`/api/incidents?${candidateQuery(incident)}`), listMerges({ kind: 'incident', involving: incident.id }), listAudit(`incident:${incident.id}`, 50)]);
  const where = incident.location ? `${incident.location.name} (${incident.location.level}${incident.location.country ? `, ${incident.location.country}` : ''})` : 'unknown place';
  const when = incidentDateText(incident.date);
  root.replaceChildren(
    el('h1', {}, `${incident.type.replace(/_/g, ' ')}${incident.suicide ? ' (suicide)' : ''} — ${where}`),
    ...(incident.id !== id ? [el('p', { class: 'notice', 'data-testid': 'merged-notice' }, `Incident ${id} has been merged into this one (undo the merge below to split them again).`)] : []),
    el('p', { class: 'meta' }, `${when} (${incident.date.precision}) · killed ${incident.best.killed ?? '?'} · wounded ${incident.best.wounded ?? '?'}${incident.claimed ? ' · claimed' : ''}`, incident.location?.country ? el('span', {}, ' · ', el('a', { href: `/api/reports/country/${encodeURIComponent(incident.location.country)}?format=html`, target: '_blank', rel: 'noopener', 'data-testid': 'brief-html-country' }, `brief on ${incident.location.country}`)) : null),
    section('Perpetrators', el('ul', {}, ...incident.perpetrators.map((p) => el('li', {}, link(`/group/${p.id}`, p.name), ` (${p.role})`)))),
    section('Claims', incident.claims.length === 0 ? el('p', { class: 'empty' }, 'None.') : el('ul', { class: 'claims' }, ...incident.claims.map((claim) => claimItem(claim)))),
    section(
      `Reports (${incident.reports.length})`,
      ...(incident.reports.length === 0 ? [el('p', { class: 'empty' }, 'No report is linked to this incident now (see the audit below).')] : []),
      ...incident.reports.map((report) =>
        el(
          'article',
          { class: 'report' },
          el('h3', {}, link(`/document/${report.document.id}`, report.document.title ?? `report ${report.document.id}`), el('span', { class: 'meta' }, ` ${report.document.published ?? ''} · report ${report.document.id} `), unlinkButton(incident.id, report.document.id)),
          el('table', { class: 'fields' }, el('tbody', {}, ...report.fields.map((field) => el('tr', {}, el('th', {}, field.field), el('td', {}, field.value))))),
          report.figures.length > 0
            ? el('table', { class: 'figures' }, el('thead', {}, el('tr', {}, ...['Figure', 'Min', 'Max', 'Best', 'Reported', 'According to'].map((h) => el('th', {}, h)))), el('tbody', {}, ...report.figures.map((f) => el('tr', {}, el('td', {}, f.kind.replace(/_/g, ' ')), el('td', {}, f.min ?? ''), el('td', {}, f.max ?? ''), el('td', {}, f.best ?? ''), el('td', {}, f.reportedOn ?? ''), el('td', {}, f.accordingTo.map((a) => a.name).join(', '))))))
            : null,
          el('div', { class: 'report-text', 'data-testid': `report-text-${report.document.id}` }, highlighted(report.document.text, report.evidence)),
        ),
      ),
    ),
    section(
      'Review: merge, split, link and unlink',
      flashMessage(),
      el('p', { class: 'meta' }, 'Merge a duplicate record of this event into it (nearby incidents of the same country are offered), or link a report to it. Undo a merge to split the incidents again; every change is audited.'),
      mergeForm('incident', candidates.incidents.filter((c) => c.id !== incident.id).map((c) => ({ id: c.id, name: incidentName(c) })), { id: incident.id, name: 'this incident' }),
      linkForm(incident.id),
      el('h3', {}, 'Merges'),
      mergeTable(merges.merges),
      el('h3', {}, 'Audit'),
      auditTable(audit.entries),
    ),
  );
}

/** Incidents that may be the same event: same country, within 60 days (or the latest, when undated). */
function candidateQuery(incident: IncidentSummary): string {
  const query = new URLSearchParams({ limit: '100' });
  if (incident.location?.country) query.set('country', incident.location.country);
  const date = incident.date.value ?? incident.date.earliest ?? incident.date.latest;
  const time = date ? Date.parse(date) : Number.NaN;
  if (!Number.isNaN(time)) {
    query.set('since', new Date(time - 60 * day).toISOString().slice(0, 10));
    query.set('until', new Date(time + 60 * day).toISOString().slice(0, 10));
  }
  return query.toString();
}

function unlinkButton(incidentId: number, documentId: number): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'small', 'data-action': 'unlink-report', 'data-document': String(documentId) }, 'Unlink from this incident');
  button.addEventListener('click', () => void runChange(`Report ${documentId} unlinked from incident ${incidentId}; Undo in the audit list links it again.`, () => unlinkReport(incidentId, documentId)));
  return button;
}

function linkForm(incidentId: number): HTMLFormElement {
  const documentId = el('input', { type: 'number', min: '1', name: 'document', placeholder: 'report (document) id', 'aria-label': 'Document id' });
  const from = el('input', { type: 'number', min: '1', name: 'from', placeholder: 'incident id (blank: this)', 'aria-label': 'From incident' });
  const form = el('form', { class: 'link-form', 'data-testid': 'link-form' }, 'Link report ', documentId, ' to this incident, as it was read on incident ', from, ' ', el('button', { type: 'submit' }, 'Link'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const d = Number(documentId.value);
    if (!d) return;
    void runChange(`Report ${d} linked to this incident.`, () => linkReport(incidentId, d, Number(from.value) || undefined));
  });
  return form;
}
