import type { Diagnostic, SourceDocument } from '../../model/index.js';

/** Where an item came from: a path, a URL or '-' for stdin, and the line or feed entry inside it. */
export interface Origin {
  source: string;
  line?: number;
  entry?: string;
}

/** One input to read: a file or folder path, a readable stream (stdin), or a URL. */
export type ReadInput = { path: string } | { stdin: NodeJS.ReadableStream; name?: string } | { url: string };

/** Limits and defaults for reading. */
export interface ReaderOptions {
  /** A document larger than this many bytes is a diagnostic, not read (default 5 MB). */
  maxDocumentBytes?: number;
  /** A whole JSON, feed or fetched file larger than this is a diagnostic (default 20 × maxDocumentBytes). */
  maxContainerBytes?: number;
  /** Report date (`--date`) for documents with neither a date field nor a dateline. */
  defaultDate?: string;
  /** The fetch used for URL inputs (default: global fetch). */
  fetch?: typeof fetch;
  /** Milliseconds before a URL fetch is abandoned (default 30 s). */
  fetchTimeoutMs?: number;
}

/** One result of reading: a document (with any warnings about how it was read) or a diagnostic for one bad input. */
export type ReadItem =
  | { ok: true; document: SourceDocument; origin: Origin; diagnostics: Diagnostic[] }
  | { ok: false; origin: Origin; diagnostic: Diagnostic };

/** Reader codes; a subset of the model's ErrorCode. */
export type ReadCode =
  | 'INPUT_EMPTY'
  | 'INPUT_BINARY'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_ENCODING'
  | 'INPUT_JSON'
  | 'INPUT_FIELD'
  | 'INPUT_FORMAT'
  | 'INPUT_NOT_FOUND'
  | 'INPUT_DATE';

/** Build a diagnostic with a reader code. */
export function diagnose(code: ReadCode, message: string, severity: Diagnostic['severity'] = 'error', line?: number): Diagnostic {
  return line === undefined ? { code, severity, message } : { code, severity, message, line };
}

/** Build a failed item for one input. */
export function failure(origin: Origin, code: ReadCode, message: string, severity: Diagnostic['severity'] = 'error'): ReadItem {
  return { ok: false, origin, diagnostic: diagnose(code, message, severity, origin.line) };
}
