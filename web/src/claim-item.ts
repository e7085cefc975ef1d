// One claim as a list item: what it says, who said it, when, its evidence,
// its review status and the analyst's actions.
import type { ClaimObjectView, ClaimView } from '../../src/server/api-types.js';
import { ApiError, reviewClaim } from './api.js';
import { el, link } from './dom.js';

/** The object of a claim as words (and a link when it is an entity or incident). */
export function describeObject(object: ClaimObjectView): Node {
  if ('entity' in object) return object.entity.kind === 'armed_group' ? link(`/group/${object.entity.id}`, object.entity.name) : document.createTextNode(object.entity.name);
  if ('incident' in object) return link(`/incident/${object.incident.id}`, `${object.incident.type.replace(/_/g, ' ')} ${object.incident.date ?? ''}`.trim());
  if ('quantity' in object) {
    const { min, max, unit } = object.quantity;
    const range = min !== undefined && max !== undefined && min !== max ? `${min}–${max}` : String(min ?? max ?? '?');
    return document.createTextNode(`${range}${unit ? ` ${unit}` : ''}`);
  }
  if ('text' in object) return document.createTextNode(object.text);
  return document.createTextNode(`${object.date} (${object.precision})`);
}

/** A claim with its source line, evidence and review actions. */
export function claimItem(claim: ClaimView, label?: Node | string): HTMLLIElement {
  const status = el('span', { class: `status status-${claim.reviewStatus}`, 'data-testid': `claim-status-${claim.id}` }, claim.reviewStatus);
  const said = [
    claim.accordingTo.length > 0 ? `according to ${claim.accordingTo.map((a) => a.name).join(', ')}` : null,
    claim.asOf ? `as of ${claim.asOf}` : null,
    claim.validFrom || claim.validTo ? `valid ${claim.validFrom ?? '…'} – ${claim.validTo ?? '…'}` : null,
    claim.modality !== 'asserted' ? claim.modality : null,
  ].filter((part): part is string => part !== null);
  const source = claim.document ? link(`/document/${claim.document.id}`, claim.document.title ?? `report ${claim.document.id}`) : null;
  const actions = el('span', { class: 'actions' });
  const message = el('span', { class: 'review-message' });
  const act = async (body: Parameters<typeof reviewClaim>[1]): Promise<void> => {
    try {
      const result = await reviewClaim(claim.id, body);
      status.textContent = result.claim.reviewStatus;
      status.className = `status status-${result.claim.reviewStatus}`;
      message.textContent = result.correction ? 'corrected (reload to see the new claim)' : '';
    } catch (error) {
      message.textContent = error instanceof ApiError ? `${error.code}: ${error.message}` : String(error);
    }
  };
  const button = (text: string, onClick: () => void): HTMLButtonElement => {
    const b = el('button', { type: 'button', class: 'small', 'data-action': text.toLowerCase(), 'data-claim': String(claim.id) }, text);
    b.addEventListener('click', onClick);
    return b;
  };
  actions.append(
    button('Accept', () => void act({ action: 'accept' })),
    button('Reject', () => void act({ action: 'reject' })),
    button('Correct', () => {
      const text = prompt('Corrected value (text):');
      if (text) void act({ action: 'correct', object: { text } });
    }),
  );
  const item = el(
    'li',
    { class: `claim claim-${claim.reviewStatus}`, 'data-claim-id': String(claim.id) },
    el('div', {}, label ?? el('strong', {}, claim.predicate.replace(/_/g, ' ')), ' ', describeObject(claim.object), ' ', status),
    el('div', { class: 'meta' }, said.join(' · '), said.length > 0 && source ? ' · ' : '', source),
  );
  for (const evidence of claim.evidence.slice(0, 2)) item.appendChild(el('blockquote', {}, evidence.text));
  item.append(el('div', {}, actions, message));
  return item;
}
