import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import type { SourceDocument } from '../model/index.js';
import { extractDocument } from '../pipeline/extract-document.js';

// Benchmarks compare extract with a plain wink-nlp tokenise-and-tag pass over the same text,
// in one run, each phase in its own process so that peak memory is its own.

const targetBytes = 5 * 1024 * 1024;

/** The benchmark corpus: the open reports and the re3d documents, repeated up to 5 MB. */
function buildCorpus(shared: string): SourceDocument[] {
  const base: SourceDocument[] = [];
  for (const file of ['corpus/open/open-reports.jsonl', 'corpus/open/wikinews.jsonl']) {
    const path = join(shared, file);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as { id: string; text: string; published?: string };
      base.push({ id: record.id, text: record.text, ...(record.published ? { published: record.published.slice(0, 10) } : {}) });
    }
  }
  const re3d = join(shared, 'eval', 're3d');
  if (existsSync(re3d)) {
    for (const folder of readdirSync(re3d).sort()) {
      const path = join(re3d, folder, 'documents.json');
      if (!existsSync(path)) continue;
      for (const line of readFileSync(path, 'utf8').replace(/^\uFEFF/u, '').split('\n')) {
        if (!line.trim()) continue;
        const record = JSON.parse(line) as { _id: string; text: string };
        base.push({ id: `re3d:${record._id}`, text: record.text });
      }
    }
  }
  if (base.length === 0) throw new Error(`no benchmark corpus under ${shared}`);
  const corpus: SourceDocument[] = [];
  let bytes = 0;
  for (let round = 0; bytes < targetBytes; round += 1) {
    for (const document of base) {
      corpus.push({ ...document, id: `${document.id}#${round}` });
      bytes += Buffer.byteLength(document.text);
    }
  }
  return corpus;
}

interface PhaseResult {
  phase: string;
  documents: number;
  bytes: number;
  seconds: number;
  peakRssMb: number;
  setupSeconds: number;
}

function runPhase(phase: 'baseline' | 'extract', shared: string): PhaseResult {
  const corpus = buildCorpus(shared);
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

function main(): void {
  const shared = process.env.SITREP_SHARED ?? join(process.cwd(), '..', 'shared');
  const phase = process.argv[2];
  if (phase === 'baseline' || phase === 'extract') {
    process.stdout.write(`${JSON.stringify(runPhase(phase, shared))}\n`);
    return;
  }
  const self = fileURLToPath(import.meta.url);
  const results: PhaseResult[] = [];
  for (const name of ['baseline', 'extract'] as const) {
    const child = spawnSync(process.execPath, [self, name], { encoding: 'utf8', env: { ...process.env, SITREP_SHARED: shared }, maxBuffer: 16 * 1024 * 1024 });
    if (child.status !== 0) throw new Error(`bench phase ${name} failed: ${child.stderr}`);
    results.push(JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as PhaseResult);
  }
  const [baseline, extract] = results as [PhaseResult, PhaseResult];
  const rate = (result: PhaseResult): number => result.documents / result.seconds;
  const rows = results.map((result) => `| ${result.phase} | ${result.documents} | ${(result.bytes / 1024 / 1024).toFixed(1)} MB | ${result.seconds.toFixed(2)} s | ${rate(result).toFixed(0)} docs/s | ${(result.bytes / 1024 / 1024 / result.seconds).toFixed(2)} MB/s | ${result.peakRssMb.toFixed(0)} MB | ${result.setupSeconds.toFixed(2)} s |`);
  console.log('| phase | documents | text | time | throughput | bytes/s | peak RSS | setup |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
  console.log(`\nextract / baseline throughput: ${(rate(extract) / rate(baseline)).toFixed(2)} (goal ≥ 0.25); extract peak RSS ${extract.peakRssMb.toFixed(0)} MB (goal < 500 MB)`);
}

main();
