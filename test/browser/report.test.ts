// Browser test of the HTML brief: the seed and the sample corpus ingested into a
// temp SQLite store, `report ISKP` rendered, opened from disk in Chromium (so
// the page's own CSP applies), checked and photographed.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBrief, renderBriefHtml } from '../../src/export/index.js';
import { ingestDocuments } from '../../src/ingest/ingest-documents.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { adminAreaLocator } from '../../src/server/locate-admin-areas.js';
import { openStore, type Store } from '../../src/store/index.js';

const chromiumPath = '/usr/bin/chromium';
const seed = join(process.cwd(), '..', 'shared', 'corpus', 'seed', 'isk-kabul-2021-08-27.txt');
const ready = existsSync(chromiumPath) && existsSync(seed);
const screenshots = 'test-output/screenshots';
if (!ready) console.warn(`report browser test skipped: needs ${chromiumPath} and ${seed}`);

describe.skipIf(!ready)('the HTML brief in Chromium', () => {
  let dir: string;
  let store: Store;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'sitrep-report-'));
    store = await openStore(join(dir, 'sitrep.db'));
    await ingestDocuments(store, [{ path: seed }, { path: 'samples/seed.jsonl' }, { path: 'samples/wikinews.jsonl' }], { knowledge: loadKnowledge() });
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) problems.push(`fetched ${request.url()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(kind: 'group' | 'country', name: string, file: string): Promise<void> {
    const html = renderBriefHtml(await buildBrief(store, kind, name, { locate: adminAreaLocator() }));
    const path = resolve(dir, file);
    writeFileSync(path, html);
    await page.goto(pathToFileURL(path).href);
  }

  it('renders report ISKP: styled under its own CSP, aliases, areas on the map, the airport attack, sources', async () => {
    await open('group', 'ISKP', 'report-iskp.html');
    expect(await page.locator('h1').textContent()).toBe('Islamic State Khorasan Province');
    // The stylesheet applied: the page's CSP allows it by hash, so a mismatch would leave h1 unstyled.
    expect(await page.locator('h1').evaluate((h1) => getComputedStyle(h1).color)).toBe('rgb(29, 53, 87)');
    const facts = await page.locator('ul.facts li').allTextContents();
    expect(facts.some((f) => f.includes('ISIS-K'))).toBe(true);
    const tables = await page.locator('table').allTextContents();
    for (const province of ['Kunar', 'Nangarhar', 'Nuristan']) expect(tables.join(' ')).toContain(province);
    // Provinces have no shapes: they are circles (paths with a level), never points.
    const provinces = page.locator('svg.map path[data-level="admin1"]');
    expect(await provinces.count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('svg.map .shaded path').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('svg.map .legend').textContent()).toContain('province (admin1), a circle');
    expect(tables.join(' ')).toMatch(/suicide bombing explosion/);
    expect(await page.locator('ol.sources li').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('script').count()).toBe(0);
    await page.screenshot({ path: `${screenshots}/report-iskp.png`, fullPage: true });
    // Printable: on A4-wide paper nothing runs off the page.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 720, height: 1000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.screenshot({ path: `${screenshots}/report-iskp-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1000, height: 900 });
    expect(problems).toEqual([]);
  });

  it('renders a country brief with the GTI-style score and groups ranked', async () => {
    await open('country', 'AF', 'report-af.html');
    expect(await page.locator('h1').textContent()).toBe('Afghanistan');
    expect(await page.locator('h2').allTextContents()).toEqual(expect.arrayContaining(['Groups by attributed deaths', 'GTI-style score by year']));
    expect(await page.locator('svg.chart').count()).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: `${screenshots}/report-af.png`, fullPage: true });
    expect(problems).toEqual([]);
  });
});
