// Analysts' corrections of which reports describe which incident: a report is
// unlinked (its row kept with the time) or linked again, each change audited so
// the review page can show it and undo it with the opposite action. The
// incident's fields and best figures are then derived again from the reports
// linked to it, as ingest derives them, so an undo gives back the same record.
import { recomputeIncident } from '../ingest/services/store-analysis.js';
import { SitrepError } from '../model/index.js';
import type { AuditEntry, IncidentReport, Store, StoredIncident } from '../store/index.js';
import type { JsonSchema } from './json-schemas.js';

/** A link or unlink as the API returns it: the report row and its audit line. */
export interface IncidentLinkResult {
  incidentId: number;
  documentId: number;
  linked: boolean;
  audit: AuditEntry;
}

/** The body of a link request: which report, and (optionally) the incident it is taken from. */
export interface IncidentLinkRequest {
  documentId: number;
  /** The incident whose report of this document supplies what the document said; default: this incident's own (unlinked) report. */
  fromIncident?: number;
}

const auditSchema: JsonSchema = {
  type: 'object',
  required: ['id', 'at', 'actor', 'action', 'target'],
  properties: { id: { type: 'integer' }, at: { type: 'string' }, actor: { type: 'string' }, action: { type: 'string' }, target: { type: 'string' }, before: {}, after: {} },
};

/** Schemas of the link routes (request and response). */
export const incidentLinkSchemas = {
  audit: auditSchema,
  linkRequest: { type: 'object', required: ['documentId'], additionalProperties: false, properties: { documentId: { type: 'integer', minimum: 1 }, fromIncident: { type: 'integer', minimum: 1 } } } satisfies JsonSchema,
  linkResult: { type: 'object', required: ['incidentId', 'documentId', 'linked', 'audit'], properties: { incidentId: { type: 'integer' }, documentId: { type: 'integer' }, linked: { type: 'boolean' }, audit: auditSchema } } satisfies JsonSchema,
};

/** Unlinks a document's report from an incident (audited); NOT_FOUND when it is not linked. */
export async function unlinkIncidentReport(store: Store, incidentId: number, documentId: number, actor: string): Promise<IncidentLinkResult> {
  return store.transaction(async (tx) => {
    const before = await activeIncident(tx, incidentId);
    const report = await tx.incidents.unlinkReport(incidentId, documentId);
    await recomputeIncident(tx, incidentId);
    const after = await tx.incidents.get(incidentId);
    const audit = await tx.audit.record({
      actor,
      action: 'incident.unlink_report',
      target: `incident:${incidentId}`,
      before: { documentId, linked: true, report: report.id, best: before.best },
      after: { documentId, linked: false, unlinkedAt: report.unlinkedAt, best: after.best },
    });
    return { incidentId, documentId, linked: false, audit };
  });
}

/** Links a document's report to an incident (audited): again after an unlink, or moved from another incident. */
export async function linkIncidentReport(store: Store, incidentId: number, request: IncidentLinkRequest, actor: string): Promise<IncidentLinkResult> {
  return store.transaction(async (tx) => {
    const before = await activeIncident(tx, incidentId);
    const source = request.fromIncident ?? incidentId;
    const rows = await tx.incidents.reports(source, { includeUnlinked: true });
    // The latest row of that document on the source incident says what the document reported.
    const from = [...rows].reverse().find((row: IncidentReport) => row.documentId === request.documentId);
    if (from === undefined) throw new SitrepError('NOT_FOUND', `incident ${source} has no report of document ${request.documentId} to link`);
    const report = await tx.incidents.linkReport(incidentId, { documentId: request.documentId, local: from.local, linkedBy: 'manual', score: null });
    await recomputeIncident(tx, incidentId);
    const after = await tx.incidents.get(incidentId);
    const audit = await tx.audit.record({
      actor,
      action: 'incident.link_report',
      target: `incident:${incidentId}`,
      before: { documentId: request.documentId, linked: false, fromIncident: source, best: before.best },
      after: { documentId: request.documentId, linked: true, report: report.id, best: after.best },
    });
    return { incidentId, documentId: request.documentId, linked: true, audit };
  });
}

async function activeIncident(store: Store, id: number): Promise<StoredIncident> {
  const incident = await store.incidents.get(id);
  if (incident.status !== 'active') throw new SitrepError('CONFLICT', `incident ${id} is merged into ${incident.mergedInto ?? '?'}; change the survivor instead`);
  return incident;
}
