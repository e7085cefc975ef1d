// A group's profile in the spirit of the Mapping Militants profiles: every
// fact is a claim with its source; nothing here is overwritten or merged.
import { SitrepError, type Predicate } from '../model/index.js';
import type { Store } from '../store/index.js';
import type { AreaView, GroupProfile } from './api-types.js';
import { ViewBuilder } from './view-builder.js';

const factPredicates = new Set<Predicate>(['type', 'ideology', 'leader', 'based_in', 'targets', 'recruits_from', 'modus_operandi', 'ranked', 'suffered_losses_from']);
const foundingPredicates = new Set<Predicate>(['founded_on', 'founded_by_members_of', 'splinter_of']);
/** Relationship predicates between groups (shared with the graph). */
export const relationshipPredicates: readonly Predicate[] = ['affiliated_with', 'allied_with', 'rival_of', 'opposes', 'splinter_of', 'founded_by_members_of', 'merged_into'];

/** Builds the profile of a group (any entity id; merged ids resolve to the survivor). */
export async function buildGroupProfile(store: Store, id: number): Promise<GroupProfile> {
  const entity = await store.entities.resolve(id);
  if (entity.kind !== 'armed_group' && entity.kind !== 'organization') throw new SitrepError('NOT_FOUND', `entity ${id} is a ${entity.kind}, not a group`);
  const views = new ViewBuilder(store);
  const [aliases, outgoing, incoming, incidents] = await Promise.all([
    store.entities.aliasesOf(entity.id),
    store.claims.forSubject({ entity: entity.id }, { limit: 1000, includeRejected: true }),
    store.claims.forObject({ entity: entity.id }, { limit: 1000, includeRejected: true }),
    store.incidents.list({ group: entity.id, limit: 500 }),
  ]);
  const claimViews = await views.claims(outgoing);
  const profile: GroupProfile = {
    id: entity.id,
    name: entity.canonicalName,
    kind: entity.kind,
    aliases: aliases.map((alias) => ({ name: alias.name, source: alias.source, firstSeen: alias.firstSeen })),
    facts: claimViews.filter((claim) => factPredicates.has(claim.predicate)),
    founding: claimViews.filter((claim) => foundingPredicates.has(claim.predicate)),
    relationships: [],
    strength: claimViews.filter((claim) => claim.predicate === 'strength').sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? '')),
    areas: [],
    incidents: [],
    deadliest: [],
    sources: [],
  };
  await views.prefetchEntities(claimViews.flatMap((claim) => ('entity' in claim.object && (claim.predicate === 'controls' || claim.predicate === 'present_in' || claim.predicate === 'based_in') ? [claim.object.entity.id] : [])));
  for (const claim of claimViews) {
    if (relationshipPredicates.includes(claim.predicate)) profile.relationships.push({ ...claim, direction: 'outgoing', other: 'entity' in claim.object ? claim.object.entity : null });
    if ((claim.predicate === 'controls' || claim.predicate === 'present_in' || claim.predicate === 'based_in') && 'entity' in claim.object) {
      const place = await views.entity(claim.object.entity.id);
      const area: AreaView = { entity: claim.object.entity, relation: claim.predicate, level: place?.level ?? null, lat: place?.lat ?? null, lon: place?.lon ?? null, claim };
      profile.areas.push(area);
    }
  }
  const related = incoming.filter((claim) => relationshipPredicates.includes(claim.predicate) && 'entity' in claim.subject);
  const relatedViews = await views.claims(related);
  for (const [index, claim] of related.entries()) {
    const view = relatedViews[index];
    if (view === undefined || !('entity' in claim.subject)) continue;
    profile.relationships.push({ ...view, direction: 'incoming', other: await views.entityRef(claim.subject.entity) });
  }
  profile.incidents = (await views.incidents(incidents)).sort((a, b) => (a.date.value ?? a.date.earliest ?? '').localeCompare(b.date.value ?? b.date.earliest ?? ''));
  profile.deadliest = [...profile.incidents].filter((incident) => (incident.best.killed ?? 0) > 0).sort((a, b) => (b.best.killed ?? 0) - (a.best.killed ?? 0)).slice(0, 10);
  const documentIds = new Set<number>();
  for (const claim of [...outgoing, ...incoming]) if (claim.documentId !== null) documentIds.add(claim.documentId);
  for (const reports of (await store.incidents.reportsOf(incidents.map((incident) => incident.id))).values()) for (const report of reports) documentIds.add(report.documentId);
  await views.prefetchDocuments(documentIds);
  for (const documentId of [...documentIds].sort((a, b) => a - b)) {
    const document = await views.document(documentId);
    if (document !== undefined) profile.sources.push({ id: document.id, title: document.title, published: document.published });
  }
  return profile;
}
