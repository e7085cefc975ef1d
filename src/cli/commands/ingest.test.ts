import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { dumpStore } from '../../ingest/services/dump-store.js';
import { openStore } from '../../store/index.js';
import { runCli } from '../main.js';

const directory = mkdtempSync(join(tmpdir(), 'sitrep-cli-ingest-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const places = ['Kabul', 'Jalalabad', 'Kandahar', 'Herat', 'Kunduz', 'Mogadishu', 'Baghdad', 'Mosul', 'Peshawar', 'Quetta'];
const groups = ['the Taliban', 'al-Shabaab', 'the Islamic State', 'Boko Haram', 'Tehrik-i-Taliban Pakistan'];

/** Generated reports, each distinct: different days, places, tolls and groups. */
function writeCorpus(path: string, n: number): void {
  const lines = [];
  for (let i = 0; i < n; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String(Math.floor(i / 28) % 12 + 1).padStart(2, '0');
    const place = places[i % places.length]!;
    const group = groups[i % groups.length]!;
    const text = `A bomb exploded at a market in ${place} on ${2020 - (i % 3)}-${month}-${day}, killing ${(i % 17) + 2} people and wounding ${(i % 23) + 3}, officials said. ${group[0]!.toUpperCase()}${group.slice(1)} claimed responsibility for the attack (report ${i}).`;
    lines.push(JSON.stringify({ id: `gen-${i}`, published: `${2020 - (i % 3)}-${month}-${day}`, text }));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

function runSpawned(args: string[], killAfterLines?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/ingest/run-cli.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (killAfterLines !== undefined && stderr.split('\n').filter((line) => line.startsWith('ingest: ')).length >= killAfterLines) child.kill('SIGKILL');
    });
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

function capture(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      text += chunk.toString();
      callback();
    },
  });
  return { stream, text: () => text };
}

describe('sitrep ingest', () => {
  it('killed midway with SIGKILL and run again, ends exactly as an uninterrupted run', async () => {
    const corpus = join(directory, 'generated.jsonl');
    writeCorpus(corpus, 200);
    const killedDb = join(directory, 'killed.db');
    const cleanDb = join(directory, 'clean.db');
    const killed = await runSpawned(['ingest', corpus, '--db', killedDb], 60);
    expect(killed.signal).toBe('SIGKILL');
    const resumed = await runSpawned(['ingest', corpus, '--db', killedDb]);
    expect(resumed.code).toBe(0);
    const clean = await runSpawned(['ingest', corpus, '--db', cleanDb]);
    expect(clean.code).toBe(0);
    const a = await openStore(killedDb);
    const b = await openStore(cleanDb);
    try {
      const [dumpA, dumpB] = [await dumpStore(a), await dumpStore(b)];
      expect(dumpA.documents).toHaveLength(200);
      expect(dumpA).toEqual(dumpB);
    } finally {
      await a.close();
      await b.close();
    }
  }, 240_000);

  it('shows the seed facts for ISKP with their sources, and the Islamic State as another group', async () => {
    const db = join(directory, 'seed.db');
    const quiet = capture();
    expect(await runCli(['ingest', 'samples', '--db', db], { stdout: quiet.stream, stderr: quiet.stream, interactive: false })).toBe(0);
    const iskp = capture();
    expect(await runCli(['group', 'ISKP', '--db', db], { stdout: iskp.stream, stderr: iskp.stream })).toBe(0);
    const text = iskp.text();
    expect(text).toContain('Islamic State Khorasan Province');
    expect(text).toMatch(/rival of: Taliban/);
    expect(text).toMatch(/founded on: 2015-01/);
    expect(text).toMatch(/500–3000 fighters as of 2021-08-27 \[according to UN Security Council/);
    expect(text).toMatch(/controls: Kunar/);
    const json = capture();
    expect(await runCli(['group', 'ISKP', '--json', '--db', db], { stdout: json.stream, stderr: json.stream })).toBe(0);
    const profile = JSON.parse(json.text()) as { entity: { id: number }; incidents: Array<{ killed: number | null }> };
    const is = capture();
    expect(await runCli(['group', 'Islamic State', '--json', '--db', db], { stdout: is.stream, stderr: is.stream })).toBe(0);
    const other = JSON.parse(is.text()) as { entity: { id: number; knownId: string } };
    expect(other.entity.id).not.toBe(profile.entity.id);
    expect(other.entity.knownId).toBe('grp:islamic-state');
    expect(profile.incidents.some((i) => i.killed === 13)).toBe(true);
  }, 120_000);
});
