// The graph of groups at a date: relationship claims that hold on that day.
// A claim holds from its validFrom (or, lacking one, the date it was reported)
// until its validTo; before it was reported nobody had said it.
import type { Store } from '../store/index.js';
import type { GraphView } from './api-types.js';
import { relationshipPredicates } from './group-profile.js';
import { ViewBuilder } from './view-builder.js';

/** Groups and the relationship claims valid at `date` (YYYY-MM-DD). */
export async function graphAtDate(store: Store, date: string): Promise<GraphView> {
  const views = new ViewBuilder(store);
  const edges: GraphView['edges'] = [];
  const nodeIds = new Set<number>();
  for (const group of await store.entities.list({ kind: 'armed_group', limit: 500 })) nodeIds.add(group.id);
  for (const predicate of relationshipPredicates) {
    for (const claim of await store.claims.byPredicate(predicate, { limit: 5000 })) {
      if (!('entity' in claim.subject) || !('entity' in claim.object)) continue;
      const from = claim.validFrom ?? claim.asOf;
      if (from !== null && from.slice(0, 10) > date) continue;
      if (claim.validTo !== null && claim.validTo.slice(0, 10) < date) continue;
      const source = (await views.entity(claim.subject.entity))?.mergedInto ?? claim.subject.entity;
      const target = (await views.entity(claim.object.entity))?.mergedInto ?? claim.object.entity;
      nodeIds.add(source).add(target);
      edges.push({ id: claim.id, source, target, predicate, validFrom: claim.validFrom, validTo: claim.validTo, asOf: claim.asOf });
    }
  }
  const nodes = await Promise.all([...nodeIds].sort((a, b) => a - b).map((id) => views.entityRef(id)));
  return { date, nodes, edges };
}
