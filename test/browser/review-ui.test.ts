// Browser tests of the review controls (merge, undo, unlink, relink) and the
// incidents-and-deaths charts, on the demo store in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, screenshots, startBrowserUi, type BrowserUi } from './browser-harness.js';

describe.skipIf(!hasChromium)('review and timelines in Chromium', () => {
  let ui: BrowserUi;
  let pakistaniTaliban: number;

  beforeAll(async () => {
    ui = await startBrowserUi();
    const groups = await ui.store.entities.list({ kind: 'armed_group' });
    pakistaniTaliban = groups.find((g) => g.canonicalName === 'Pakistani Taliban')?.id ?? 0;
  });
  afterAll(async () => {
    await ui?.close();
  });

  const aliases = (): Promise<string[]> => ui.page.locator('[data-testid=aliases] li strong').allTextContents();

  it('merges two groups from the UI, shows the audited merge, undoes it, and the undo survives a reload', async () => {
    const { page, base, ids } = ui;
    await page.goto(`${base}/#/group/${ids.taliban}`);
    await ui.ready(`/group/${ids.taliban}`);
    await ui.signIn();
    expect(await aliases()).not.toContain('Pakistani Taliban');
    await page.selectOption('[data-testid=merge-form-entity] select[name=merged]', String(pakistaniTaliban));
    await page.click('[data-testid=merge-form-entity] button[type=submit]');
    await page.waitForFunction(() => /Merged Pakistani Taliban into Taliban/.test(document.querySelector('[data-testid=review-message]')?.textContent ?? ''));
    expect(await aliases()).toContain('Pakistani Taliban');
    const merge = (await ui.store.merges.list({ involving: ids.taliban }))[0];
    expect(merge).toMatchObject({ kind: 'entity', survivor: ids.taliban, merged: pakistaniTaliban, undoneAt: null, by: 'ana' });
    const mergeId = merge?.id as number;
    expect(await page.locator(`[data-testid=merge-state-${mergeId}]`).textContent()).toBe('in effect');
    expect(await page.locator(`[data-testid=merge-audit-${mergeId}]`).textContent()).toMatch(/ana · merge\.entity entity:\d+ .*"mergedInto":\d+/);
    await page.screenshot({ path: `${screenshots}/merge-done.png`, fullPage: true });

    // The merged id now opens the survivor's profile, saying so.
    await page.goto(`${base}/#/group/${pakistaniTaliban}`);
    await ui.ready(`/group/${pakistaniTaliban}`);
    expect(await page.locator('[data-testid=merged-notice]').textContent()).toContain('merged into Taliban');

    await page.goto(`${base}/#/group/${ids.taliban}`);
    await ui.ready(`/group/${ids.taliban}`);
    await page.click(`button[data-action=undo-merge][data-merge="${mergeId}"]`);
    await page.waitForFunction((id) => /^undone by ana/.test(document.querySelector(`[data-testid=merge-state-${id}]`)?.textContent ?? ''), mergeId);
    await page.reload();
    await ui.ready(`/group/${ids.taliban}`);
    expect(await aliases()).not.toContain('Pakistani Taliban');
    expect(await page.locator(`[data-testid=merge-state-${mergeId}]`).textContent()).toMatch(/^undone by ana/);
    expect(await page.locator(`button[data-action=undo-merge][data-merge="${mergeId}"]`).count()).toBe(0);
    expect((await ui.store.entities.get(pakistaniTaliban)).mergedInto).toBeNull();
    await page.screenshot({ path: `${screenshots}/merge-undone.png`, fullPage: true });

    // The review page lists the merge, undone, and both audit lines.
    await page.goto(`${base}/#/review`);
    await ui.ready('/review');
    const log = await page.locator('[data-testid=audit-log] li .audit-line').allTextContents();
    expect(log.slice(0, 2).map((line) => line.split(' · ')[2]?.split(' ')[0])).toEqual(['unmerge.entity', 'merge.entity']);
    expect(await page.locator(`[data-testid=merge-state-${mergeId}]`).textContent()).toMatch(/^undone/);
    await page.screenshot({ path: `${screenshots}/review-page.png`, fullPage: true });
  });

  it('merges two incidents from the review page (refused without a token), and splits them again with Undo', async () => {
    const { page, base, ids } = ui;
    await page.goto(`${base}/#/review`);
    await ui.ready('/review');
    await page.fill('#token-input', '');
    await page.click('#token-form button');
    await page.waitForFunction(() => document.getElementById('token-status')?.textContent === 'read-only');
    const form = '[data-testid=merge-form-incident]';
    await page.selectOption(`${form} select[name=survivor]`, String(ids.airportAttack));
    await page.selectOption(`${form} select[name=merged]`, String(ids.checkpointAttack));
    await page.click(`${form} button[type=submit]`);
    await page.waitForFunction(() => /^UNAUTHORIZED/.test(document.querySelector('[data-testid=review-message]')?.textContent ?? ''));
    expect((await ui.store.incidents.get(ids.checkpointAttack)).status).toBe('active');
    // Chromium logs the refused request (401) as a console error: that one was the point.
    expect(ui.consoleErrors.splice(0)).toEqual([expect.stringMatching(/status of 401/)]);

    await ui.signIn();
    await page.selectOption(`${form} select[name=survivor]`, String(ids.airportAttack));
    await page.selectOption(`${form} select[name=merged]`, String(ids.checkpointAttack));
    await page.click(`${form} button[type=submit]`);
    await page.waitForFunction(() => /^Merged /.test(document.querySelector('[data-testid=review-message]')?.textContent ?? ''));
    const merge = (await ui.store.merges.list({ kind: 'incident' }))[0];
    expect(merge).toMatchObject({ survivor: ids.airportAttack, merged: ids.checkpointAttack, undoneAt: null });
    await page.goto(`${base}/#/incident/${ids.checkpointAttack}`);
    await ui.ready(`/incident/${ids.checkpointAttack}`);
    expect(await page.locator('[data-testid=merged-notice]').count()).toBe(1);
    expect(await page.locator(`[data-testid=report-text-${ids.hostileDocument}]`).count()).toBe(1);
    await page.click(`button[data-action=undo-merge][data-merge="${merge?.id}"]`);
    await page.waitForFunction((id) => /^undone by ana/.test(document.querySelector(`[data-testid=merge-state-${id}]`)?.textContent ?? ''), merge?.id);
    await page.goto(`${base}/#/incident/${ids.airportAttack}`);
    await ui.ready(`/incident/${ids.airportAttack}`);
    expect(await page.locator(`[data-testid=report-text-${ids.hostileDocument}]`).count()).toBe(0);
    expect((await ui.store.incidents.get(ids.checkpointAttack)).status).toBe('active');
  });

  it('unlinks a report from an incident and links it back from the audit line', async () => {
    const { page, base, ids } = ui;
    await page.goto(`${base}/#/incident/${ids.airportAttack}`);
    await ui.ready(`/incident/${ids.airportAttack}`);
    await page.click(`button[data-action=unlink-report][data-document="${ids.seedDocument}"]`);
    await page.waitForFunction(() => /unlinked from incident/.test(document.querySelector('[data-testid=review-message]')?.textContent ?? ''));
    expect(await page.locator(`[data-testid=report-text-${ids.seedDocument}]`).count()).toBe(0);
    expect(await page.locator('[data-testid=audit-log] li .audit-line').first().textContent()).toContain(`incident.unlink_report incident:${ids.airportAttack}`);
    await page.screenshot({ path: `${screenshots}/incident-unlinked.png`, fullPage: true });
    await page.locator('[data-testid=audit-log] li button[data-action=undo-audit]').first().click();
    await page.waitForFunction((id) => document.querySelectorAll(`[data-testid=report-text-${id}]`).length === 1, ids.seedDocument);
    expect((await ui.store.incidents.reports(ids.airportAttack)).map((r) => r.documentId)).toEqual([ids.seedDocument]);
    expect(await page.locator('[data-testid=review-message]').textContent()).toContain('linked to incident');
  });

  it('charts incidents and deaths per month on the group page and the timeline page', async () => {
    const { page, base, ids } = ui;
    const incidents = await ui.store.incidents.list({ group: ids.iskp });
    const deaths = incidents.reduce((n, i) => n + (i.best.killed ?? 0), 0);
    expect(deaths).toBeGreaterThanOrEqual(13);
    await page.goto(`${base}/#/group/${ids.iskp}`);
    await ui.ready(`/group/${ids.iskp}`);
    const chart = page.locator('[data-testid=group-deaths-chart]');
    expect(await chart.getAttribute('data-total')).toBe(String(deaths));
    expect(await chart.getAttribute('data-unit')).toBe('month');
    expect(await chart.locator('g.bar[data-key="2021-08"]').getAttribute('data-value')).toBe('13');
    expect(await page.locator('[data-testid=group-incidents-chart]').getAttribute('data-total')).toBe(String(incidents.length));
    await page.locator('[data-testid=group-deaths-chart]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${screenshots}/group-deaths-chart.png` });

    await page.goto(`${base}/#/timeline?group=${ids.iskp}`);
    await ui.ready(`/timeline?group=${ids.iskp}`);
    expect(await page.locator('[data-testid=deaths-chart]').getAttribute('data-total')).toBe(String(deaths));
    expect(await page.locator('[data-testid=chart-note]').textContent()).toContain(`${incidents.length} of ${incidents.length} incidents and ${deaths} deaths charted by month`);
    await page.screenshot({ path: `${screenshots}/timeline.png`, fullPage: true });
    expect(ui.consoleErrors).toEqual([]);
  });
});
