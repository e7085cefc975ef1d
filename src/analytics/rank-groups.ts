// Deadliest groups: deaths in the incidents each group is named as perpetrator of.
import { terrorismIncidentTypes, type IncidentFact } from './incident-facts.js';

/** One row of the ranking; `entityId` null is the row of unattributed deaths. */
export interface GroupRankRow {
  entityId: number | null;
  name: string;
  /** Incidents the group claimed or was attributed (pooled: any member did). */
  incidents: number;
  /** Best killed in those incidents. */
  deaths: number;
  /** Incidents and deaths where the group is only suspected (not in `deaths`). */
  suspectedIncidents: number;
  suspectedDeaths: number;
  /** Entity ids pooled into this row (itself first). */
  members: number[];
}

/** Options of rankGroups. */
export interface RankGroupsOptions {
  /** Entity id → parent entity id; when given, affiliates count under their top-most parent. */
  parents?: ReadonlyMap<number, number>;
  /** Display names by entity id. */
  names?: ReadonlyMap<number, string>;
}

/** The ranking: group rows by deaths (then incidents, then name), the unattributed row last. */
export interface GroupRanking {
  rows: GroupRankRow[];
  unattributed: GroupRankRow;
  /** Deaths in every counted incident, each incident once. */
  totalDeaths: number;
  totalIncidents: number;
}

/** Follows parent links to the top, stopping on cycles. */
export function rootOf(entityId: number, parents: ReadonlyMap<number, number>): number {
  let current = entityId;
  const seen = new Set<number>([current]);
  for (;;) {
    const parent = parents.get(current);
    if (parent === undefined || seen.has(parent)) return current;
    seen.add(parent);
    current = parent;
  }
}

/**
 * Ranks perpetrators by deaths in the terrorism incidents (GTD attack types) they
 * claimed or were attributed. An incident with two such groups counts in full for
 * each (as GTD lists gname, gname2), so rows can sum past the total; an incident
 * with none counts in the unattributed row, even when a group is suspected of it.
 */
export function rankGroups(facts: readonly IncidentFact[], options: RankGroupsOptions = {}): GroupRanking {
  const rows = new Map<number, GroupRankRow>();
  const row = (entityId: number): GroupRankRow => {
    let found = rows.get(entityId);
    if (found === undefined) {
      found = { entityId, name: options.names?.get(entityId) ?? `entity ${entityId}`, incidents: 0, deaths: 0, suspectedIncidents: 0, suspectedDeaths: 0, members: [entityId] };
      rows.set(entityId, found);
    }
    return found;
  };
  const key = (entityId: number): number => (options.parents === undefined ? entityId : rootOf(entityId, options.parents));
  const unattributed: GroupRankRow = { entityId: null, name: 'unattributed', incidents: 0, deaths: 0, suspectedIncidents: 0, suspectedDeaths: 0, members: [] };
  let totalDeaths = 0;
  let totalIncidents = 0;
  for (const fact of facts) {
    if (!terrorismIncidentTypes.has(fact.type)) continue;
    totalIncidents += 1;
    totalDeaths += fact.killed;
    const responsible = new Set<number>();
    const suspected = new Set<number>();
    for (const perpetrator of fact.perpetrators) {
      const target = key(perpetrator.entityId);
      const member = row(target);
      if (!member.members.includes(perpetrator.entityId)) member.members.push(perpetrator.entityId);
      if (perpetrator.role === 'claimed' || perpetrator.role === 'attributed') responsible.add(target);
      else if (perpetrator.role === 'suspected') suspected.add(target);
    }
    for (const entityId of responsible) {
      const member = row(entityId);
      member.incidents += 1;
      member.deaths += fact.killed;
    }
    for (const entityId of suspected) {
      if (responsible.has(entityId)) continue;
      const member = row(entityId);
      member.suspectedIncidents += 1;
      member.suspectedDeaths += fact.killed;
    }
    if (responsible.size === 0) {
      unattributed.incidents += 1;
      unattributed.deaths += fact.killed;
    }
  }
  const ranked = [...rows.values()]
    .filter((r) => r.incidents > 0 || r.suspectedIncidents > 0)
    .sort((a, b) => b.deaths - a.deaths || b.incidents - a.incidents || b.suspectedDeaths - a.suspectedDeaths || a.name.localeCompare(b.name));
  return { rows: ranked, unattributed, totalDeaths, totalIncidents };
}
