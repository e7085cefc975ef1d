import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import type { SourceDocument } from '../model/index.js';
import { extractDocument } from '../pipeline/extract-document.js';
import { ingestCorpus, repeatedCorpus } from './bench-corpus.js';
import { runIngestPhase, type IngestPhaseResult } from './run-ingest-phase.js';

// Benchmarks, each phase in its own process so that peak memory is its own, all
// in one run so that every figure has its baseline beside it:
// - extract against a plain wink-nlp tokenise-and-tag pass over ≥ 5 MB of text;
// - ingest (read, extract, resolve, store) of N generated reports into SQLite,
//   PostgreSQL (when a server URL is given) and optionally PGlite, against
//   reading and extracting the same reports without a store; then query latency
//   on each filled store.

const usage = `npm run bench -- [options]
  --docs N          reports to ingest (default 10000)
  --reps N          repetitions per query (default 30)
  --pg URL          PostgreSQL server (default $SITREP_BENCH_PG_URL or $SITREP_TEST_PG_URL; skipped without)
  --no-pg           skip PostgreSQL even when a URL is set
  --pglite          ingest into in-process PGlite too
  --skip-extract    skip the 5 MB extract vs wink-nlp phases
  --skip-ingest     skip the ingest phases
  --json FILE       also write every result as JSON
  --keep DIR        keep the filled stores: DIR/bench.db and the PostgreSQL schema (its name is printed)
  --cpu-prof DIR    run each phase under node --cpu-prof, profiles in DIR`;

const targetBytes = 5 * 1024 * 1024;

interface PhaseResult {
  phase: string;
  documents: number;
  bytes: number;
  seconds: number;
  peakRssMb: number;
  setupSeconds: number;
}

interface BenchOptions {
  docs: number;
  reps: number;
  pg: string | undefined;
  pglite: boolean;
  extract: boolean;
  ingest: boolean;
  json: string | undefined;
  cpuProf: string | undefined;
  keep: string | undefined;
}

function parseOptions(args: string[]): BenchOptions {
  const options: BenchOptions = {
    docs: 10_000,
    reps: 30,
    pg: process.env.SITREP_BENCH_PG_URL || process.env.SITREP_TEST_PG_URL || undefined,
    pglite: false,
    extract: true,
    ingest: true,
    json: undefined,
    cpuProf: undefined,
    keep: undefined,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = (): string => {
      const next = args[++i];
      if (next === undefined) throw new Error(`${arg} needs a value\n${usage}`);
      return next;
    };
    const count = (): number => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error(`${arg} needs a positive integer\n${usage}`);
      return n;
    };
    if (arg === '--docs') options.docs = count();
    else if (arg === '--reps') options.reps = count();
    else if (arg === '--pg') options.pg = value();
    else if (arg === '--no-pg') options.pg = undefined;
    else if (arg === '--pglite') options.pglite = true;
    else if (arg === '--skip-extract') options.extract = false;
    else if (arg === '--skip-ingest') options.ingest = false;
    else if (arg === '--json') options.json = value();
    else if (arg === '--cpu-prof') options.cpuProf = value();
    else if (arg === '--keep') options.keep = value();
    else if (arg === '--help' || arg === '-h') {
      console.log(usage);
      process.exit(0);
    } else throw new Error(`unknown option ${arg}\n${usage}`);
  }
  return options;
}

function runPhase(phase: 'baseline' | 'extract', shared: string): PhaseResult {
  const corpus = repeatedCorpus(shared, targetBytes);
  const bytes = corpus.reduce((sum, document) => sum + Buffer.byteLength(document.text), 0);
  let peak = process.memoryUsage().rss;
  const sample = (): void => {
    const rss = process.memoryUsage().rss;
    if (rss > peak) peak = rss;
  };
  const setupStart = performance.now();
  let work: (document: SourceDocument) => number;
  if (phase === 'baseline') {
    const nlp = winkNLP(model);
    const its = nlp.its;
    work = (document) => {
      const doc = nlp.readDoc(document.text);
      return (doc.tokens().out(its.pos) as string[]).length + doc.sentences().length();
    };
  } else {
    const knowledge = loadKnowledge();
    work = (document) => {
      const result = extractDocument(document, knowledge);
      return result.claims.length + result.incidents.length;
    };
  }
  const setupSeconds = (performance.now() - setupStart) / 1000;
  sample();
  const started = performance.now();
  let sink = 0;
  corpus.forEach((document, index) => {
    sink += work(document);
    if (index % 50 === 0) sample();
  });
  const seconds = (performance.now() - started) / 1000;
  sample();
  if (sink < 0) console.log(sink);
  return { phase, documents: corpus.length, bytes, seconds, peakRssMb: peak / 1024 / 1024, setupSeconds };
}

/** Runs this file again as a child for one phase and parses the JSON line it prints. */
function child<T>(options: BenchOptions, args: string[], env: NodeJS.ProcessEnv): T {
  const self = fileURLToPath(import.meta.url);
  const profile = options.cpuProf === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', options.cpuProf];
  const result = spawnSync(process.execPath, [...profile, self, ...args], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`bench phase ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as T;
}

async function childMain(args: string[]): Promise<void> {
  const [phase, ...rest] = args;
  const shared = process.env.SITREP_SHARED ?? join(process.cwd(), '..', 'shared');
  if (phase === 'baseline' || phase === 'extract') {
    process.stdout.write(`${JSON.stringify(runPhase(phase, shared))}\n`);
    return;
  }
  const parameters = JSON.parse(rest[0] ?? '{}') as Parameters<typeof runIngestPhase>[0];
  process.stdout.write(`${JSON.stringify(await runIngestPhase(parameters))}\n`);
}

/** A PostgreSQL schema of the bench's own, created by the store and dropped afterwards. */
function benchSchemaUrl(url: string, schema: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}schema=${schema}`;
}

async function withPgClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  if (process.argv[2] === '--phase') {
    await childMain(process.argv.slice(3));
    return;
  }
  const options = parseOptions(process.argv.slice(2));
  const shared = process.env.SITREP_SHARED ?? join(process.cwd(), '..', 'shared');
  const env = { ...process.env, SITREP_SHARED: shared };
  const benchStarted = performance.now();
  const say = (line = ''): void => console.log(line);
  const report: { extract?: PhaseResult[]; ingest?: IngestPhaseResult[]; notes: string[] } = { notes: [] };

  if (options.extract) {
    // The baseline pass takes a few seconds and its speed swings with the machine's load, so it runs
    // three times around the extract pass and the ratio uses its median run.
    const results: PhaseResult[] = [];
    for (const name of ['baseline', 'baseline', 'extract', 'baseline'] as const) {
      process.stderr.write(`phase ${name} (5 MB corpus)\n`);
      results.push(child<PhaseResult>(options, ['--phase', name], env));
    }
    report.extract = results;
    const rate = (result: PhaseResult): number => result.documents / result.seconds;
    const baselines = results.filter((result) => result.phase === 'baseline').sort((a, b) => rate(a) - rate(b));
    const baseline = baselines[1] as PhaseResult;
    const extract = results.find((result) => result.phase === 'extract') as PhaseResult;
    say('| phase | documents | text | time | throughput | bytes/s | peak RSS | setup |');
    say('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const result of results) {
      say(`| ${result.phase} | ${result.documents} | ${(result.bytes / 1024 / 1024).toFixed(1)} MB | ${result.seconds.toFixed(2)} s | ${rate(result).toFixed(0)} docs/s | ${(result.bytes / 1024 / 1024 / result.seconds).toFixed(2)} MB/s | ${result.peakRssMb.toFixed(0)} MB | ${result.setupSeconds.toFixed(2)} s |`);
    }
    say(`\nextract / baseline throughput (median of ${baselines.length} baseline runs, ${baselines.map((result) => rate(result).toFixed(0)).join(' / ')} docs/s): ${(rate(extract) / rate(baseline)).toFixed(2)} (goal ≥ 0.25); extract peak RSS ${extract.peakRssMb.toFixed(0)} MB (goal < 500 MB)\n`);
  }

  if (options.ingest) {
    const folder = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
    const schema = `sitrep_bench_${process.pid}_${Date.now()}`;
    const results: IngestPhaseResult[] = [];
    try {
      const corpus = ingestCorpus(shared, options.docs);
      const corpusFile = join(folder, 'corpus.jsonl');
      writeFileSync(corpusFile, `${corpus.map((document) => JSON.stringify(document)).join('\n')}\n`);
      const megabytes = corpus.reduce((sum, document) => sum + Buffer.byteLength(document.text), 0) / 1024 / 1024;
      process.stderr.write(`ingest corpus: ${corpus.length} distinct reports, ${megabytes.toFixed(1)} MB\n`);
      const phase = (parameters: Parameters<typeof runIngestPhase>[0]): IngestPhaseResult => {
        process.stderr.write(`phase ingest into ${parameters.database}\n`);
        return child<IngestPhaseResult>(options, ['--phase', 'ingest', JSON.stringify(parameters)], env);
      };
      const common = { corpus: corpusFile, documents: corpus.length, reps: options.reps };
      results.push(phase({ ...common, database: 'none (read + extract only)' }));
      if (options.keep !== undefined) mkdirSync(options.keep, { recursive: true });
      const sqlite = join(options.keep ?? folder, 'bench.db');
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${sqlite}${suffix}`, { force: true });
      results.push(phase({ ...common, database: 'SQLite', url: sqlite, storeFiles: [sqlite, `${sqlite}-wal`] }));
      if (options.pg !== undefined) {
        const pgUrl = options.pg;
        try {
          const result = phase({ ...common, database: 'PostgreSQL', url: benchSchemaUrl(pgUrl, schema) });
          const size = await withPgClient(pgUrl, (client) =>
            client.query<{ bytes: string | null }>(
              `select sum(pg_total_relation_size(c.oid))::text as bytes from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relkind = 'r'`,
              [schema],
            ),
          );
          results.push({ ...result, storeMb: Number(size.rows[0]?.bytes ?? 0) / 1024 / 1024 });
        } finally {
          if (options.keep !== undefined) report.notes.push(`PostgreSQL store kept: ${benchSchemaUrl(pgUrl, schema)}`);
          else {
            await withPgClient(pgUrl, (client) => client.query(`drop schema if exists "${schema}" cascade`)).catch((error: unknown) => {
              process.stderr.write(`could not drop bench schema ${schema}: ${String(error)}\n`);
            });
          }
        }
      } else {
        report.notes.push('PostgreSQL skipped: no URL (--pg, SITREP_BENCH_PG_URL or SITREP_TEST_PG_URL).');
      }
      if (options.pglite) results.push(phase({ ...common, database: 'PGlite (in-process)', url: 'pglite:memory' }));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    report.ingest = results;
    printIngest(results, say);
  }
  for (const note of report.notes) say(note);
  say(`\nbench total ${((performance.now() - benchStarted) / 1000).toFixed(0)} s`);
  if (options.json !== undefined) writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
}

function printIngest(results: IngestPhaseResult[], say: (line?: string) => void): void {
  const baseline = results.find((result) => result.phase === 'ingest-extract');
  const rate = (result: IngestPhaseResult): number => result.documents / result.seconds;
  say('| ingest into | documents | time | throughput | vs read + extract | peak RSS | store | entities | incidents | claims | same-as | docs/s by tenth |');
  say('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const result of results) {
    const ratio = baseline === undefined ? '' : (rate(result) / rate(baseline)).toFixed(2);
    const c = result.counts;
    say(
      `| ${result.database} | ${result.documents} | ${result.seconds.toFixed(1)} s | ${rate(result).toFixed(1)} docs/s | ${ratio} | ${result.peakRssMb.toFixed(0)} MB | ${result.storeMb === undefined ? '' : `${result.storeMb.toFixed(0)} MB`} | ${c?.entities ?? ''} | ${c?.incidents ?? ''} | ${c?.claims ?? ''} | ${c?.sameAs ?? ''} | ${result.tenths.map((n) => n.toFixed(0)).join(' ')} |`,
    );
  }
  const stores = results.filter((result) => result.queries !== undefined);
  if (stores.length === 0) return;
  say(`\nQuery latency at ${stores[0]!.documents} documents, median / p95 in ms (runs per query in brackets):\n`);
  say(`| query | ${stores.map((store) => store.database).join(' | ')} |`);
  say(`| --- | ${stores.map(() => '---').join(' | ')} |`);
  const names = [...new Set(stores.flatMap((store) => store.queries!.map((query) => query.query)))];
  for (const name of names) {
    const cells = stores.map((store) => {
      const timing = store.queries!.find((query) => query.query === name);
      return timing === undefined ? '' : `${fmt(timing.medianMs)} / ${fmt(timing.p95Ms)} (${timing.runs})`;
    });
    say(`| ${name} | ${cells.join(' | ')} |`);
  }
}

function fmt(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
