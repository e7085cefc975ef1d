// Parents of affiliates, for pooling. The store has no parent field, so a parent is
// read from `affiliated_with` claims: subject the affiliate, object the parent.
import type { Store, StoredClaim } from '../store/index.js';

/**
 * Picks one parent per affiliate from affiliated_with claims (denied ones left out):
 * the object named by the most claims, the lower id on a tie. Pure.
 */
export function chooseParents(claims: readonly Pick<StoredClaim, 'subject' | 'object' | 'modality'>[]): Map<number, number> {
  const votes = new Map<number, Map<number, number>>();
  for (const claim of claims) {
    if (claim.modality === 'denied' || !('entity' in claim.subject) || !('entity' in claim.object)) continue;
    const child = claim.subject.entity;
    const parent = claim.object.entity;
    if (child === parent) continue;
    const counts = votes.get(child) ?? new Map<number, number>();
    counts.set(parent, (counts.get(parent) ?? 0) + 1);
    votes.set(child, counts);
  }
  const parents = new Map<number, number>();
  for (const [child, counts] of votes) {
    const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    if (best !== undefined) parents.set(child, best[0]);
  }
  return parents;
}

/** The parent of each affiliate armed group, from the store's affiliated_with claims (merged ids followed). */
export async function loadAffiliateParents(store: Store): Promise<Map<number, number>> {
  const claims = await store.claims.byPredicate('affiliated_with', { limit: 1_000_000 });
  const resolved: Pick<StoredClaim, 'subject' | 'object' | 'modality'>[] = [];
  for (const claim of claims) {
    if (!('entity' in claim.subject) || !('entity' in claim.object)) continue;
    const child = await store.entities.resolve(claim.subject.entity);
    const parent = await store.entities.resolve(claim.object.entity);
    if (parent.kind !== 'armed_group') continue;
    resolved.push({ subject: { entity: child.id }, object: { entity: parent.id }, modality: claim.modality });
  }
  return chooseParents(resolved);
}
