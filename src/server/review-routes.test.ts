import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.js';
import { createApp } from './create-app.js';
import { hashToken } from './hash-token.js';
import { incidentLinkSchemas } from './incident-links.js';
import { reviewLogSchemas } from './review-log.js';
import { seedDemoStore, type DemoIds } from './test-support/seed-demo-store.js';

let store: Store;
let ids: DemoIds;
let app: ReturnType<typeof createApp>;
const tokens = { viewer: 'viewer-token', analyst: 'analyst-token' };
const ajv = new Ajv({ strict: false });

beforeAll(async () => {
  store = await openStore(':memory:');
  ids = await seedDemoStore(store);
  for (const [role, token] of Object.entries(tokens)) await store.users.create({ name: role, role: role as 'viewer', tokenHash: hashToken(token) });
  app = createApp({ store });
});
afterAll(() => store.close());

async function call(method: 'GET' | 'POST', path: string, body?: unknown, token?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== undefined) headers['authorization'] = `Bearer ${token}`;
  const response = await app.request(path, { method, headers, ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function expectMatches(schema: object, body: unknown): void {
  const validate = ajv.compile(schema);
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
}

const code = (body: Record<string, unknown>): string => (body['error'] as { code: string }).code;

describe('review history routes', () => {
  it('lists a merge with its audit line, and its undo', async () => {
    const merged = await call('POST', '/api/merges', { kind: 'entity', survivor: ids.taliban, merged: ids.islamicState }, tokens.analyst);
    expect(merged.status).toBe(201);
    const mergeId = merged.body['id'] as number;
    const list = await call('GET', `/api/merges?involving=${ids.taliban}`);
    expect(list.status).toBe(200);
    expectMatches(reviewLogSchemas.merges, list.body);
    const view = (list.body['merges'] as Array<Record<string, unknown>>)[0];
    expect(view).toMatchObject({ id: mergeId, undoneAt: null, survivorRef: { id: ids.taliban, name: 'Taliban' }, mergedRef: { id: ids.islamicState, name: 'Islamic State' }, audit: { action: 'merge.entity', actor: 'analyst', target: `entity:${ids.islamicState}` } });
    expect((await call('POST', `/api/merges/${mergeId}/undo`, {}, tokens.analyst)).status).toBe(200);
    const after = (await call('GET', `/api/merges?kind=entity`)).body['merges'] as Array<{ id: number; undoneBy: string }>;
    expect(after.find((m) => m.id === mergeId)?.undoneBy).toBe('analyst');
    const audit = await call('GET', `/api/audit?target=merge:${mergeId}`);
    expectMatches(reviewLogSchemas.audit, audit.body);
    expect((audit.body['entries'] as Array<{ action: string }>).map((e) => e.action)).toEqual(['unmerge.entity']);
  });

  it('rejects bad filters', async () => {
    expect(code((await call('GET', '/api/merges?kind=person')).body)).toBe('INPUT_FIELD');
    expect(code((await call('GET', '/api/audit?limit=0')).body)).toBe('INPUT_FIELD');
    expect(code((await call('GET', '/api/audit?limit=501')).body)).toBe('INPUT_FIELD');
    expect((await call('GET', `/api/audit?target=${'x'.repeat(101)}`)).status).toBe(400);
  });
});

describe('incident report links', () => {
  it('unlinks a report and links it again, both audited', async () => {
    const path = `/api/incidents/${ids.airportAttack}/reports/${ids.seedDocument}/unlink`;
    const unlinked = await call('POST', path, {}, tokens.analyst);
    expect(unlinked.status).toBe(200);
    expectMatches(incidentLinkSchemas.linkResult, unlinked.body);
    expect(unlinked.body).toMatchObject({ linked: false, audit: { action: 'incident.unlink_report', target: `incident:${ids.airportAttack}` } });
    expect((await store.incidents.reports(ids.airportAttack)).map((r) => r.documentId)).not.toContain(ids.seedDocument);
    expect(code((await call('POST', path, {}, tokens.analyst)).body)).toBe('NOT_FOUND');
    const relinked = await call('POST', `/api/incidents/${ids.airportAttack}/reports`, { documentId: ids.seedDocument }, tokens.analyst);
    expect(relinked.status).toBe(201);
    expect(relinked.body).toMatchObject({ linked: true, audit: { action: 'incident.link_report' } });
    const reports = await store.incidents.reports(ids.airportAttack);
    expect(reports.map((r) => [r.documentId, r.linkedBy])).toEqual([[ids.seedDocument, 'manual']]);
    expect(code((await call('POST', `/api/incidents/${ids.airportAttack}/reports`, { documentId: ids.seedDocument }, tokens.analyst)).body)).toBe('CONFLICT');
  });

  it('moves a report from another incident, and refuses what is not there', async () => {
    const moved = await call('POST', `/api/incidents/${ids.checkpointAttack}/reports`, { documentId: ids.seedDocument, fromIncident: ids.airportAttack }, tokens.analyst);
    expect(moved.status).toBe(201);
    expect((await store.incidents.reports(ids.checkpointAttack)).map((r) => r.documentId)).toEqual([ids.hostileDocument, ids.seedDocument]);
    // The incident is derived again from its reports: the moved report's 13 killed raises the best estimate, and unlinking it lowers it back.
    expect((await store.incidents.get(ids.checkpointAttack)).best.killed).toBe(13);
    expect(moved.body).toMatchObject({ audit: { before: { best: { killed: 2 } }, after: { best: { killed: 13 } } } });
    const unlinked = await call('POST', `/api/incidents/${ids.checkpointAttack}/reports/${ids.seedDocument}/unlink`, {}, tokens.analyst);
    expect(unlinked.body).toMatchObject({ audit: { before: { best: { killed: 13 } }, after: { best: { killed: 2 } } } });
    expect((await store.incidents.get(ids.checkpointAttack)).best.killed).toBe(2);
    expect(code((await call('POST', `/api/incidents/${ids.checkpointAttack}/reports`, { documentId: 999 }, tokens.analyst)).body)).toBe('NOT_FOUND');
    expect(code((await call('POST', `/api/incidents/999/reports/${ids.seedDocument}/unlink`, {}, tokens.analyst)).body)).toBe('NOT_FOUND');
  });

  it('needs an analyst token and a valid body', async () => {
    const path = `/api/incidents/${ids.checkpointAttack}/reports`;
    expect(code((await call('POST', path, { documentId: ids.seedDocument })).body)).toBe('UNAUTHORIZED');
    expect(code((await call('POST', path, { documentId: ids.seedDocument }, 'wrong-token')).body)).toBe('UNAUTHORIZED');
    expect(code((await call('POST', path, { documentId: ids.seedDocument }, tokens.viewer)).body)).toBe('FORBIDDEN');
    expect(code((await call('POST', path, { documentId: 'one' }, tokens.analyst)).body)).toBe('INPUT_FIELD');
    expect(code((await call('POST', path, { documentId: 1, extra: true }, tokens.analyst)).body)).toBe('INPUT_FIELD');
    expect(code((await call('POST', `/api/incidents/${ids.checkpointAttack}/reports/x/unlink`, {}, tokens.analyst)).body)).toBe('INPUT_FIELD');
  });
});
