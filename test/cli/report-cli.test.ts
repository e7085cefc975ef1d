// `sitrep report` through the real binary: ingest the seed and the samples into a
// temp SQLite file, then write briefs; bad input exits with the documented codes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = join(process.cwd(), 'bin', 'sitrep.js');
const built = existsSync(join(process.cwd(), 'dist', 'cli', 'commands', 'report.js'));
const seed = join(process.cwd(), '..', 'shared', 'corpus', 'seed', 'isk-kabul-2021-08-27.txt');
const ready = built && existsSync(seed);
if (!ready) console.warn('report CLI test skipped: run npm run build, and ../shared/corpus/seed must exist');

function sitrep(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 180_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(!ready)('sitrep report (the real binary)', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-report-cli-'));
    db = join(dir, 'sitrep.db');
    const ingest = sitrep(['ingest', seed, 'samples/seed.jsonl', 'samples/wikinews.jsonl', '--db', db]);
    expect(ingest.code, ingest.stderr).toBe(0);
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes report ISKP as one self-contained HTML page, the same bytes twice', () => {
    const first = sitrep(['report', 'ISKP', '--format', 'html', '--db', db]);
    expect(first.code, first.stderr).toBe(0);
    const html = first.stdout;
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<h1>Islamic State Khorasan Province</h1>');
    for (const fact of ['ISIS-K', 'Kunar', 'Nangarhar', 'Nuristan', 'suicide bombing explosion', '<svg']) expect(html).toContain(fact);
    expect(html).not.toMatch(/<script|<link|src="http/i);
    expect(sitrep(['report', 'ISKP', '--format', 'html', '--db', db]).stdout).toBe(html);
  });

  it('writes Markdown to a file with --out, and a country brief by name', () => {
    const out = join(dir, 'iskp.md');
    const result = sitrep(['report', 'ISKP', '--format', 'md', '--out', out, '--db', db]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('# Islamic State Khorasan Province');
    expect(md).toContain('ISIS-K');
    const country = sitrep(['report', 'Afghanistan', '--db', db]);
    expect(country.code, country.stderr).toBe(0);
    expect(country.stdout).toContain('## Groups by attributed deaths');
  });

  it('answers an unknown name with NOT_FOUND and exit 4, bad options with exit 2', () => {
    const unknown = sitrep(['report', 'No Such Front', '--db', db]);
    expect(unknown.code).toBe(4);
    expect(unknown.stderr).toContain("no group or country named 'No Such Front' [NOT_FOUND]");
    expect(sitrep(['report', 'Narnia', '--kind', 'country', '--db', db]).code).toBe(4);
    expect(sitrep(['report', 'ISKP', '--format', 'pdf', '--db', db]).code).toBe(2);
    expect(sitrep(['report', 'ISKP', '--kind', 'planet', '--db', db]).code).toBe(2);
    expect(sitrep(['report', '--db', db]).code).toBe(2);
  });
});
