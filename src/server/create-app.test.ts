import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.js';
import { apiRoutes } from './api-routes.js';
import { createApp, registeredRoutes } from './create-app.js';
import { hashToken } from './hash-token.js';
import { schemas } from './json-schemas.js';
import { seedDemoStore, type DemoIds } from './test-support/seed-demo-store.js';

let store: Store;
let ids: DemoIds;
let app: ReturnType<typeof createApp>;
const tokens = { viewer: 'viewer-token', analyst: 'analyst-token', admin: 'admin-token' };
const ajv = new Ajv({ strict: false });

beforeAll(async () => {
  store = await openStore(':memory:');
  ids = await seedDemoStore(store);
  for (const [role, token] of Object.entries(tokens)) await store.users.create({ name: role, role: role as 'viewer', tokenHash: hashToken(token) });
  app = createApp({ store, maxBodyBytes: 2048 });
});
afterAll(() => store.close());

async function get(path: string): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const response = await app.request(path);
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, headers: response.headers };
}

async function post(path: string, body: unknown, token?: string, raw?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== undefined) headers['authorization'] = `Bearer ${token}`;
  const response = await app.request(path, { method: 'POST', headers, body: raw ?? JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function expectMatches(schema: object, body: unknown): void {
  const validate = ajv.compile(schema);
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
}

function errorCode(body: Record<string, unknown>): string {
  expectMatches(schemas.error, body);
  return (body['error'] as { code: string }).code;
}

describe('read routes', () => {
  it('searches reports, groups, places and incidents', async () => {
    const { status, body } = await get('/api/search?q=ISKP');
    expect(status).toBe(200);
    expectMatches(schemas.search, body);
    expect((body['groups'] as Array<{ id: number }>).map((g) => g.id)).toContain(ids.iskp);
    expect((body['incidents'] as Array<{ id: number }>).map((i) => i.id)).toContain(ids.airportAttack);
    expect((await get('/api/search?q=Kunar')).body['places']).toEqual([{ id: ids.kunar, name: 'Kunar', kind: 'location' }]);
  });

  it('rejects a missing or overlong query', async () => {
    expect(errorCode((await get('/api/search')).body)).toBe('INPUT_FIELD');
    const long = await get(`/api/search?q=${'a'.repeat(300)}`);
    expect(long.status).toBe(400);
  });

  it('lists groups and builds a profile', async () => {
    const list = await get('/api/groups');
    expectMatches(schemas.groups, list.body);
    const { status, body } = await get(`/api/groups/${ids.iskp}`);
    expect(status).toBe(200);
    expectMatches(schemas.groupProfile, body);
    expect((body['aliases'] as Array<{ name: string; source: string }>).find((a) => a.name === 'ISIS-K')?.source).toBe(`document:${ids.seedDocument}`);
    const areas = body['areas'] as Array<{ entity: { name: string }; level: string; lat: number }>;
    expect(areas.map((a) => a.entity.name).sort()).toEqual(['Kunar', 'Nangarhar', 'Nuristan']);
    expect(areas.every((a) => a.level === 'admin1' && typeof a.lat === 'number')).toBe(true);
    const strength = body['strength'] as Array<{ accordingTo: Array<{ name: string }>; object: unknown }>;
    expect(strength[0]?.accordingTo[0]?.name).toBe('UN Security Council');
    expect((body['relationships'] as Array<{ predicate: string; other: { name: string } }>).map((r) => `${r.predicate}:${r.other.name}`)).toEqual(expect.arrayContaining(['rival_of:Taliban', 'affiliated_with:Islamic State']));
    expect((body['deadliest'] as Array<{ id: number }>)[0]?.id).toBe(ids.airportAttack);
    expect((body['sources'] as Array<{ id: number }>).map((s) => s.id)).toEqual([ids.seedDocument, ids.hostileDocument]);
    // The rival sees the relation too, as incoming.
    const taliban = (await get(`/api/groups/${ids.taliban}`)).body;
    expect((taliban['relationships'] as Array<{ direction: string; other: { id: number } }>)[0]).toMatchObject({ direction: 'incoming', other: { id: ids.iskp } });
  });

  it('answers bad group ids clearly', async () => {
    expect((await get('/api/groups/abc')).status).toBe(400);
    expect(errorCode((await get('/api/groups/0')).body)).toBe('INPUT_FIELD');
    expect(errorCode((await get('/api/groups/1e3')).body)).toBe('INPUT_FIELD');
    const missing = await get('/api/groups/99999');
    expect([missing.status, errorCode(missing.body)]).toEqual([404, 'NOT_FOUND']);
    expect((await get(`/api/groups/${ids.kunar}`)).status).toBe(404);
  });

  it('lists incidents with filters', async () => {
    const all = await get('/api/incidents');
    expectMatches(schemas.incidents, all.body);
    expect((all.body['incidents'] as unknown[]).length).toBe(2);
    const ids2 = async (query: string) => ((await get(`/api/incidents?${query}`)).body['incidents'] as Array<{ id: number }>).map((i) => i.id);
    expect(await ids2('type=bombing_explosion')).toEqual([ids.airportAttack]);
    expect(await ids2('since=2022-01-01')).toEqual([ids.checkpointAttack]);
    expect(await ids2('until=2021-12-31&country=af')).toEqual([ids.airportAttack]);
    expect(await ids2(`group=${ids.taliban}`)).toEqual([]);
  });

  it('rejects bad incident filters', async () => {
    for (const [query, code] of [['since=2021-02-30', 'INPUT_DATE'], ['until=yesterday', 'INPUT_DATE'], ['since=2022-01-01&until=2021-01-01', 'INPUT_DATE'], ['type=picnic', 'INPUT_FIELD'], ['group=-1', 'INPUT_FIELD'], ['limit=0', 'INPUT_FIELD']] as const) {
      const { status, body } = await get(`/api/incidents?${query}`);
      expect([query, status, errorCode(body)]).toEqual([query, 400, code]);
    }
  });

  it('shows an incident with evidence, reports and figures', async () => {
    const { status, body } = await get(`/api/incidents/${ids.airportAttack}`);
    expect(status).toBe(200);
    expectMatches(schemas.incidentDetail, body);
    const report = (body['reports'] as Array<{ document: { text: string }; evidence: Array<{ start: number; end: number; text: string }>; figures: Array<{ kind: string; best: number }> }>)[0]!;
    const evidence = report.evidence[0]!;
    expect(report.document.text.slice(evidence.start, evidence.end)).toBe(evidence.text);
    expect(report.figures).toEqual([expect.objectContaining({ kind: 'killed', best: 13 })]);
    expect((body['perpetrators'] as Array<{ name: string; role: string }>)[0]).toMatchObject({ name: 'Islamic State Khorasan Province', role: 'claimed' });
    expect((body['claims'] as Array<{ predicate: string }>).map((c) => c.predicate)).toContain('claimed_responsibility_for');
    expect((await get('/api/incidents/99999')).status).toBe(404);
    expect((await get('/api/incidents/x')).status).toBe(400);
  });

  it('shows a document and its claims; hostile text comes back as data', async () => {
    const { body } = await get(`/api/documents/${ids.hostileDocument}`);
    expectMatches(schemas.document, body);
    expect(body['text']).toContain('<script>');
    expect((await get(`/api/documents/${ids.seedDocument}`)).body['incidents']).toEqual([ids.airportAttack]);
    expect((await get('/api/documents/424242')).status).toBe(404);
    expect((await get('/api/documents/%00')).status).toBe(400);
  });

  it('draws the graph at a date', async () => {
    const before = await get('/api/graph?date=2014-06-01');
    expectMatches(schemas.graph, before.body);
    expect(before.body['edges']).toEqual([]);
    const after = (await get('/api/graph?date=2021-09-01')).body;
    const edges = after['edges'] as Array<{ source: number; target: number; predicate: string }>;
    expect(edges).toEqual(expect.arrayContaining([expect.objectContaining({ source: ids.iskp, target: ids.taliban, predicate: 'rival_of' })]));
    // Affiliation has a stated start (2015), the rivalry only its report date (2021).
    const mid = (await get('/api/graph?date=2016-01-01')).body['edges'] as Array<{ predicate: string }>;
    expect(mid.map((e) => e.predicate).sort()).toEqual(['affiliated_with', 'founded_by_members_of']);
    expect(errorCode((await get('/api/graph?date=2021-13-01')).body)).toBe('INPUT_DATE');
    expect((await get('/api/graph')).status).toBe(200);
  });

  it('maps incidents by precision', async () => {
    const { body } = await get('/api/map');
    expectMatches(schemas.map, body);
    const features = body['features'] as Array<{ properties: { incidentId: number; shape: string; level: string } }>;
    expect(features.find((f) => f.properties.incidentId === ids.airportAttack)?.properties).toMatchObject({ shape: 'point', level: 'facility' });
    expect((await get('/api/map?since=nope')).status).toBe(400);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const { status, body } = await get('/api/nothing');
    expect([status, errorCode(body)]).toEqual([404, 'NOT_FOUND']);
  });

  it('sends strict security headers', async () => {
    const { headers } = await get('/api/groups');
    expect(headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('write routes', () => {
  it('needs a token, a known one, and a high enough role', async () => {
    const path = `/api/claims/${ids.strengthClaim}/review`;
    expect(errorCode((await post(path, { action: 'accept' })).body)).toBe('UNAUTHORIZED');
    expect((await post(path, { action: 'accept' })).status).toBe(401);
    expect((await post(path, { action: 'accept' }, 'wrong-token')).status).toBe(401);
    const viewer = await post(path, { action: 'accept' }, tokens.viewer);
    expect([viewer.status, errorCode(viewer.body)]).toEqual([403, 'FORBIDDEN']);
    expect((await app.request('/api/me', { headers: { authorization: `Bearer ${tokens.viewer}` } })).status).toBe(200);
    expect((await app.request('/api/me', { headers: { authorization: 'Basic abc' } })).status).toBe(401);
    expect((await app.request('/api/me')).status).toBe(401);
  });

  it('accepts, rejects and corrects claims, audited', async () => {
    const path = `/api/claims/${ids.strengthClaim}/review`;
    const accepted = await post(path, { action: 'accept' }, tokens.analyst);
    expect(accepted.status).toBe(200);
    expectMatches(schemas.reviewResponse, accepted.body);
    expect((accepted.body['claim'] as { reviewStatus: string }).reviewStatus).toBe('accepted');
    const corrected = await post(path, { action: 'correct', object: { quantity: { min: 1500, max: 2200, unit: 'fighters' } }, note: 'UN 2021 report' }, tokens.admin);
    expect(corrected.status).toBe(200);
    expect((corrected.body['correction'] as { object: unknown }).object).toEqual({ quantity: { min: 1500, max: 2200, unit: 'fighters' } });
    expect((await store.claims.get(ids.strengthClaim)).reviewStatus).toBe('corrected');
    expect((await store.audit.list({ target: `claim:${ids.strengthClaim}` })).map((entry) => entry.action)).toEqual(['claim.correct', 'claim.accept']);
    const profile = (await get(`/api/groups/${ids.iskp}`)).body;
    expect((profile['strength'] as unknown[]).length).toBe(2);
  });

  it('rejects bad review bodies', async () => {
    const path = `/api/claims/${ids.rivalClaim}/review`;
    const cases: Array<[unknown, string | undefined, number, string]> = [
      [{ action: 'approve' }, undefined, 400, 'INPUT_FIELD'],
      [{ action: 'correct' }, undefined, 400, 'INPUT_FIELD'],
      [{ action: 'accept', object: { text: 'x' } }, undefined, 400, 'INPUT_FIELD'],
      [{ action: 'accept', extra: 1 }, undefined, 400, 'INPUT_FIELD'],
      [null, '{"action": "accept"', 400, 'INPUT_JSON'],
      [null, JSON.stringify({ action: 'accept', note: 'x'.repeat(5000) }), 413, 'INPUT_TOO_LARGE'],
    ];
    for (const [body, raw, status, code] of cases) {
      const response = await post(path, body, tokens.analyst, raw);
      expect([JSON.stringify(body ?? raw).slice(0, 40), response.status, errorCode(response.body)]).toEqual([JSON.stringify(body ?? raw).slice(0, 40), status, code]);
    }
    const wrongType = await app.request(path, { method: 'POST', headers: { authorization: `Bearer ${tokens.analyst}`, 'content-type': 'text/plain' }, body: '{"action":"accept"}' });
    expect(wrongType.status).toBe(415);
    expect((await post('/api/claims/99999/review', { action: 'reject' }, tokens.analyst)).status).toBe(404);
    expect((await post('/api/claims/abc/review', { action: 'reject' }, tokens.analyst)).status).toBe(400);
  });

  it('merges entities and undoes the merge', async () => {
    const bad = await post('/api/merges', { kind: 'entity', survivor: ids.taliban }, tokens.analyst);
    expect([bad.status, errorCode(bad.body)]).toEqual([400, 'INPUT_FIELD']);
    expect((await post('/api/merges', { kind: 'entity', survivor: ids.taliban, merged: ids.taliban }, tokens.analyst)).status).toBe(409);
    expect((await post('/api/merges', { kind: 'entity', survivor: ids.taliban, merged: 99999 }, tokens.analyst)).status).toBe(404);
    expect((await post('/api/merges', { kind: 'entity', survivor: ids.iskp, merged: ids.islamicState })).status).toBe(401);
    const merged = await post('/api/merges', { kind: 'entity', survivor: ids.iskp, merged: ids.islamicState }, tokens.analyst);
    expect(merged.status).toBe(201);
    expectMatches(schemas.merge, merged.body);
    const mergeId = merged.body['id'] as number;
    const profile = (await get(`/api/groups/${ids.islamicState}`)).body;
    expect(profile['id']).toBe(ids.iskp);
    const undone = await post(`/api/merges/${mergeId}/undo`, undefined, tokens.analyst, '');
    expect(undone.status).toBe(200);
    expect(undone.body['undoneBy']).toBe('analyst');
    expect((await post(`/api/merges/${mergeId}/undo`, undefined, tokens.analyst, '')).status).toBe(409);
    expect((await post('/api/merges/777/undo', undefined, tokens.analyst, '')).status).toBe(404);
    expect((await post(`/api/merges/${mergeId}/undo`, undefined, tokens.viewer, '')).status).toBe(403);
    expect((await get(`/api/groups/${ids.islamicState}`)).body['id']).toBe(ids.islamicState);
  });
});

describe('OpenAPI document', () => {
  it('is a well-formed OpenAPI 3.1 document listing exactly the registered routes', async () => {
    const { status, body } = await get('/openapi.json');
    expect(status).toBe(200);
    expect(body['openapi']).toBe('3.1.0');
    const paths = body['paths'] as Record<string, Record<string, { operationId: string; responses: Record<string, unknown>; parameters: Array<{ name: string; in: string }> }>>;
    const documented = Object.entries(paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`)).sort();
    expect(documented).toEqual(registeredRoutes().map((route) => `${route.method} ${route.path}`).sort());
    // Every path template parameter is declared, every operation id is unique, every schema compiles.
    const operationIds = new Set<string>();
    for (const [path, operations] of Object.entries(paths)) {
      for (const operation of Object.values(operations)) {
        for (const name of path.match(/\{(\w+)\}/g) ?? []) expect(operation.parameters.some((p) => p.in === 'path' && `{${p.name}}` === name)).toBe(true);
        expect(operationIds.has(operation.operationId)).toBe(false);
        operationIds.add(operation.operationId);
        expect(Object.keys(operation.responses).every((code) => /^[1-5]\d\d$/.test(code))).toBe(true);
      }
    }
    for (const route of apiRoutes) {
      expect(() => ajv.compile(route.response)).not.toThrow();
      if (route.body) expect(() => ajv.compile(route.body as object)).not.toThrow();
    }
    expect(body['info']).toMatchObject({ title: 'sitrep API' });
  });

  it('every route answers in the app (no documented route is unregistered)', async () => {
    for (const route of apiRoutes) {
      const path = route.path.replace(/\{\w+\}/g, '1');
      const response = await app.request(path, { method: route.method.toUpperCase() });
      expect([route.path, response.status === 404 && ((await response.json()) as { error: { message: string } }).error.message.startsWith('no route')]).toEqual([route.path, false]);
    }
  });
});
