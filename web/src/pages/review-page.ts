// Review: merge entities and incidents, see every merge with its audit line and
// undo it, link or unlink reports, and read the audit log.
import type { IncidentSummary } from '../../../src/server/api-types.js';
import { getJson, linkReport, listAudit, listMerges, unlinkReport } from '../api.js';
import { el, link, section } from '../dom.js';
import { incidentDateText } from '../incident-date.js';
import { auditTable, flashMessage, mergeForm, mergeTable, runChange } from '../review-widgets.js';

/** A short name for an incident in a picker. */
export function incidentName(incident: IncidentSummary): string {
  return `${incidentDateText(incident.date)} ${incident.type.replace(/_/g, ' ')}${incident.location ? ` — ${incident.location.name}` : ''}`;
}

/** Renders the review page. */
export async function reviewPage(root: HTMLElement): Promise<void> {
  const [groups, incidents, merges, audit] = await Promise.all([
    getJson<{ groups: Array<{ id: number; name: string }> }>('/api/groups'),
    getJson<{ incidents: IncidentSummary[] }>('/api/incidents?limit=500'),
    listMerges(),
    listAudit(undefined, 100),
  ]);
  const sortedGroups = [...groups.groups].sort((a, b) => a.name.localeCompare(b.name));
  const incidentChoices = incidents.incidents.map((incident) => ({ id: incident.id, name: incidentName(incident) }));
  root.replaceChildren(
    el('h1', {}, 'Review'),
    el('p', { class: 'meta' }, 'Every change here is written to the audit log and can be undone: a merge with its Undo button, a report link or unlink with the opposite. Claims are accepted, rejected or corrected where they are shown (group, incident and report pages).'),
    flashMessage(),
    section('Merge two groups', el('p', { class: 'meta' }, 'The second group\'s names, claims and incidents move to the first; the merge is kept, so Undo puts every row back.'), mergeForm('entity', sortedGroups)),
    section('Merge two incidents', el('p', { class: 'meta' }, 'For two records of one event: the reports, figures and perpetrators of the second move to the first.'), mergeForm('incident', incidentChoices)),
    section('Merges (split with Undo)', mergeTable(merges.merges)),
    section('Link or unlink a report', reportLinkForm()),
    section('Audit log', auditTable(audit.entries)),
  );
}

/** Unlink a report from an incident, or link one (optionally taken from another incident). */
function reportLinkForm(): HTMLFormElement {
  const incident = el('input', { type: 'number', min: '1', name: 'incident', placeholder: 'incident id', 'aria-label': 'Incident id' });
  const documentId = el('input', { type: 'number', min: '1', name: 'document', placeholder: 'report (document) id', 'aria-label': 'Document id' });
  const from = el('input', { type: 'number', min: '1', name: 'from', placeholder: 'from incident (optional)', 'aria-label': 'From incident' });
  const action = el('select', { name: 'action', 'aria-label': 'Action' }, el('option', { value: 'unlink' }, 'unlink'), el('option', { value: 'link' }, 'link'));
  const form = el('form', { class: 'link-form', 'data-testid': 'link-form' }, action, ' report ', documentId, ' on incident ', incident, ' ', from, ' ', el('button', { type: 'submit' }, 'Apply'), el('p', { class: 'meta' }, 'An incident page lists its reports with an Unlink button; ', link('/search', 'search'), ' finds report ids.'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const i = Number(incident.value);
    const d = Number(documentId.value);
    if (!i || !d) return;
    if (action.value === 'unlink') void runChange(`Report ${d} unlinked from incident ${i}.`, () => unlinkReport(i, d));
    else void runChange(`Report ${d} linked to incident ${i}.`, () => linkReport(i, d, Number(from.value) || undefined));
  });
  return form;
}
