import type { Diagnostic, SourceDocument } from '../../model/index.js';
import type { ReadContext } from './read-context.js';
import { diagnose } from './read-item.js';
import { resolvePublished } from './resolve-published.js';

/** A document built from a JSON record, or the reason the record is not one. */
export type RecordResult = { ok: true; document: SourceDocument; diagnostics: Diagnostic[] } | { ok: false; diagnostic: Diagnostic };

/**
 * A document from one JSON record `{id, text, published?, title?, url?}`, also
 * accepting the open corpus fields (`url_or_origin`, `source`, `license`) and
 * `date` for `published`. The text is kept exactly as given.
 */
export function recordToDocument(value: unknown, fallbackId: string, context: ReadContext, line?: number): RecordResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, diagnostic: diagnose('INPUT_FIELD', 'expected a JSON object with a "text" string', 'error', line) };
  }
  const record = value as Record<string, unknown>;
  const text = record['text'];
  if (typeof text !== 'string') {
    return { ok: false, diagnostic: diagnose('INPUT_FIELD', 'record has no "text" string', 'error', line) };
  }
  if (text.trim() === '') {
    return { ok: false, diagnostic: diagnose('INPUT_EMPTY', 'record text is empty', 'error', line) };
  }
  if (Buffer.byteLength(text, 'utf8') > context.maxDocumentBytes) {
    return {
      ok: false,
      diagnostic: diagnose('INPUT_TOO_LARGE', `record text is larger than ${context.maxDocumentBytes} bytes`, 'error', line),
    };
  }
  const diagnostics: Diagnostic[] = [];
  const rawId = record['id'];
  const id = (typeof rawId === 'string' && rawId.trim() !== '') || typeof rawId === 'number' ? String(rawId) : fallbackId;
  const document: SourceDocument = { id, text };
  const published = resolvePublished(record['published'] ?? record['date'], text, context.defaultDate, diagnostics, line);
  if (published !== undefined) document.published = published;
  const title = record['title'];
  if (typeof title === 'string' && title.trim() !== '') document.title = title;
  const url = urlOf(record);
  if (url !== undefined) document.url = url;
  return { ok: true, document, diagnostics };
}

/** The record's URL: `url`, or the leading web address of the corpus field `url_or_origin`. */
function urlOf(record: Record<string, unknown>): string | undefined {
  const url = record['url'];
  if (typeof url === 'string' && url.trim() !== '') return url.trim();
  const origin = record['url_or_origin'];
  if (typeof origin !== 'string') return undefined;
  return /^https?:\/\/[^\s;]+/.exec(origin.trim())?.[0];
}
