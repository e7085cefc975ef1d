// The route table: the app registers exactly these routes and the OpenAPI
// document is generated from them, so the two cannot drift apart.
import { SitrepError, vocabulary, type IncidentType } from '../model/index.js';
import type { IncidentFilter, Store, StoredUser, UserRole } from '../store/index.js';
import type { ClaimReviewRequest } from './review-claim.js';
import { buildGroupProfile } from './group-profile.js';
import { buildIncidentDetail } from './incident-detail.js';
import { graphAtDate } from './graph-at-date.js';
import { schemas, type JsonSchema } from './json-schemas.js';
import { mapIncidents } from './map-incidents.js';
import { reviewClaim } from './review-claim.js';
import { reviewRoutes } from './review-routes.js';
import { searchEverything } from './search-everything.js';
import { ViewBuilder } from './view-builder.js';
import { briefFormats, briefKinds, exportFormats, type BriefFormat, type BriefKind, type ExportFormat } from '../export/index.js';
import { briefResponse, deadliestRanking, exportContentTypes, exportResponse, gtiRanking } from './report-services.js';
import { reportSchemas } from './report-schemas.js';

/** A path or query parameter; `date` is YYYY-MM-DD, checked as a real calendar day. */
export interface ParamSpec {
  type: 'integer' | 'string' | 'date';
  description: string;
  required?: boolean;
  enum?: readonly string[];
  maxLength?: number;
}

/** What a handler gets: validated parameters, body and the caller. */
export interface RouteInput {
  store: Store;
  params: Record<string, string | number | undefined>;
  body: unknown;
  user: StoredUser | undefined;
}

/** One API route: its contract and the one service call behind it. */
export interface RouteSpec {
  method: 'get' | 'post';
  /** OpenAPI-style path, e.g. /api/groups/{id}. */
  path: string;
  operationId: string;
  summary: string;
  pathParams?: Record<string, ParamSpec>;
  query?: Record<string, ParamSpec>;
  body?: JsonSchema;
  /** The least role allowed; absent means open to read. */
  role?: UserRole;
  /** Status of success. */
  status?: 200 | 201;
  /** Schema of the JSON answer. */
  response: JsonSchema;
  /** Other content types the route answers with (by a query parameter), each with its schema; the handler then returns a Response. */
  produces?: Record<string, JsonSchema>;
  handle(input: RouteInput): Promise<unknown>;
}

const id: Record<string, ParamSpec> = { id: { type: 'integer', description: 'Store id.', required: true } };
const int = (input: RouteInput, name: string): number => input.params[name] as number;
const str = (input: RouteInput, name: string): string | undefined => input.params[name] as string | undefined;
const actor = (input: RouteInput): string => input.user?.name ?? 'anonymous';

/** Every route of the API, in the order the OpenAPI document lists them. */
export const apiRoutes: readonly RouteSpec[] = [
  {
    method: 'get', path: '/api/search', operationId: 'search', summary: 'Search reports, groups, places and incidents.',
    query: { q: { type: 'string', description: 'Words to find.', required: true, maxLength: 200 } },
    response: schemas.search,
    handle: (input) => searchEverything(input.store, str(input, 'q') ?? ''),
  },
  {
    method: 'get', path: '/api/groups', operationId: 'listGroups', summary: 'Armed groups, by id.',
    response: schemas.groups,
    handle: async (input) => ({ groups: (await input.store.entities.list({ kind: 'armed_group', limit: 1000 })).map((e) => ({ id: e.id, name: e.canonicalName, kind: e.kind })) }),
  },
  {
    method: 'get', path: '/api/groups/{id}', operationId: 'getGroup', summary: 'A group profile: names, facts, relations, strength, areas, incidents and sources.',
    pathParams: id, response: schemas.groupProfile,
    handle: (input) => buildGroupProfile(input.store, int(input, 'id')),
  },
  {
    method: 'get', path: '/api/incidents', operationId: 'listIncidents', summary: 'Incidents, most recent first, filtered.',
    query: incidentQuery(),
    response: schemas.incidents,
    handle: async (input) => ({ incidents: await new ViewBuilder(input.store).incidents(await input.store.incidents.list(incidentFilter(input))) }),
  },
  {
    method: 'get', path: '/api/incidents/{id}', operationId: 'getIncident', summary: 'An incident: every field with evidence, every report with its text and figures.',
    pathParams: id, response: schemas.incidentDetail,
    handle: (input) => buildIncidentDetail(input.store, int(input, 'id')),
  },
  {
    method: 'get', path: '/api/documents/{id}', operationId: 'getDocument', summary: 'A report, its text and what was read from it.',
    pathParams: id, response: schemas.document,
    handle: async (input) => {
      const document = await input.store.documents.get(int(input, 'id'));
      const claims = await new ViewBuilder(input.store).claims(await input.store.claims.forDocument(document.id));
      const incidents = (await input.store.incidents.reportsOfDocument(document.id)).map((report) => report.incidentId);
      return { id: document.id, title: document.title, url: document.url, published: document.published, text: document.text, claims, incidents };
    },
  },
  {
    method: 'get', path: '/api/graph', operationId: 'getGraph', summary: 'Groups and the relationship claims valid at a date.',
    query: { date: { type: 'date', description: 'YYYY-MM-DD (default: today).' } },
    response: schemas.graph,
    handle: (input) => graphAtDate(input.store, str(input, 'date') ?? new Date().toISOString().slice(0, 10)),
  },
  {
    method: 'get', path: '/api/map', operationId: 'getMap', summary: 'Incident features; cities and facilities are points, provinces and countries areas.',
    query: incidentQuery(),
    response: schemas.map,
    handle: (input) => mapIncidents(input.store, incidentFilter(input)),
  },
  {
    method: 'get', path: '/api/rankings/deadliest', operationId: 'rankDeadliestGroups', summary: 'Groups by deaths in the terrorism incidents they claimed or were attributed; unattributed deaths in a row of their own.',
    query: {
      since: { type: 'date', description: 'First day counted, YYYY-MM-DD.' },
      until: { type: 'date', description: 'Last day counted, YYYY-MM-DD.' },
      country: { type: 'string', description: 'ISO 3166-1 alpha-2 country code.', maxLength: 2 },
      pool: { type: 'string', description: 'true: count affiliates under their parent group (affiliated_with claims).', enum: ['true', 'false'] },
    },
    response: reportSchemas.deadliest,
    handle: (input) => deadliestRanking(input.store, { ...period(input), ...country(input), pool: str(input, 'pool') === 'true' }),
  },
  {
    method: 'get', path: '/api/rankings/gti', operationId: 'scoreCountries', summary: 'GTI-style score per country and year (of what was ingested, not of the world).',
    query: {
      country: { type: 'string', description: 'ISO 3166-1 alpha-2 country code (banded against every country, then filtered).', maxLength: 2 },
      year: { type: 'integer', description: 'One year (YYYY); else since/until, else every year with data.' },
      since: { type: 'date', description: 'First day of the years scored, YYYY-MM-DD.' },
      until: { type: 'date', description: 'Last day of the years scored, YYYY-MM-DD.' },
    },
    response: reportSchemas.gti,
    handle: (input) => gtiRanking(input.store, { ...period(input), ...country(input), ...(typeof input.params['year'] === 'number' ? { year: input.params['year'] } : {}) }),
  },
  {
    method: 'get', path: '/api/reports/{kind}/{name}', operationId: 'getReport', summary: 'A brief on a group or a country: facts with numbered sources, charts, map (html is self-contained and script-free).',
    pathParams: {
      kind: { type: 'string', description: 'group or country.', required: true, enum: briefKinds },
      name: { type: 'string', description: 'Group: id, known id or name. Country: ISO code or English name.', required: true, maxLength: 200 },
    },
    query: { format: { type: 'string', description: 'html (default), md, or json (the brief as data).', enum: [...briefFormats, 'json'] } },
    response: reportSchemas.brief,
    produces: { 'text/html': { type: 'string' }, 'text/markdown': { type: 'string' } },
    handle: (input) => briefResponse(input.store, str(input, 'kind') as BriefKind, str(input, 'name') ?? '', (str(input, 'format') ?? 'html') as BriefFormat | 'json'),
  },
  {
    method: 'get', path: '/api/export', operationId: 'exportRecords', summary: 'The record as STIX 2.1, GTD-like or ACLED-like CSV, GeoJSON or JSONL, as an attachment.',
    query: {
      format: { type: 'string', description: 'stix, csv-gtd, csv-acled, geojson or jsonl.', required: true, enum: exportFormats },
      group: { type: 'string', description: 'Only this group (id, known id or name): its incidents and claims.', maxLength: 200 },
      country: { type: 'string', description: 'ISO 3166-1 alpha-2 country code.', maxLength: 2 },
      since: { type: 'date', description: 'Only incidents on or after YYYY-MM-DD.' },
      until: { type: 'date', description: 'Only incidents on or before YYYY-MM-DD.' },
    },
    response: { type: 'string' },
    produces: Object.fromEntries([...new Set(Object.values(exportContentTypes).map((t) => t.split(';')[0] as string))].map((t) => [t, { type: 'string' }])),
    handle: (input) => {
      const group = str(input, 'group');
      return exportResponse(input.store, str(input, 'format') as ExportFormat, { ...period(input), ...country(input), ...(group === undefined ? {} : { group }) });
    },
  },
  {
    method: 'get', path: '/api/me', operationId: 'getMe', summary: 'Who the bearer token belongs to.',
    role: 'viewer', response: schemas.me,
    handle: async (input) => ({ name: input.user?.name, role: input.user?.role }),
  },
  {
    method: 'post', path: '/api/claims/{id}/review', operationId: 'reviewClaim', summary: 'Accept, reject or correct a claim (audited).',
    pathParams: id, body: schemas.reviewRequest, role: 'analyst', response: schemas.reviewResponse,
    handle: (input) => reviewClaim(input.store, int(input, 'id'), input.body as ClaimReviewRequest, actor(input)),
  },
  {
    method: 'post', path: '/api/merges', operationId: 'merge', summary: 'Merge one entity or incident into another (audited, reversible).',
    body: schemas.mergeRequest, role: 'analyst', status: 201, response: schemas.merge,
    handle: (input) => {
      const body = input.body as { kind: 'entity' | 'incident'; survivor: number; merged: number };
      return body.kind === 'entity' ? input.store.merges.mergeEntities(body.survivor, body.merged, actor(input)) : input.store.merges.mergeIncidents(body.survivor, body.merged, actor(input));
    },
  },
  {
    method: 'post', path: '/api/merges/{id}/undo', operationId: 'undoMerge', summary: 'Undo a merge.',
    pathParams: id, role: 'analyst', response: schemas.merge,
    handle: (input) => input.store.merges.unmerge(int(input, 'id'), actor(input)),
  },
  ...reviewRoutes,
];

function period(input: RouteInput): { since?: string; until?: string } {
  const since = str(input, 'since');
  const until = str(input, 'until');
  return { ...(since === undefined ? {} : { since }), ...(until === undefined ? {} : { until }) };
}

function country(input: RouteInput): { country?: string } {
  const code = str(input, 'country');
  return code === undefined ? {} : { country: code.toUpperCase() };
}

function incidentQuery(): Record<string, ParamSpec> {
  return {
    group: { type: 'integer', description: 'Perpetrator group id.' },
    type: { type: 'string', description: 'Incident type.', enum: vocabulary.incidentTypes },
    country: { type: 'string', description: 'ISO 3166-1 alpha-2 country code.', maxLength: 2 },
    since: { type: 'date', description: 'On or after YYYY-MM-DD.' },
    until: { type: 'date', description: 'On or before YYYY-MM-DD.' },
    limit: { type: 'integer', description: 'At most this many (1–2000).' },
  };
}

function incidentFilter(input: RouteInput): IncidentFilter {
  const filter: IncidentFilter = {};
  const group = input.params['group'];
  if (typeof group === 'number') filter.group = group;
  const type = str(input, 'type');
  if (type !== undefined) filter.type = type as IncidentType;
  const country = str(input, 'country');
  if (country !== undefined) filter.country = country.toUpperCase();
  const since = str(input, 'since');
  const until = str(input, 'until');
  if (since !== undefined) filter.since = since;
  if (until !== undefined) filter.until = until;
  if (since !== undefined && until !== undefined && since > until) throw new SitrepError('INPUT_DATE', `since (${since}) is after until (${until})`);
  const limit = input.params['limit'];
  if (typeof limit === 'number') {
    if (limit < 1 || limit > 2000) throw new SitrepError('INPUT_FIELD', 'limit must be between 1 and 2000');
    filter.limit = limit;
  }
  return filter;
}
