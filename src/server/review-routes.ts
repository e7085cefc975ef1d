// The review history and incident-link routes, spread into the route table in
// api-routes.ts (kept here so that table stays one list of one-line handlers).
import type { RouteInput, RouteSpec } from './api-routes.js';
import { incidentLinkSchemas, linkIncidentReport, unlinkIncidentReport, type IncidentLinkRequest } from './incident-links.js';
import { listAudit, listMerges, reviewLogSchemas } from './review-log.js';
import { SitrepError } from '../model/index.js';

const int = (input: RouteInput, name: string): number => input.params[name] as number;
const actor = (input: RouteInput): string => input.user?.name ?? 'anonymous';
const limit = (input: RouteInput): number | undefined => {
  const value = input.params['limit'];
  if (typeof value !== 'number') return undefined;
  if (value > 500) throw new SitrepError('INPUT_FIELD', 'limit must be between 1 and 500');
  return value;
};

/** Routes for the review page: what was merged and changed, and linking reports to incidents. */
export const reviewRoutes: readonly RouteSpec[] = [
  {
    method: 'get', path: '/api/merges', operationId: 'listMerges', summary: 'Merges, newest first, undone ones included, each with its audit line.',
    query: {
      kind: { type: 'string', description: 'entity or incident.', enum: ['entity', 'incident'] },
      involving: { type: 'integer', description: 'Only merges with this entity or incident id on either side.' },
      limit: { type: 'integer', description: 'At most this many (1–500, default 100).' },
    },
    response: reviewLogSchemas.merges,
    handle: (input) => {
      const kind = input.params['kind'] as 'entity' | 'incident' | undefined;
      const involving = input.params['involving'] as number | undefined;
      return listMerges(input.store, { ...(kind ? { kind } : {}), ...(involving ? { involving } : {}), ...(limit(input) ? { limit: limit(input) } : {}) });
    },
  },
  {
    method: 'get', path: '/api/audit', operationId: 'listAudit', summary: 'The audit log, newest first: every review, merge, unmerge, link and unlink.',
    query: {
      target: { type: 'string', description: 'Only lines about this target, e.g. entity:12, incident:3, claim:7, merge:2.', maxLength: 100 },
      limit: { type: 'integer', description: 'At most this many (1–500, default 100).' },
    },
    response: reviewLogSchemas.audit,
    handle: (input) => listAudit(input.store, { ...(typeof input.params['target'] === 'string' ? { target: input.params['target'] } : {}), ...(limit(input) ? { limit: limit(input) } : {}) }),
  },
  {
    method: 'post', path: '/api/incidents/{id}/reports', operationId: 'linkIncidentReport', summary: 'Link a report to an incident: again after an unlink, or taken from another incident (audited).',
    pathParams: { id: { type: 'integer', description: 'Incident id.', required: true } },
    body: incidentLinkSchemas.linkRequest, role: 'analyst', status: 201, response: incidentLinkSchemas.linkResult,
    handle: (input) => linkIncidentReport(input.store, int(input, 'id'), input.body as IncidentLinkRequest, actor(input)),
  },
  {
    method: 'post', path: '/api/incidents/{id}/reports/{documentId}/unlink', operationId: 'unlinkIncidentReport', summary: 'Unlink a report from an incident (audited; link it again to undo).',
    pathParams: { id: { type: 'integer', description: 'Incident id.', required: true }, documentId: { type: 'integer', description: 'Document id of the report.', required: true } },
    role: 'analyst', response: incidentLinkSchemas.linkResult,
    handle: (input) => unlinkIncidentReport(input.store, int(input, 'id'), int(input, 'documentId'), actor(input)),
  },
];
