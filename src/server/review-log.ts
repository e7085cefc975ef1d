// What analysts changed: merges (with the audit line that recorded each and
// whether it was undone) and the audit log, for the review page's history and
// its undo buttons.
import type { AuditEntry, StoredMerge, Store } from '../store/index.js';
import type { EntityRef } from './api-types.js';
import { incidentLinkSchemas } from './incident-links.js';
import type { JsonSchema } from './json-schemas.js';
import { ViewBuilder } from './view-builder.js';

/** A merge with both sides named and the audit line that recorded it. */
export interface MergeView extends StoredMerge {
  survivorRef: EntityRef;
  mergedRef: EntityRef;
  audit: AuditEntry | null;
}

const ref: JsonSchema = { type: 'object', required: ['id', 'name', 'kind'], properties: { id: { type: 'integer' }, name: { type: 'string' }, kind: { type: 'string' } } };
const mergeView: JsonSchema = {
  type: 'object',
  required: ['id', 'kind', 'survivor', 'merged', 'at', 'by', 'undoneAt', 'survivorRef', 'mergedRef', 'audit'],
  properties: {
    id: { type: 'integer' }, kind: { enum: ['entity', 'incident'] }, survivor: { type: 'integer' }, merged: { type: 'integer' }, at: { type: 'string' }, by: { type: 'string' },
    undoneAt: { type: ['string', 'null'] }, undoneBy: { type: ['string', 'null'] }, survivorRef: ref, mergedRef: ref, audit: { oneOf: [incidentLinkSchemas.audit, { type: 'null' }] },
  },
};

/** Response schemas of the history routes. */
export const reviewLogSchemas = {
  merges: { type: 'object', required: ['merges'], properties: { merges: { type: 'array', items: mergeView } } } satisfies JsonSchema,
  audit: { type: 'object', required: ['entries'], properties: { entries: { type: 'array', items: incidentLinkSchemas.audit } } } satisfies JsonSchema,
};

/** Merges, newest first, undone ones included, optionally involving one id. */
export async function listMerges(store: Store, filter: { kind?: StoredMerge['kind']; involving?: number; limit?: number }): Promise<{ merges: MergeView[] }> {
  const merges = await store.merges.list({ ...filter, includeUndone: true, limit: filter.limit ?? 100 });
  const views = new ViewBuilder(store);
  const name = async (kind: StoredMerge['kind'], id: number): Promise<EntityRef> => {
    if (kind === 'entity') return views.entityRef(id);
    const incident = await store.incidents.get(id).catch(() => undefined);
    if (incident === undefined) return { id, name: `incident ${id}`, kind: 'incident' };
    const when = incident.date.value ?? incident.date.earliest ?? incident.date.latest ?? 'undated';
    return { id, name: `${incident.type.replace(/_/g, ' ')} ${when}${incident.location ? ` — ${incident.location.name}` : ''}`, kind: 'incident' };
  };
  return {
    merges: await Promise.all(
      merges.map(async (merge) => {
        const entries = await store.audit.list({ target: `${merge.kind}:${merge.merged}`, limit: 100 });
        const audit = entries.find((entry) => entry.action === `merge.${merge.kind}` && (entry.after as { merge?: number } | null)?.merge === merge.id) ?? null;
        return { ...merge, survivorRef: await name(merge.kind, merge.survivor), mergedRef: await name(merge.kind, merge.merged), audit };
      }),
    ),
  };
}

/** Audit lines, newest first, optionally about one target ("entity:12", "incident:3", "claim:7", "merge:2"). */
export async function listAudit(store: Store, filter: { target?: string; limit?: number }): Promise<{ entries: AuditEntry[] }> {
  return { entries: await store.audit.list({ ...filter, limit: filter.limit ?? 100 }) };
}
