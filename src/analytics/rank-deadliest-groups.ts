// Store-facing entry points of the rankings: load, then call the pure functions.
import type { Store } from '../store/index.js';
import { loadAffiliateParents } from './affiliate-parents.js';
import { computeGtiScores, gtiYearWeights, type GtiScoreRow } from './gti-score.js';
import { loadIncidentFacts } from './load-incident-facts.js';
import { rankGroups, type GroupRanking } from './rank-groups.js';

/** The period, place and pooling of a ranking. */
export interface RankingQuery {
  /** ISO date, inclusive. */
  since?: string;
  /** ISO date, inclusive. */
  until?: string;
  /** Country code as stored on incidents (e.g. AF). */
  country?: string;
  poolAffiliates?: boolean;
}

/** Deadliest groups over the query's period and country, from the store. */
export async function rankDeadliestGroups(store: Store, query: RankingQuery = {}): Promise<GroupRanking> {
  const facts = await loadIncidentFacts(store, filterOf(query));
  const parents = query.poolAffiliates === true ? await loadAffiliateParents(store) : undefined;
  const ids = new Set<number>();
  for (const fact of facts) for (const p of fact.perpetrators) ids.add(p.entityId);
  if (parents !== undefined) for (const parent of parents.values()) ids.add(parent);
  const names = new Map<number, string>();
  for (const id of ids) names.set(id, (await store.entities.get(id)).canonicalName);
  return rankGroups(facts, { names, ...(parents === undefined ? {} : { parents }) });
}

/** GTI-style scores for the years of the query's period (every year with data when open); earlier years feed the five-year weights. */
export async function scoreCountries(store: Store, query: Omit<RankingQuery, 'poolAffiliates'> = {}): Promise<GtiScoreRow[]> {
  const firstYear = query.since === undefined ? undefined : Number(query.since.slice(0, 4));
  const lastYear = query.until === undefined ? undefined : Number(query.until.slice(0, 4));
  // The four years before the first one weigh in, so load from there.
  const since = firstYear === undefined ? undefined : `${firstYear - (gtiYearWeights.length - 1)}-01-01`;
  const facts = await loadIncidentFacts(store, { ...(since === undefined ? {} : { since }), ...(query.until === undefined ? {} : { until: query.until }) });
  const seen = facts.map((f) => f.year).filter((y): y is number => y !== null);
  const from = firstYear ?? Math.min(...seen);
  const to = lastYear ?? Math.max(...seen);
  const years: number[] = [];
  for (let y = from; Number.isFinite(y) && y <= to; y++) years.push(y);
  const rows = computeGtiScores(facts, { years });
  return query.country === undefined ? rows : rows.filter((r) => r.country === query.country);
}

function filterOf(query: RankingQuery): { since?: string; until?: string; country?: string } {
  return {
    ...(query.since === undefined ? {} : { since: query.since }),
    ...(query.until === undefined ? {} : { until: query.until }),
    ...(query.country === undefined ? {} : { country: query.country }),
  };
}
