// Analysts' verdicts on claims. A correction never overwrites: it stores a new
// claim from the reviewer and marks the old one corrected, both audited.
import type { StoredClaimObject, Store } from '../store/index.js';
import type { ClaimView } from './api-types.js';
import { ViewBuilder } from './view-builder.js';

/** What an analyst asks for: accept, reject, or correct with a new object. */
export type ClaimReviewRequest = { action: 'accept' | 'reject'; note?: string } | { action: 'correct'; object: StoredClaimObject; note?: string };

/** Applies a review; returns the reviewed claim and, for a correction, the new one. */
export async function reviewClaim(store: Store, id: number, request: ClaimReviewRequest, actor: string): Promise<{ claim: ClaimView; correction: ClaimView | null }> {
  const result = await store.transaction(async (tx) => {
    const before = await tx.claims.get(id);
    const status = request.action === 'accept' ? 'accepted' : request.action === 'reject' ? 'rejected' : 'corrected';
    const reviewed = await tx.claims.setReview(id, { status, by: actor });
    let correction = null;
    if (request.action === 'correct') {
      [correction] = await tx.claims.insertMany([
        {
          subject: before.subject,
          predicate: before.predicate,
          object: request.object,
          accordingTo: before.accordingTo,
          asOf: before.asOf,
          validFrom: before.validFrom,
          validTo: before.validTo,
          modality: 'asserted',
          confidence: 1,
          extractor: `review:${actor}`,
          qualifier: request.note ?? null,
          documentId: before.documentId,
          evidence: before.evidence,
        },
      ]);
    }
    await tx.audit.record({
      actor,
      action: `claim.${request.action}`,
      target: `claim:${id}`,
      before: { reviewStatus: before.reviewStatus, object: before.object },
      after: { reviewStatus: reviewed.reviewStatus, correction: correction?.id ?? null, note: request.note ?? null },
    });
    return { reviewed, correction: correction ?? null };
  });
  const views = new ViewBuilder(store);
  return { claim: await views.claim(result.reviewed), correction: result.correction === null ? null : await views.claim(result.correction) };
}
