// Browser tests of the rankings, brief and export pages (issue 6 from the UI),
// on the demo store in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, screenshots, startBrowserUi, type BrowserUi } from './browser-harness.js';

describe.skipIf(!hasChromium)('rankings, briefs and exports in Chromium', () => {
  let ui: BrowserUi;

  beforeAll(async () => {
    ui = await startBrowserUi();
  });
  afterAll(async () => {
    await ui?.close();
  });

  it('lists ISKP among the deadliest groups with the unattributed row, pools it under the Islamic State, and scores countries', async () => {
    const { page, base, ids } = ui;
    await page.goto(`${base}/#/rankings`);
    await ui.ready('/rankings');
    const iskpRow = page.locator(`[data-testid=rank-row-${ids.iskp}]`);
    expect(await iskpRow.locator('td').nth(1).textContent()).toBe('Islamic State Khorasan Province');
    expect(await iskpRow.locator('td').nth(3).textContent()).toBe('15');
    expect(await page.locator('[data-testid=unattributed-row] td').nth(1).textContent()).toBe('unattributed');
    expect(await page.locator('[data-testid=gti-AF-2022]').count()).toBe(1);
    await page.screenshot({ path: `${screenshots}/rankings.png`, fullPage: true });

    await page.check('[data-testid=pool-toggle]');
    await ui.ready('/rankings?pool=true&year=2022');
    const pooled = page.locator(`[data-testid=rank-row-${ids.islamicState}]`);
    expect(await pooled.locator('td').nth(1).textContent()).toBe('Islamic Statepooled with Islamic State Khorasan Province');
    expect(await page.locator(`[data-testid=rank-row-${ids.iskp}]`).count()).toBe(0);
    await page.screenshot({ path: `${screenshots}/rankings-pooled.png`, fullPage: true });
  });

  it('opens the HTML brief of a group from its profile', async () => {
    const { page, base, ids } = ui;
    await page.goto(`${base}/#/group/${ids.iskp}`);
    await ui.ready(`/group/${ids.iskp}`);
    expect(await page.locator('[data-testid=brief-md-group]').getAttribute('href')).toBe(`/api/reports/group/${ids.iskp}?format=md`);
    const [brief] = await Promise.all([page.context().waitForEvent('page'), page.click('[data-testid=brief-html-group]')]);
    await brief.waitForLoadState();
    expect(brief.url()).toBe(`${base}/api/reports/group/${ids.iskp}?format=html`);
    expect(await brief.locator('h1').first().textContent()).toContain('Islamic State Khorasan Province');
    await brief.screenshot({ path: `${screenshots}/brief-from-ui.png`, fullPage: true });
    await brief.close();
  });

  it('offers every export format as a download with the current filters', async () => {
    const { page, base, ids } = ui;
    await page.goto(`${base}/#/export?group=${ids.iskp}&country=AF`);
    await ui.ready(`/export?group=${ids.iskp}&country=AF`);
    expect(await page.locator('[data-testid=export-scope]').textContent()).toContain('Filtered to group Islamic State Khorasan Province, country AF: 2 incidents');
    const links = page.locator('[data-testid=export-links] a');
    const formats = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('data-format')));
    expect(formats).toEqual(['stix', 'csv-gtd', 'csv-acled', 'geojson', 'jsonl']);
    for (const format of formats) {
      const href = await page.locator(`[data-testid=export-links] a[data-format="${format}"]`).getAttribute('href');
      expect(href).toBe(`/api/export?format=${format}&group=${ids.iskp}&country=AF`);
      const response = await page.request.get(`${base}${href}`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="sitrep-export\./);
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-links] a[data-format="csv-gtd"]')]);
    expect(download.suggestedFilename()).toBe('sitrep-export.gtd.csv');
    expect(await page.locator('[data-testid=brief-html-country]').getAttribute('href')).toBe('/api/reports/country/AF?format=html');
    await page.screenshot({ path: `${screenshots}/export.png`, fullPage: true });
    expect(ui.consoleErrors).toEqual([]);
  });
});
