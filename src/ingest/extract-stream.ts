import { loadKnowledge } from '../knowledge/load-knowledge.js';
import { extractSchema, toSitrepError } from '../model/index.js';
import type { ExtractResult } from '../model/index.js';
import { extractDocument } from '../pipeline/extract-document.js';
import { readDocuments } from './read-documents.js';
import type { ReaderOptions, ReadInput } from './read-documents.js';
import { formatExtractText } from './format-extract-text.js';

/** How `extract` writes and reports. */
export interface ExtractStreamOptions {
  format: 'jsonl' | 'text';
  write: (chunk: string) => Promise<void> | void;
  progress?: ((line: string) => void) | undefined;
  readerOptions?: ReaderOptions;
  knowledgeDir?: string;
}

/** What a run of `extract` did. */
export interface ExtractSummary {
  documents: number;
  failed: number;
  failures: string[];
}

/** Read every input, extract each document, and write one result per document; a bad document is a diagnostic line. */
export async function extractText(inputs: ReadInput[], options: ExtractStreamOptions): Promise<ExtractSummary> {
  const knowledge = options.knowledgeDir ? loadKnowledge(options.knowledgeDir) : loadKnowledge();
  const summary: ExtractSummary = { documents: 0, failed: 0, failures: [] };
  let lastProgress = 0;
  const started = performance.now();
  for await (const item of readDocuments(inputs, options.readerOptions)) {
    let result: ExtractResult;
    if (item.ok) {
      try {
        result = extractDocument(item.document, knowledge);
        result.diagnostics.unshift(...item.diagnostics);
        summary.documents += 1;
      } catch (error) {
        // One document the extractor cannot read is a diagnostic, never the end of the batch.
        const failure = toSitrepError(error);
        result = emptyResult(item.document.id, item.document.published ?? null, { code: failure.code, severity: 'error', message: failure.message });
        summary.failed += 1;
        summary.failures.push(`${item.document.id}: ${failure.message} [${failure.code}]`);
      }
    } else {
      const where = item.origin.line !== undefined ? `${item.origin.source}:${item.origin.line}` : item.origin.source;
      result = emptyResult(item.origin.entry ?? where, null, item.diagnostic);
      if (item.diagnostic.severity === 'error') {
        summary.failed += 1;
        summary.failures.push(`${where}: ${item.diagnostic.message} [${item.diagnostic.code}]`);
      }
    }
    await options.write(options.format === 'text' ? formatExtractText(result) : `${JSON.stringify(result)}\n`);
    const now = performance.now();
    if (options.progress && now - lastProgress > 200) {
      lastProgress = now;
      const rate = (summary.documents / Math.max(0.001, (now - started) / 1000)).toFixed(0);
      options.progress(`extracted ${summary.documents} documents, ${summary.failed} failed (${rate}/s)`);
    }
  }
  return summary;
}

function emptyResult(id: string, published: string | null, diagnostic: ExtractResult['diagnostics'][number]): ExtractResult {
  return { schema: extractSchema, id, published, entities: [], claims: [], incidents: [], diagnostics: [diagnostic] };
}
