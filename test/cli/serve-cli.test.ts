// `sitrep serve` from a clean state, through the real binary: an absent
// database is filled from samples/, the address is printed, the API answers
// with the sample groups, and a missing web UI build is a message, not a crash.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = join(process.cwd(), 'bin', 'sitrep.js');
const built = existsSync(join(process.cwd(), 'dist', 'cli', 'main.js'));

interface Served {
  child: ChildProcessWithoutNullStreams;
  base: string;
  stdout: () => string;
  stderr: () => string;
}

/** Starts `sitrep serve` and resolves with its printed address. */
function startServe(args: string[], cwd: string): Promise<Served> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed in time\nstdout: ${out}\nstderr: ${err}`)), 170_000);
    const look = (): void => {
      const match = /serving (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, base: match[1] as string, stdout: () => out, stderr: () => err });
      }
    };
    child.stdout.on('data', look);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`sitrep serve exited with ${String(code)} before printing its address\nstdout: ${out}\nstderr: ${err}`));
    });
  });
}

function stop(served: Served): Promise<number | null> {
  return new Promise((resolve) => {
    if (served.child.exitCode !== null) return resolve(served.child.exitCode);
    served.child.once('exit', (code) => resolve(code));
    served.child.kill('SIGTERM');
  });
}

describe.skipIf(!built)('sitrep serve (the real binary)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-serve-'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('ingests the sample corpus into an absent database, prints its address and serves the sample groups', async () => {
    const db = join(dir, 'sitrep.db');
    expect(existsSync(db)).toBe(false);
    const served = await startServe(['--db', db], dir);
    try {
      expect(served.stderr()).toMatch(/empty database; ingesting the sample corpus/);
      expect(served.stderr()).toMatch(/ingested \d+ reports \(0 failed\)/);
      const groups = (await (await fetch(`${served.base}/api/groups`)).json()) as { groups: Array<{ id: number; name: string }> };
      const names = groups.groups.map((g) => g.name);
      expect(names).toContain('Islamic State Khorasan Province');
      expect(names.length).toBeGreaterThan(5);
      const search = (await (await fetch(`${served.base}/api/search?q=ISKP`)).json()) as { groups: Array<{ name: string }> };
      expect(search.groups.map((g) => g.name)).toContain('Islamic State Khorasan Province');
      const home = await fetch(`${served.base}/`);
      if (existsSync(join(process.cwd(), 'web', 'dist', 'index.html'))) {
        expect(home.headers.get('content-type')).toMatch(/text\/html/);
        const html = await home.text();
        expect(html).toContain('<main id="app">');
        // The built assets the page names are served, with their types.
        const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1] as string);
        expect(assets.some((a) => a.endsWith('.js')) && assets.some((a) => a.endsWith('.css'))).toBe(true);
        for (const asset of assets) {
          const response = await fetch(`${served.base}${asset}`);
          expect(response.status).toBe(200);
          expect(response.headers.get('content-type')).toMatch(asset.endsWith('.js') ? /text\/javascript/ : /text\/css/);
        }
        expect(served.stdout()).toContain('web UI, API at /api');
      }
    } finally {
      expect(await stop(served)).toBe(0);
    }
    expect(existsSync(db)).toBe(true);
  }, 200_000);

  it('serves an existing database as it is, without ingesting again', async () => {
    const served = await startServe(['--db', join(dir, 'sitrep.db')], dir);
    try {
      expect(served.stderr()).not.toMatch(/ingesting/);
      const groups = (await (await fetch(`${served.base}/api/groups`)).json()) as { groups: Array<{ name: string }> };
      expect(groups.groups.map((g) => g.name)).toContain('Islamic State Khorasan Province');
    } finally {
      expect(await stop(served)).toBe(0);
    }
  }, 60_000);

  it('without a built web UI, says so and still serves the API', async () => {
    const served = await startServe(['--db', join(dir, 'empty.db'), '--no-seed', '--web', join(dir, 'no-such-dist')], dir);
    try {
      expect(served.stderr()).toMatch(/the web UI is not built .*npm run build:web/);
      const home = await fetch(`${served.base}/`);
      expect(home.status).toBe(404);
      expect(((await home.json()) as { error: { message: string } }).error.message).toMatch(/not built.*npm run build:web/);
      const groups = await fetch(`${served.base}/api/groups`);
      expect(groups.status).toBe(200);
      expect(((await groups.json()) as { groups: unknown[] }).groups).toEqual([]);
    } finally {
      expect(await stop(served)).toBe(0);
    }
  }, 60_000);

  it('refuses a bad port with a usage error', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '70000', '--db', join(dir, 'x.db')], { cwd: dir });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(err).toMatch(/--port must be 0–65535/);
  });
});
