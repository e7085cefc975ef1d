import { createHash } from 'node:crypto';
import { SitrepError, type Diagnostic, type SourceDocument } from '../../model/index.js';
import { ByteReader } from './byte-reader.js';
import { decodeText, utf16Encoding } from './decode-text.js';
import { detectBinary, sniffBytes } from './detect-binary.js';
import { formatFromContentType, formatFromName, sniffFormat, type DocumentFormat } from './detect-format.js';
import type { ReadContext } from './read-context.js';
import { readFeed } from './read-feed.js';
import { readHtml } from './read-html.js';
import { failure, type Origin, type ReadCode, type ReadItem } from './read-item.js';
import { readJsonl, readJsonlText } from './read-jsonl.js';
import { recordToDocument, type RecordResult } from './record-to-document.js';
import { resolvePublished } from './resolve-published.js';

/** One file-like input: a file, stdin or a fetched body. */
export interface ByteSource {
  /** Origin source: the path, the URL, or '-' for stdin. */
  source: string;
  /** File name or URL path, for the extension. */
  name?: string;
  /** Document id for single-document formats; undefined to use a content hash. */
  id?: string;
  /** Label for records without an id (`<label>:<line>`). */
  label: string;
  /** Byte size when known before reading. */
  size?: number;
  contentType?: string | null;
  /** The URL the bytes came from. */
  url?: string;
  /** Found by a folder walk: an unrecognised binary file is skipped with a warning, not an error. */
  inFolder?: boolean;
  open(): AsyncIterable<Uint8Array | string>;
}

/**
 * The documents of one file-like input: sniff the first bytes for binary
 * content and format, then read it as JSON Lines (streamed), JSON, HTML, a
 * feed or plain text. Every failure becomes an item; nothing is thrown.
 */
export async function* readSource(input: ByteSource, context: ReadContext): AsyncGenerator<ReadItem> {
  const origin: Origin = { source: input.source };
  let reader: ByteReader | undefined;
  try {
    reader = new ByteReader(input.open());
    const sample = await reader.peek(sniffBytes);
    if (sample.length === 0) {
      yield failure(origin, 'INPUT_EMPTY', 'input is empty');
      return;
    }
    const declared = formatFromName(input.name) ?? formatFromContentType(input.contentType);
    const binary = detectBinary(sample);
    if (binary) {
      yield input.inFolder && !declared
        ? failure(origin, 'INPUT_FORMAT', `skipped: unsupported binary file (${binary})`, 'warning')
        : failure(origin, 'INPUT_BINARY', `input is binary (${binary}), not text`);
      return;
    }
    const format: DocumentFormat = declared ?? sniffFormat(sampleText(sample));
    const utf16 = utf16Encoding(sample) !== undefined;
    if (format === 'jsonl' && !utf16) {
      yield* readJsonl(reader.chunks(), { source: input.source, label: input.label }, context);
      return;
    }
    const cap = format === 'text' || format === 'html' ? context.maxDocumentBytes : context.maxContainerBytes;
    if (input.size !== undefined && input.size > cap) {
      yield failure(origin, 'INPUT_TOO_LARGE', `input is ${input.size} bytes, more than the limit of ${cap}`);
      return;
    }
    const bytes = await reader.readAll(cap);
    if (bytes === undefined) {
      yield failure(origin, 'INPUT_TOO_LARGE', `input is more than the limit of ${cap} bytes`);
      return;
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      yield { ok: false, origin, diagnostic: decoded.diagnostic };
      return;
    }
    const text = decoded.text;
    if (text.trim() === '') {
      yield failure(origin, 'INPUT_EMPTY', 'input has only whitespace');
      return;
    }
    const warnings = decoded.diagnostics;
    const withWarnings = (item: ReadItem): ReadItem => (item.ok ? { ...item, diagnostics: [...warnings, ...item.diagnostics] } : item);
    for (const item of readDecoded(text, format, input, context)) yield withWarnings(item);
  } catch (error) {
    yield failure(origin, errorCode(error), `could not read: ${(error as Error).message ?? String(error)}`);
  } finally {
    await reader?.close().catch(() => undefined);
  }
}

function* readDecoded(text: string, format: DocumentFormat, input: ByteSource, context: ReadContext): Generator<ReadItem> {
  const origin: Origin = { source: input.source };
  const id = input.id ?? hashId(text);
  switch (format) {
    case 'jsonl':
      yield* readJsonlText(text, { source: input.source, label: input.label }, context);
      return;
    case 'json':
      yield* readJson(text, input, id, context);
      return;
    case 'html':
      yield fromRecord(readHtml(text, id, context, input.url), origin);
      return;
    case 'feed': {
      const feed = readFeed(text, id, context);
      if (!feed.ok) {
        // Other XML in a folder (sitemaps, configs) is an unsupported file, skipped like any other.
        const skipped = feed.notFeed === true && input.inFolder === true;
        yield { ok: false, origin, diagnostic: skipped ? { ...feed.diagnostic, severity: 'warning', message: `skipped: ${feed.diagnostic.message}` } : feed.diagnostic };
        return;
      }
      if (feed.entries.length === 0) yield failure(origin, 'INPUT_EMPTY', 'feed has no items', 'warning');
      for (const entry of feed.entries) yield fromRecord(entry, { ...origin, entry: entry.entry });
      return;
    }
    case 'text': {
      // The text is kept exactly as read: evidence offsets index into it.
      const diagnostics: Diagnostic[] = [];
      const document: SourceDocument = { id, text };
      const published = resolvePublished(undefined, text, context.defaultDate, diagnostics);
      if (published !== undefined) document.published = published;
      if (input.url) document.url = input.url;
      yield { ok: true, document, origin: { ...origin, entry: id }, diagnostics };
      return;
    }
  }
}

/** A .json file: one record, an array of records, or (misnamed) JSON Lines. */
function* readJson(text: string, input: ByteSource, id: string, context: ReadContext): Generator<ReadItem> {
  const origin: Origin = { source: input.source };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    if (lines.length > 1 && lines[0]?.trim().startsWith('{')) {
      yield* readJsonlText(text, { source: input.source, label: input.label }, context);
      return;
    }
    yield failure(origin, 'INPUT_JSON', `invalid JSON: ${(error as Error).message}`);
    return;
  }
  if (!Array.isArray(value)) {
    yield fromRecord(recordToDocument(value, id, context), origin);
    return;
  }
  if (value.length === 0) yield failure(origin, 'INPUT_EMPTY', 'JSON array is empty');
  for (let i = 0; i < value.length; i++) {
    const entry = `${input.label}#${i + 1}`;
    const result = recordToDocument(value[i], entry, context);
    yield fromRecord(result, { ...origin, entry: result.ok ? result.document.id : entry });
  }
}

function fromRecord(result: RecordResult, origin: Origin): ReadItem {
  if (!result.ok) return { ok: false, origin, diagnostic: result.diagnostic };
  return { ok: true, document: result.document, origin: { entry: result.document.id, ...origin }, diagnostics: result.diagnostics };
}

/** Id of a document with no name (stdin): a prefix of its text's SHA-256. */
function hashId(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

/** The sample as text for sniffing; a character cut at the sample's end does not matter. */
function sampleText(sample: Uint8Array): string {
  const utf16 = utf16Encoding(sample);
  return new TextDecoder(utf16 ?? 'utf-8').decode(sample);
}

function errorCode(error: unknown): ReadCode {
  if (error instanceof SitrepError && error.code.startsWith('INPUT_')) return error.code as ReadCode;
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') return 'INPUT_NOT_FOUND';
  return 'INPUT_FORMAT';
}
