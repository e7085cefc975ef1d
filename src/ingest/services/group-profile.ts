import { groupView, reconcileFigures, type GroupView } from '../../resolve/index.js';
import type { Store, StoredEntity, StoredIncident } from '../../store/index.js';

/** One incident in a group's profile. */
export interface GroupIncident {
  id: number;
  type: StoredIncident['type'];
  date: string | null;
  place: string | null;
  killed: number | null;
  wounded: number | null;
  roles: string[];
}

/** A group's profile: its derived view, incidents and deaths. */
export interface GroupProfile {
  entity: StoredEntity;
  view: GroupView;
  incidents: GroupIncident[];
  deaths: number;
  sameAs: Array<{ id: number; entityId: number; name: string; score: number; status: string; reason: string | null }>;
}

const manyClaims = 100_000;

/** Builds the profile of one entity from its claims, aliases and incidents. */
export async function groupProfile(store: Store, entity: StoredEntity): Promise<GroupProfile> {
  const claims = [
    ...(await store.claims.forSubject({ entity: entity.id }, { limit: manyClaims })),
    ...(await store.claims.forObject({ entity: entity.id }, { limit: manyClaims })),
  ];
  const names = new Map<number, string>();
  const ids = new Set<number>();
  for (const claim of claims) {
    if ('entity' in claim.subject) ids.add(claim.subject.entity);
    if ('entity' in claim.object) ids.add(claim.object.entity);
    for (const id of claim.accordingTo) ids.add(id);
  }
  for (const [id, named] of await store.entities.resolveMany(ids)) names.set(id, named.canonicalName);
  const aliases = await store.entities.aliasesOf(entity.id);
  const view = groupView({ groupId: entity.id, claims, aliases, nameOf: (id) => names.get(id) ?? `entity ${id}` });

  const incidents: GroupIncident[] = [];
  let deaths = 0;
  const stored = await store.incidents.list({ group: entity.id, limit: manyClaims });
  const perpetrators = await store.incidents.perpetratorsOf(stored.map((incident) => incident.id));
  for (const incident of stored) {
    const roles = [...new Set((perpetrators.get(incident.id) ?? []).filter((p) => p.entityId === entity.id).map((p) => p.role))];
    incidents.push({
      id: incident.id,
      type: incident.type,
      date: incident.date.value ?? incident.date.latest ?? incident.date.earliest,
      place: incident.location?.name ?? null,
      killed: incident.best.killed,
      wounded: incident.best.wounded,
      roles,
    });
    // Deaths count incidents the group carried out or claimed, not ones where it is only suspected or denies.
    if (roles.some((role) => role === 'claimed' || role === 'attributed')) deaths += incident.best.killed ?? 0;
  }
  const proposals = await store.sameAs.list({ entityId: entity.id });
  const others = await store.entities.getMany(proposals.map((proposal) => (proposal.entityA === entity.id ? proposal.entityB : proposal.entityA)));
  const sameAs = proposals.map((proposal) => {
    const other = proposal.entityA === entity.id ? proposal.entityB : proposal.entityA;
    return { id: proposal.id, entityId: other, name: others.get(other)?.canonicalName ?? `entity ${other}`, score: proposal.score, status: proposal.status, reason: proposal.reason };
  });
  return { entity, view, incidents, deaths, sameAs };
}

/** One line of `sitrep groups`. */
export interface GroupSummary {
  id: number;
  name: string;
  knownId: string | null;
  country: string | null;
  incidents: number;
  killed: number;
  claims: number;
}

/** Every armed group stored, with its incident and death counts, deadliest first. */
export async function listGroups(store: Store): Promise<GroupSummary[]> {
  // Three queries whatever the number of groups: the groups, their incident totals, their claim counts.
  const groups = await store.entities.list({ kind: 'armed_group', limit: manyClaims });
  const totals = await store.incidents.perpetratorTotals();
  const claims = await store.claims.countBySubjectEntity();
  const summaries: GroupSummary[] = groups.map((group) => ({
    id: group.id,
    name: group.canonicalName,
    knownId: group.knownId,
    country: group.country,
    incidents: totals.get(group.id)?.incidents ?? 0,
    killed: totals.get(group.id)?.killed ?? 0,
    claims: Math.min(claims.get(group.id) ?? 0, manyClaims),
  }));
  return summaries.sort((a, b) => b.killed - a.killed || b.incidents - a.incidents || a.id - b.id);
}

/** An incident with every report, figure and perpetrator, and the reconciled counts. */
export async function incidentDetail(store: Store, id: number) {
  const incident = await store.incidents.get(id);
  const reports = [];
  const stored = await store.incidents.reports(id, { includeUnlinked: true });
  const documents = await store.documents.getMany(stored.map((report) => report.documentId));
  for (const report of stored) {
    const document = documents.get(report.documentId) ?? (await store.documents.get(report.documentId));
    reports.push({
      documentId: document.id,
      title: document.title,
      url: document.url,
      published: document.published,
      sourceId: document.sourceId,
      linkedBy: report.linkedBy,
      score: report.score,
      unlinkedAt: report.unlinkedAt,
      type: report.local.type,
      date: report.local.date,
      place: report.local.location?.name ?? null,
      killed: report.local.killed,
      wounded: report.local.wounded,
      captured: report.local.captured,
      perpetratorsKilled: report.local.perpetrators_killed,
      evidence: report.local.evidence.map((e) => e.text),
    });
  }
  const linked = reports.filter((r) => r.unlinkedAt === null);
  const reconciled = reconcileFigures(
    linked.map((r) => ({ documentId: r.documentId, reportedOn: r.published, killed: r.killed, wounded: r.wounded, captured: r.captured, perpetrators_killed: r.perpetratorsKilled })),
  );
  const figures = await store.figures.forIncident(id);
  const records = await store.incidents.perpetrators(id);
  const named = await store.entities.resolveMany(records.map((p) => p.entityId));
  const perpetrators = [];
  for (const p of records) {
    perpetrators.push({ entityId: p.entityId, name: (named.get(p.entityId) ?? (await store.entities.resolve(p.entityId))).canonicalName, role: p.role, documentId: p.documentId });
  }
  return { incident, reports, figures, reconciled, perpetrators };
}

/** What `sitrep incident ID` shows. */
export type IncidentDetail = Awaited<ReturnType<typeof incidentDetail>>;
