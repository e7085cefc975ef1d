// A report: its text with every claim's evidence highlighted, and the claims.
import type { DocumentView } from '../../../src/server/api-types.js';
import { getJson } from '../api.js';
import { claimItem } from '../claim-item.js';
import { el, highlighted, link, section } from '../dom.js';

/** Renders report `id`. */
export async function documentPage(root: HTMLElement, id: number): Promise<void> {
  const doc = await getJson<DocumentView>(`/api/documents/${id}`);
  root.replaceChildren(
    el('h1', { 'data-testid': 'document-title' }, doc.title ?? `Report ${doc.id}`),
    el('p', { class: 'meta' }, doc.published ?? '', doc.url ? ' · ' : '', doc.url ? el('span', {}, doc.url) : null),
    el('div', { class: 'report-text', 'data-testid': 'document-text' }, highlighted(doc.text, doc.claims.flatMap((claim) => claim.evidence))),
    section('Incidents', doc.incidents.length === 0 ? el('p', { class: 'empty' }, `None linked (an incident page links a report by its id, here ${doc.id}).`) : el('ul', {}, ...doc.incidents.map((incident) => el('li', {}, link(`/incident/${incident}`, `incident ${incident}`))))),
    section('Claims', doc.claims.length === 0 ? el('p', { class: 'empty' }, 'None.') : el('ul', { class: 'claims' }, ...doc.claims.map((claim) => claimItem(claim)))),
  );
}
