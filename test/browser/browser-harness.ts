// The built UI served by the real app over a seeded temp database, and a
// Chromium page on it (playwright-core with Debian's /usr/bin/chromium).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../../src/server/create-app.js';
import { hashToken } from '../../src/server/hash-token.js';
import { seedDemoStore, type DemoIds } from '../../src/server/test-support/seed-demo-store.js';
import { openStore, type Store } from '../../src/store/index.js';

export const chromiumPath = '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
export const screenshots = 'test-output/screenshots';

/** A running UI and a browser page on it. */
export interface BrowserUi {
  base: string;
  page: Page;
  store: Store;
  ids: DemoIds;
  analystToken: string;
  /** Console errors and unexpected dialogs seen so far. */
  consoleErrors: string[];
  /** Waits until the router has rendered `route` (the part after #). */
  ready(route: string): Promise<void>;
  /** Saves the token through the header form and waits for it to be recognised. */
  signIn(): Promise<void>;
  close(): Promise<void>;
}

/** Starts the app over a demo store and opens a page. */
export async function startBrowserUi(): Promise<BrowserUi> {
  if (!existsSync('web/dist/index.html')) execFileSync('npx', ['vite', 'build', 'web'], { stdio: 'ignore' });
  mkdirSync(screenshots, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-browser-'));
  const store = await openStore(join(dir, 'sitrep.db'));
  const ids = await seedDemoStore(store);
  const analystToken = 'browser-analyst-token';
  await store.users.create({ name: 'ana', role: 'analyst', tokenHash: hashToken(analystToken) });
  const app = createApp({ store, webRoot: 'web/dist' });
  let server: ServerType | undefined;
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  const base = `http://127.0.0.1:${(server?.address() as AddressInfo).port}`;
  const browser: Browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    consoleErrors.push(`dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const ready = async (route: string): Promise<void> => {
    await page.waitForFunction((r) => document.getElementById('app')?.dataset['route'] === r && document.getElementById('app')?.getAttribute('aria-busy') === 'false', route);
  };
  return {
    base,
    page,
    store,
    ids,
    analystToken,
    consoleErrors,
    ready,
    async signIn() {
      await page.fill('#token-input', analystToken);
      await page.click('#token-form button');
      await page.waitForFunction(() => document.getElementById('token-status')?.textContent === 'ana (analyst)');
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
