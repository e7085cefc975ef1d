// The rankings, briefs and exports as API answers: thin calls into analytics and
// export; briefs and exports come back as text with their own content type.
import { rankDeadliestGroups, scoreCountries, type RankingQuery } from '../analytics/index.js';
import { buildBrief, briefContentSecurityPolicy, exportRecords, findGroup, renderBrief, type BriefFormat, type BriefKind, type ExportFilter, type ExportFormat } from '../export/index.js';
import { SitrepError } from '../model/index.js';
import type { Store } from '../store/index.js';
import type { DeadliestRankingView, GtiRankingView } from './api-types.js';
import { adminAreaLocator } from './locate-admin-areas.js';

/** The period, place and pooling of an API ranking. */
export interface RankingParams {
  since?: string;
  until?: string;
  country?: string;
  pool?: boolean;
  year?: number;
}

function checkPeriod(since: string | undefined, until: string | undefined): void {
  if (since !== undefined && until !== undefined && since > until) throw new SitrepError('INPUT_DATE', `since (${since}) is after until (${until})`);
}

/** Deadliest groups by attributed deaths, with the unattributed row and the query echoed. */
export async function deadliestRanking(store: Store, params: RankingParams): Promise<DeadliestRankingView> {
  checkPeriod(params.since, params.until);
  const query: RankingQuery = {
    ...(params.since === undefined ? {} : { since: params.since }),
    ...(params.until === undefined ? {} : { until: params.until }),
    ...(params.country === undefined ? {} : { country: params.country.toUpperCase() }),
    poolAffiliates: params.pool === true,
  };
  const ranking = await rankDeadliestGroups(store, query);
  return { query: { since: params.since ?? null, until: params.until ?? null, country: query.country ?? null, pool: params.pool === true }, ...ranking };
}

/** GTI-style scores per country and year: one year (`year`), a period, or every year with data. */
export async function gtiRanking(store: Store, params: RankingParams): Promise<GtiRankingView> {
  if (params.year !== undefined && (params.since !== undefined || params.until !== undefined)) throw new SitrepError('INPUT_FIELD', 'give year, or since/until, not both');
  if (params.year !== undefined && (params.year < 1000 || params.year > 9999)) throw new SitrepError('INPUT_FIELD', 'year must have four digits');
  const since = params.year === undefined ? params.since : `${params.year}-01-01`;
  const until = params.year === undefined ? params.until : `${params.year}-12-31`;
  checkPeriod(since, until);
  const rows = await scoreCountries(store, {
    ...(since === undefined ? {} : { since }),
    ...(until === undefined ? {} : { until }),
    ...(params.country === undefined ? {} : { country: params.country.toUpperCase() }),
  });
  return { query: { since: since ?? null, until: until ?? null, country: params.country?.toUpperCase() ?? null }, rows };
}

const textTypes: Record<BriefFormat, string> = { md: 'text/markdown; charset=utf-8', html: 'text/html; charset=utf-8' };

/** A brief as JSON (the Brief object) or as a Markdown or HTML document. */
export async function briefResponse(store: Store, kind: BriefKind, name: string, format: BriefFormat | 'json'): Promise<Response | object> {
  const brief = await buildBrief(store, kind, name, { locate: adminAreaLocator() });
  if (format === 'json') return brief;
  const headers: Record<string, string> = { 'Content-Type': textTypes[format] };
  // The page's own policy: no scripts at all, and only its stylesheet (by hash).
  if (format === 'html') headers['Content-Security-Policy'] = briefContentSecurityPolicy;
  return new Response(renderBrief(brief, format), { status: 200, headers });
}

const exportTypes: Record<ExportFormat, { type: string; extension: string }> = {
  stix: { type: 'application/stix+json; version=2.1; charset=utf-8', extension: 'stix.json' },
  'csv-gtd': { type: 'text/csv; charset=utf-8', extension: 'gtd.csv' },
  'csv-acled': { type: 'text/csv; charset=utf-8', extension: 'acled.csv' },
  geojson: { type: 'application/geo+json; charset=utf-8', extension: 'geojson' },
  jsonl: { type: 'application/x-ndjson; charset=utf-8', extension: 'jsonl' },
};

/** The content type of each export format (for the OpenAPI document). */
export const exportContentTypes: Record<ExportFormat, string> = Object.fromEntries(Object.entries(exportTypes).map(([format, t]) => [format, t.type])) as Record<ExportFormat, string>;

/** An export as a download: its content type and an attachment file name. */
export async function exportResponse(store: Store, format: ExportFormat, params: { group?: string; country?: string; since?: string; until?: string }): Promise<Response> {
  checkPeriod(params.since, params.until);
  const filter: ExportFilter = {};
  if (params.group !== undefined) filter.group = (await findGroup(store, params.group)).id;
  if (params.country !== undefined) filter.country = params.country.toUpperCase();
  if (params.since !== undefined) filter.since = params.since;
  if (params.until !== undefined) filter.until = params.until;
  const { type, extension } = exportTypes[format];
  const text = await exportRecords(store, format, filter);
  return new Response(text, { status: 200, headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="sitrep-export.${extension}"` } });
}
