import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefContentSecurityPolicy } from '../export/index.js';
import { openStore, type Store } from '../store/index.js';
import { createApp } from './create-app.js';
import { reportSchemas } from './report-schemas.js';
import { schemas } from './json-schemas.js';
import { seedDemoStore, type DemoIds } from './test-support/seed-demo-store.js';

let store: Store;
let ids: DemoIds;
let app: ReturnType<typeof createApp>;
const ajv = new Ajv({ strict: false });

beforeAll(async () => {
  store = await openStore(':memory:');
  ids = await seedDemoStore(store);
  app = createApp({ store });
});
afterAll(() => store.close());

function expectMatches(schema: object, body: unknown): void {
  const validate = ajv.compile(schema);
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
}

async function json(path: string): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const response = await app.request(path);
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, headers: response.headers };
}

async function errorOf(path: string): Promise<[number, string]> {
  const { status, body } = await json(path);
  expectMatches(schemas.error, body);
  return [status, (body['error'] as { code: string }).code];
}

describe('rankings', () => {
  it('ranks groups by attributed deaths, unattributed apart', async () => {
    const { status, body } = await json('/api/rankings/deadliest');
    expect(status).toBe(200);
    expectMatches(reportSchemas.deadliest, body);
    // The airport attack (13, claimed) and the checkpoint attack (2, attributed) are both ISKP's.
    expect((body['rows'] as Array<{ entityId: number; deaths: number; incidents: number }>)[0]).toMatchObject({ entityId: ids.iskp, deaths: 15, incidents: 2 });
    expect(body['unattributed']).toMatchObject({ entityId: null, deaths: 0 });
    expect(body['totalDeaths']).toBe(15);
  });

  it('narrows by period and country, pools on request', async () => {
    const body = (await json('/api/rankings/deadliest?since=2022-01-01&until=2022-12-31&country=af&pool=true')).body;
    expect(body['query']).toEqual({ since: '2022-01-01', until: '2022-12-31', country: 'AF', pool: true });
    expect(body['totalDeaths']).toBe(2);
    expect((await json('/api/rankings/deadliest?country=PK')).body['rows']).toEqual([]);
  });

  it('rejects bad ranking input with stable codes', async () => {
    expect(await errorOf('/api/rankings/deadliest?pool=maybe')).toEqual([400, 'INPUT_FIELD']);
    expect(await errorOf('/api/rankings/deadliest?since=2022-13-01')).toEqual([400, 'INPUT_DATE']);
    expect(await errorOf('/api/rankings/deadliest?since=2022-02-01&until=2022-01-01')).toEqual([400, 'INPUT_DATE']);
    expect(await errorOf('/api/rankings/gti?year=2021&since=2021-01-01')).toEqual([400, 'INPUT_FIELD']);
    expect(await errorOf('/api/rankings/gti?year=21')).toEqual([400, 'INPUT_FIELD']);
  });

  it('scores a country by year', async () => {
    const { status, body } = await json('/api/rankings/gti?country=AF&year=2021');
    expect(status).toBe(200);
    expectMatches(reportSchemas.gti, body);
    // 2021: the airport bombing, 1 incident + 3·13 deaths = 40 raw; the only country, so 10.
    expect(body['rows']).toEqual([expect.objectContaining({ country: 'AF', year: 2021, incidents: 1, deaths: 13, raw: 40, score: 10 })]);
    const all = (await json('/api/rankings/gti')).body['rows'] as Array<{ year: number }>;
    expect(all.map((r) => r.year)).toEqual([2021, 2022]);
  });
});

describe('reports', () => {
  it('serves the HTML brief self-contained, with its own strict policy, hostile text escaped', async () => {
    const response = await app.request('/api/reports/group/ISKP?format=html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(briefContentSecurityPolicy);
    expect(briefContentSecurityPolicy).not.toContain('script-src');
    expect(briefContentSecurityPolicy).toContain("default-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await response.text();
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\son\w+=/i);
    expect(html).toContain('ISIS-K');
    for (const province of ['Kunar', 'Nangarhar', 'Nuristan']) expect(html).toContain(province);
    // The hostile report's title is cited as a source, as text.
    expect(html).toContain('Checkpoint &lt;b&gt;attack&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('serves the markdown brief and the brief as data', async () => {
    const md = await app.request(`/api/reports/group/${ids.iskp}?format=md`);
    expect(md.status).toBe(200);
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const text = await md.text();
    expect(text).toContain('# Islamic State Khorasan Province');
    expect(text).toContain('Checkpoint \\<b\\>attack\\</b\\> \\<script\\>alert(1)\\</script\\>');
    const { status, body } = await json('/api/reports/group/ISKP?format=json');
    expect(status).toBe(200);
    expectMatches(reportSchemas.brief, body);
    expect(body['title']).toBe('Islamic State Khorasan Province');
  });

  it('briefs a country by code or name', async () => {
    const byCode = await app.request('/api/reports/country/AF?format=md');
    expect(byCode.status).toBe(200);
    const text = await byCode.text();
    expect(text).toContain('# Afghanistan');
    expect(text).toContain('## Groups by attributed deaths');
    const byName = await json('/api/reports/country/Afghanistan?format=json');
    expect(byName.body['subtitle']).toBe('country AF');
  });

  it('answers unknown groups, countries, kinds and formats with stable codes', async () => {
    expect(await errorOf('/api/reports/group/No%20Such%20Group')).toEqual([404, 'NOT_FOUND']);
    expect(await errorOf(`/api/reports/group/${ids.kunar}`)).toEqual([404, 'NOT_FOUND']);
    expect(await errorOf('/api/reports/country/Atlantis')).toEqual([404, 'NOT_FOUND']);
    expect(await errorOf('/api/reports/country/FR')).toEqual([404, 'NOT_FOUND']);
    expect(await errorOf('/api/reports/planet/Mars')).toEqual([400, 'INPUT_FIELD']);
    expect(await errorOf('/api/reports/group/ISKP?format=pdf')).toEqual([400, 'INPUT_FIELD']);
  });
});

describe('exports', () => {
  it('downloads STIX with its content type and a file name', async () => {
    const response = await app.request('/api/export?format=stix');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/stix+json; version=2.1; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="sitrep-export.stix.json"');
    const bundle = (await response.json()) as { type: string; objects: Array<{ type: string; name?: string }> };
    expect(bundle.type).toBe('bundle');
    expect(bundle.objects.some((o) => o.type === 'threat-actor' && o.name === 'Islamic State Khorasan Province')).toBe(true);
  });

  it('filters CSV, GeoJSON and JSONL exports', async () => {
    const csv = await app.request('/api/export?format=csv-gtd&group=ISKP&since=2022-01-01');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await csv.text()).trim().split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Jalalabad');
    const geo = await app.request('/api/export?format=geojson&country=AF');
    expect(geo.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    expect(((await geo.json()) as { features: unknown[] }).features).toHaveLength(2);
    const jsonl = await app.request('/api/export?format=jsonl');
    expect(jsonl.headers.get('content-disposition')).toContain('sitrep-export.jsonl');
    expect((await jsonl.text()).trim().split('\n').every((line) => typeof JSON.parse(line) === 'object')).toBe(true);
  });

  it('rejects unknown formats and groups', async () => {
    expect(await errorOf('/api/export?format=xml')).toEqual([400, 'INPUT_FIELD']);
    expect(await errorOf('/api/export')).toEqual([400, 'INPUT_FIELD']);
    expect(await errorOf('/api/export?format=jsonl&group=Nobody')).toEqual([404, 'NOT_FOUND']);
    expect(await errorOf('/api/export?format=jsonl&since=2022-02-01&until=2022-01-01')).toEqual([400, 'INPUT_DATE']);
  });
});

describe('OpenAPI', () => {
  it('documents the text answers of briefs and exports', async () => {
    const paths = (await json('/openapi.json')).body['paths'] as Record<string, { get: { responses: { '200': { content: Record<string, unknown> } } } }>;
    expect(Object.keys(paths['/api/reports/{kind}/{name}']?.get.responses['200'].content ?? {}).sort()).toEqual(['application/json', 'text/html', 'text/markdown']);
    expect(Object.keys(paths['/api/export']?.get.responses['200'].content ?? {}).sort()).toEqual(['application/geo+json', 'application/stix+json', 'application/x-ndjson', 'text/csv']);
    expect(Object.keys(paths)).toEqual(expect.arrayContaining(['/api/rankings/deadliest', '/api/rankings/gti']));
  });
});
