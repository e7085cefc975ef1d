// The ingest job: readers → pipeline → resolver → store, one transaction per
// document. Idempotent by content hash, so a re-run (after a crash or a kill)
// skips what was stored and completes the rest without duplicating anything.
import type { Knowledge } from '../knowledge/knowledge.js';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import { toSitrepError } from '../model/index.js';
import { extractDocument } from '../pipeline/extract-document.js';
import type { Store } from '../store/index.js';
import { contentHash } from './content-hash.js';
import { readDocuments, type ReaderOptions, type ReadInput } from './read-documents.js';
import { storeAnalysis } from './services/store-analysis.js';

// A corpus folder's notes (ATTRIBUTION.md, README, LICENSE) travel with it but are not reports.
const corpusNote = /(^|[\\/])(attribution|readme|license|licence)(\.(md|txt))?$/i;

function isCorpusNote(source: string): boolean {
  return corpusNote.test(source);
}

/** One input that could not be stored, and why. */
export interface IngestFailure {
  source: string;
  code: string;
  message: string;
}

/** What an ingest run did. */
export interface IngestSummary {
  /** Documents read (stored, duplicate or failed). */
  documents: number;
  added: number;
  duplicates: number;
  failed: number;
  incidentsNew: number;
  incidentsMerged: number;
  entitiesNew: number;
  entitiesLinked: number;
  sameAsProposed: number;
  claims: number;
  failures: IngestFailure[];
  /** Reader warnings (skipped files and the like). */
  warnings: IngestFailure[];
}

/** Progress after each input item. */
export interface IngestProgress {
  processed: number;
  added: number;
  duplicates: number;
  failed: number;
  current: string;
}

/** Options of ingestDocuments. */
export interface IngestOptions {
  readerOptions?: ReaderOptions;
  /** Reference data for the pipeline; loaded once when not given. */
  knowledge?: Knowledge;
  onProgress?: (progress: IngestProgress) => void;
}

/** Reads every input and stores each document with its analysis; a bad document is a failure in the summary, never the end of the run. */
export async function ingestDocuments(store: Store, inputs: ReadInput[], options: IngestOptions = {}): Promise<IngestSummary> {
  const knowledge = options.knowledge ?? loadKnowledge();
  const isAmbiguous = (folded: string): boolean => knowledge.lookup(folded)?.ambiguous ?? false;
  const summary: IngestSummary = {
    documents: 0,
    added: 0,
    duplicates: 0,
    failed: 0,
    incidentsNew: 0,
    incidentsMerged: 0,
    entitiesNew: 0,
    entitiesLinked: 0,
    sameAsProposed: 0,
    claims: 0,
    failures: [],
    warnings: [],
  };
  const run = await store.ingestRuns.start();
  let processed = 0;
  for await (const item of readDocuments(inputs, options.readerOptions)) {
    processed++;
    const where = item.origin.line !== undefined ? `${item.origin.source}:${item.origin.line}` : item.origin.source;
    if (!item.ok) {
      const entry = { source: item.origin.entry ?? where, code: item.diagnostic.code, message: item.diagnostic.message };
      if (item.diagnostic.severity === 'error') {
        summary.failed++;
        summary.failures.push(entry);
      } else summary.warnings.push(entry);
    } else if (isCorpusNote(item.origin.source)) {
      summary.warnings.push({ source: where, code: 'INPUT_FORMAT', message: 'skipped: attribution or readme file, not a report' });
    } else {
      summary.documents++;
      const document = item.document;
      try {
        const hash = contentHash(document);
        if ((await store.documents.findByHash(hash)) !== undefined) {
          summary.duplicates++;
        } else {
          const result = extractDocument(document, knowledge);
          // One transaction per document: a crash mid-document leaves nothing of it.
          const outcome = await store.transaction((tx) => storeAnalysis(tx, document, hash, result, { isAmbiguous }));
          if (!outcome.created) summary.duplicates++;
          else {
            summary.added++;
            summary.incidentsNew += outcome.incidentsNew;
            summary.incidentsMerged += outcome.incidentsMerged;
            summary.entitiesNew += outcome.entitiesNew;
            summary.entitiesLinked += outcome.entitiesLinked;
            summary.sameAsProposed += outcome.sameAsProposed;
            summary.claims += outcome.claims;
          }
        }
      } catch (error) {
        const failure = toSitrepError(error);
        summary.failed++;
        summary.failures.push({ source: `${where} (${document.id})`, code: failure.code, message: failure.message });
      }
    }
    options.onProgress?.({ processed, added: summary.added, duplicates: summary.duplicates, failed: summary.failed, current: where });
  }
  const { failures: _failures, warnings: _warnings, ...counts } = summary;
  await store.ingestRuns.update(run.id, counts, new Date().toISOString());
  return summary;
}
