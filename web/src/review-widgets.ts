// The review controls shared by the review, group and incident pages: merge
// forms, the merge history with its audit lines and undo buttons, and the audit
// log with undo for report links. A change re-renders the page, and the message
// saying what happened survives that re-render.
import type { MergeView } from '../../src/server/review-log.js';
import type { AuditEntry } from '../../src/store/index.js';
import { ApiError, linkReport, merge, refresh, savedToken, undoMerge, unlinkReport } from './api.js';
import { el, link } from './dom.js';

let flash: { text: string; error: boolean } | null = null;

/** The outcome of the last change (shown once), or a hint about tokens. */
export function flashMessage(): HTMLElement {
  const message = el('p', { class: `review-flash${flash?.error ? ' error' : ''}`, 'data-testid': 'review-message', role: 'status' }, flash?.text ?? '');
  if (flash === null && savedToken() === null) message.append(el('span', { class: 'meta' }, 'Changes need an analyst token: paste it in the box at the top right.'));
  flash = null;
  return message;
}

/** Runs a change, then re-renders with a message saying what happened (or why not). */
export async function runChange(describe: string, change: () => Promise<unknown>): Promise<void> {
  try {
    await change();
    flash = { text: describe, error: false };
  } catch (error) {
    flash = { text: error instanceof ApiError ? `${error.code}: ${error.message}` : String(error), error: true };
  }
  refresh();
}

function button(text: string, attrs: Record<string, string>, onClick: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button', class: 'small', ...attrs }, text);
  b.addEventListener('click', () => {
    b.disabled = true;
    onClick();
  });
  return b;
}

/** An audit line as words: when, who, what, and what changed. */
export function auditText(entry: AuditEntry): string {
  const changed = (value: unknown): string => (value === null || value === undefined ? '–' : JSON.stringify(value));
  return `${entry.at.replace('T', ' ').slice(0, 19)} · ${entry.actor} · ${entry.action} ${entry.target} · ${changed(entry.before)} → ${changed(entry.after)}`;
}

function refFor(kind: MergeView['kind'], ref: MergeView['survivorRef']): Node {
  if (kind === 'incident') return link(`/incident/${ref.id}`, ref.name);
  return ref.kind === 'armed_group' || ref.kind === 'organization' ? link(`/group/${ref.id}`, ref.name) : document.createTextNode(ref.name);
}

/** Merges with their audit line, state and an undo button for those that hold. */
export function mergeTable(merges: readonly MergeView[]): HTMLElement {
  if (merges.length === 0) return el('p', { class: 'empty', 'data-testid': 'merge-list' }, 'No merges.');
  return el(
    'table',
    { class: 'merges', 'data-testid': 'merge-list' },
    el('thead', {}, el('tr', {}, ...['#', 'Change', 'Audit', 'State', ''].map((h) => el('th', {}, h)))),
    el(
      'tbody',
      {},
      ...merges.map((m) =>
        el(
          'tr',
          { 'data-merge-id': String(m.id), class: m.undoneAt ? 'undone' : 'active' },
          el('td', {}, String(m.id)),
          el('td', {}, `${m.kind} `, refFor(m.kind, m.mergedRef), ` (${m.merged}) merged into `, refFor(m.kind, m.survivorRef), ` (${m.survivor})`),
          el('td', { class: 'audit-line', 'data-testid': `merge-audit-${m.id}` }, m.audit ? auditText(m.audit) : `${m.at} · ${m.by}`),
          el('td', { 'data-testid': `merge-state-${m.id}` }, m.undoneAt ? `undone by ${m.undoneBy ?? '?'} ${m.undoneAt.replace('T', ' ').slice(0, 19)}` : 'in effect'),
          el('td', {}, m.undoneAt ? null : button('Undo', { 'data-action': 'undo-merge', 'data-merge': String(m.id) }, () => void runChange(`Merge ${m.id} undone: ${m.mergedRef.name} is separate again.`, () => undoMerge(m.id)))),
        ),
      ),
    ),
  );
}

/** A form merging one of `choices` into another (or into `survivor` when given). */
export function mergeForm(kind: 'entity' | 'incident', choices: ReadonlyArray<{ id: number; name: string }>, survivor?: { id: number; name: string }): HTMLFormElement {
  const noun = kind === 'entity' ? 'group' : 'incident';
  const options = (placeholder: string) => [el('option', { value: '' }, placeholder), ...choices.filter((c) => c.id !== survivor?.id).map((c) => el('option', { value: String(c.id) }, `${c.name} (${c.id})`))];
  const keep = el('select', { name: 'survivor', 'aria-label': 'Keep' }, ...options(`keep this ${noun}…`));
  const gone = el('select', { name: 'merged', 'aria-label': 'Merge into it' }, ...options(survivor === undefined ? `…and merge this ${noun} into it` : `choose the duplicate ${noun}…`));
  const form = el('form', { class: 'merge-form', 'data-testid': `merge-form-${kind}` });
  if (survivor === undefined) form.append(keep, ' ← ', gone);
  else form.append(`Merge `, gone, ` into ${survivor.name}`);
  form.append(' ', el('button', { type: 'submit' }, 'Merge'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const survivorId = survivor?.id ?? Number(keep.value);
    const mergedId = Number(gone.value);
    if (!survivorId || !mergedId) return;
    const name = (id: number): string => choices.find((c) => c.id === id)?.name ?? survivor?.name ?? `${noun} ${id}`;
    void runChange(`Merged ${name(mergedId)} into ${name(survivorId)}; undo it from the merge list.`, () => merge(kind, survivorId, mergedId));
  });
  return form;
}

/** Audit lines; link and unlink lines that are the latest for their report get an undo button. */
export function auditTable(entries: readonly AuditEntry[]): HTMLElement {
  if (entries.length === 0) return el('p', { class: 'empty', 'data-testid': 'audit-log' }, 'Nothing changed yet.');
  const seen = new Set<string>();
  return el(
    'ul',
    { class: 'audit', 'data-testid': 'audit-log' },
    ...entries.map((entry) => {
      const item = el('li', { 'data-audit-id': String(entry.id) }, el('span', { class: 'audit-line' }, auditText(entry)));
      const isLink = entry.action === 'incident.link_report' || entry.action === 'incident.unlink_report';
      const documentId = (entry.after as { documentId?: number } | null)?.documentId;
      const incidentId = Number(entry.target.replace(/^incident:/, ''));
      if (isLink && typeof documentId === 'number' && Number.isInteger(incidentId)) {
        const key = `${entry.target}/${documentId}`;
        if (!seen.has(key)) {
          seen.add(key);
          const undo =
            entry.action === 'incident.unlink_report'
              ? () => void runChange(`Report ${documentId} linked to incident ${incidentId} again.`, () => linkReport(incidentId, documentId))
              : () => void runChange(`Report ${documentId} unlinked from incident ${incidentId}.`, () => unlinkReport(incidentId, documentId));
          item.append(' ', button('Undo', { 'data-action': 'undo-audit', 'data-audit': String(entry.id) }, undo));
        }
      }
      return item;
    }),
  );
}
