// Query latency at bench size: each query run a few times to warm caches, then
// repeated up to `reps` times (or until its time budget is spent), reporting the
// median and the 95th percentile.
import { findEntity } from '../ingest/services/find-entity.js';
import { groupProfile, incidentDetail, listGroups } from '../ingest/services/group-profile.js';
import type { Store } from '../store/index.js';

/** One query's latency over its repetitions. */
export interface QueryTiming {
  query: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  /** What the last run returned, in a word (rows, incidents, facts), to see the query did real work. */
  size: number;
}

/** Options of timeQueries. */
export interface TimeQueriesOptions {
  reps: number;
  /** Stop repeating one query after this many milliseconds (at least 3 runs are made). */
  budgetMs?: number;
}

interface BenchQuery {
  query: string;
  run: () => Promise<number>;
}

/** Times the profile, listing and search queries a user runs, on a store filled by the bench. */
export async function timeQueries(store: Store, options: TimeQueriesOptions): Promise<QueryTiming[]> {
  const groups = await listGroups(store);
  // The most-mentioned group: most incidents, then most claims about it.
  const top = [...groups].sort((a, b) => b.incidents + b.claims - (a.incidents + a.claims) || a.id - b.id)[0];
  const iskp = await findEntity(store, 'ISKP').catch(() => undefined);
  const busiest = (await store.incidents.list({ limit: 1 }))[0];
  const queries: BenchQuery[] = [
    { query: '`groups` (every armed group with counts)', run: async () => (await listGroups(store)).length },
  ];
  if (top !== undefined) {
    queries.push({ query: `\`group ${top.name}\` (most mentioned)`, run: async () => size(await groupProfile(store, await findEntity(store, String(top.id)))) });
  }
  if (iskp !== undefined) queries.push({ query: '`group ISKP`', run: async () => size(await groupProfile(store, await findEntity(store, 'ISKP'))) });
  queries.push(
    { query: '`incidents --country IQ --since 2005-01-01 --until 2012-12-31`', run: async () => (await store.incidents.list({ country: 'IQ', since: '2005-01-01', until: '2012-12-31', limit: 100 })).length },
    { query: '`incidents --type bombing_explosion`', run: async () => (await store.incidents.list({ type: 'bombing_explosion', limit: 100 })).length },
  );
  if (top !== undefined) queries.push({ query: `\`incidents --group\` (most mentioned)`, run: async () => (await store.incidents.list({ group: top.id, limit: 100 })).length });
  if (busiest !== undefined) queries.push({ query: '`incident ID` (most recent)', run: async () => (await incidentDetail(store, busiest.id)).reports.length });
  queries.push(
    { query: '`search suicide bomber`', run: async () => count(await store.search('suicide bomber')) },
    { query: '`search Baghdad`', run: async () => count(await store.search('Baghdad')) },
  );
  const timings: QueryTiming[] = [];
  for (const query of queries) timings.push(await timeQuery(query, options));
  return timings;
}

async function timeQuery(query: BenchQuery, options: TimeQueriesOptions): Promise<QueryTiming> {
  const budget = options.budgetMs ?? 20_000;
  let result = 0;
  for (let warm = 0; warm < 2; warm++) result = await query.run();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < options.reps && (samples.length < 3 || performance.now() - started < budget)) {
    const start = performance.now();
    result = await query.run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { query: query.query, runs: samples.length, medianMs: percentile(samples, 0.5), p95Ms: percentile(samples, 0.95), size: result };
}

/** The nearest-rank percentile of sorted samples. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
}

function size(profile: Awaited<ReturnType<typeof groupProfile>>): number {
  return profile.incidents.length;
}

function count(result: Awaited<ReturnType<Store['search']>>): number {
  return result.documents.length + result.entities.length;
}
