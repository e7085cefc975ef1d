// The ingest phases of the bench, each run in a child process of its own:
// `ingest-extract` reads the generated corpus and extracts every report (no
// store) — the baseline; `ingest` reads, extracts, resolves and stores the
// same reports into one database, then times the queries on it.
import { statSync } from 'node:fs';
import { ingestDocuments } from '../ingest/ingest-documents.js';
import { readDocuments } from '../ingest/read-documents.js';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import { extractDocument } from '../pipeline/extract-document.js';
import { openStore } from '../store/index.js';
import { timeQueries, type QueryTiming } from './time-queries.js';

/** What one ingest phase measured. */
export interface IngestPhaseResult {
  phase: string;
  database: string;
  documents: number;
  added: number;
  failed: number;
  seconds: number;
  peakRssMb: number;
  /** Documents per second over each tenth of the run, to see whether ingest slows as the store grows. */
  tenths: number[];
  counts?: { entities: number; incidents: number; claims: number; sameAs: number };
  storeMb?: number;
  queries?: QueryTiming[];
  querySeconds?: number;
}

/** Options of runIngestPhase. */
export interface IngestPhaseOptions {
  /** The generated corpus, one JSON document per line. */
  corpus: string;
  /** Number of documents in the corpus (for the progress tenths). */
  documents: number;
  /** The store URL; absent for the extract-only baseline. */
  url?: string;
  /** Label of the database in the report. */
  database: string;
  reps: number;
  /** Files whose size is the store's size on disk. */
  storeFiles?: string[];
}

/** Runs one ingest phase and returns what it measured. */
export async function runIngestPhase(options: IngestPhaseOptions): Promise<IngestPhaseResult> {
  let peak = process.memoryUsage().rss;
  const sample = (): void => {
    const rss = process.memoryUsage().rss;
    if (rss > peak) peak = rss;
  };
  const knowledge = loadKnowledge();
  const tenth = Math.max(1, Math.round(options.documents / 10));
  const tenths: number[] = [];
  let mark = performance.now();
  const progress = (processed: number): void => {
    if (processed % 50 === 0) sample();
    if (processed % tenth !== 0) return;
    const now = performance.now();
    tenths.push(Math.round((tenth / ((now - mark) / 1000)) * 10) / 10);
    mark = now;
    process.stderr.write(`  ${options.database}: ${processed}/${options.documents} documents, ${tenths.at(-1)} docs/s\n`);
  };

  if (options.url === undefined) {
    const started = performance.now();
    let documents = 0;
    let sink = 0;
    for await (const item of readDocuments([{ path: options.corpus }])) {
      if (!item.ok) continue;
      const result = extractDocument(item.document, knowledge);
      sink += result.claims.length + result.incidents.length;
      documents++;
      progress(documents);
    }
    const seconds = (performance.now() - started) / 1000;
    if (sink < 0) console.error(sink);
    sample();
    return { phase: 'ingest-extract', database: options.database, documents, added: 0, failed: 0, seconds, peakRssMb: peak / 1024 / 1024, tenths };
  }

  const store = await openStore(options.url);
  try {
    const started = performance.now();
    const summary = await ingestDocuments(store, [{ path: options.corpus }], { knowledge, onProgress: (p) => progress(p.processed) });
    const seconds = (performance.now() - started) / 1000;
    sample();
    if (summary.failed > 0) process.stderr.write(`  ${options.database}: ${summary.failed} failures, first: ${JSON.stringify(summary.failures[0])}\n`);
    const counts = {
      entities: await store.entities.count(),
      incidents: await store.incidents.count(),
      claims: await store.claims.count(),
      sameAs: (await store.sameAs.list({ limit: 10_000_000 })).length,
    };
    process.stderr.write(`  ${options.database}: timing queries\n`);
    const queryStarted = performance.now();
    const queries = await timeQueries(store, { reps: options.reps });
    const querySeconds = (performance.now() - queryStarted) / 1000;
    sample();
    const storeMb = options.storeFiles?.reduce((sum, file) => sum + fileSize(file), 0);
    return {
      phase: 'ingest',
      database: options.database,
      documents: summary.documents,
      added: summary.added,
      failed: summary.failed,
      seconds,
      peakRssMb: peak / 1024 / 1024,
      tenths,
      counts,
      ...(storeMb !== undefined ? { storeMb: storeMb / 1024 / 1024 } : {}),
      queries,
      querySeconds,
    };
  } finally {
    await store.close();
  }
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
