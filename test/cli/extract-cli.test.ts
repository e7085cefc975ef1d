import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Evidence, ExtractResult } from '../../src/model/index.js';

const bin = join(process.cwd(), 'bin', 'sitrep.js');
const built = existsSync(join(process.cwd(), 'dist', 'cli', 'main.js'));
const shared = join(process.cwd(), '..', 'shared');
const openCorpus = join(shared, 'corpus', 'open', 'open-reports.jsonl');
const wikinews = join(shared, 'corpus', 'open', 'wikinews.jsonl');
const seed = join(shared, 'corpus', 'seed', 'isk-kabul-2021-08-27.txt');

function runExtract(args: string[], input?: string | Buffer): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, 'extract', ...args], { input, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function parseLines(stdout: string): ExtractResult[] {
  return stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as ExtractResult);
}

/** Every span a result points at, with the text of the document it came from. */
function allEvidence(result: ExtractResult): Evidence[] {
  return [
    ...result.claims.flatMap((claim) => claim.evidence),
    ...result.incidents.flatMap((incident) => incident.evidence),
    ...result.entities.flatMap((entity) => entity.mentions ?? []),
    ...result.entities.flatMap((entity) => entity.references ?? []),
    ...(result.descriptions ?? []),
  ];
}

describe.skipIf(!built)('sitrep extract (the real binary)', () => {
  it('writes one sitrep.extract/1 line per document and is byte-for-byte deterministic', () => {
    const inputs = [openCorpus, wikinews, seed].filter(existsSync);
    const first = runExtract(inputs);
    const second = runExtract(inputs);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    const results = parseLines(first.stdout);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result.schema).toBe('sitrep.extract/1');
  });

  it('every evidence span equals the document text at its offsets', () => {
    const inputs = [openCorpus, wikinews, seed].filter(existsSync);
    const texts = new Map<string, string>();
    for (const file of inputs) {
      if (file.endsWith('.jsonl')) {
        for (const line of (spawnSync('cat', [file], { encoding: 'utf8' }).stdout ?? '').split('\n').filter(Boolean)) {
          const record = JSON.parse(line) as { id: string; text: string };
          texts.set(record.id, record.text);
        }
      }
    }
    const results = parseLines(runExtract(inputs).stdout);
    let checked = 0;
    for (const result of results) {
      const text = texts.get(result.id) ?? (result.id.startsWith('isk-') ? (spawnSync('cat', [seed], { encoding: 'utf8' }).stdout ?? '') : undefined);
      if (text === undefined) continue;
      for (const evidence of allEvidence(result)) {
        expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('reads plain text from stdin with --date, and prints a readable summary with --format text', () => {
    const out = runExtract(['-', '--date', '2021-08-27', '--format', 'text'], 'A suicide bomber killed at least 12 people at a market in Kabul on Monday, police said.');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/Incident i1: bombing explosion, suicide/u);
    expect(out.stdout).toMatch(/killed 12/u);
  });

  it('bad input: each bad document is a diagnostic, the others are unaffected, the exit code says partial', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-bad-'));
    writeFileSync(join(dir, 'a-empty.txt'), '');
    writeFileSync(join(dir, 'b-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0]));
    writeFileSync(join(dir, 'c-huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'a'));
    writeFileSync(join(dir, 'd-lines.jsonl'), '{"id":"ok1","text":"Gunmen killed three soldiers in Mosul on Sunday.","published":"2015-03-02"}\n{not json\n{"id":"ok2","text":"A bomb exploded in Baghdad, wounding 7.","published":"2015-03-02"}\n');
    writeFileSync(join(dir, 'e-latin.txt'), Buffer.concat([Buffer.from('date 2015-03-02 Kabul: A blast killed 4 in Kabul. '), Buffer.from([0xff, 0xfe, 0xfa]), Buffer.from(' end')]));
    const out = runExtract([dir]);
    expect(out.code).toBe(1);
    const results = parseLines(out.stdout);
    const codes = results.flatMap((result) => result.diagnostics.map((diagnostic) => diagnostic.code));
    expect(codes).toEqual(expect.arrayContaining(['INPUT_EMPTY', 'INPUT_BINARY', 'INPUT_TOO_LARGE', 'INPUT_JSON']));
    const ok1 = results.find((result) => result.id === 'ok1');
    const ok2 = results.find((result) => result.id === 'ok2');
    expect(ok1?.incidents[0]?.killed.best).toBe(3);
    expect(ok2?.incidents[0]?.wounded.best).toBe(7);
    expect(out.stderr).toMatch(/INPUT_BINARY/u);
  });

  it('exits 3 when every input fails, and 2 on a bad option', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-empty-'));
    writeFileSync(join(dir, 'empty.txt'), '   ');
    expect(runExtract([join(dir, 'empty.txt')]).code).toBe(3);
    expect(runExtract(['--date', 'yesterday', join(dir, 'empty.txt')]).code).toBe(2);
    expect(runExtract([join(dir, 'missing.txt')]).code).toBe(3);
  });
});

if (!built) console.warn('CLI tests skipped: run npm run build first (npm test does)');
