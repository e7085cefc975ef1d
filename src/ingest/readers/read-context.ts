import type { ReaderOptions } from './read-item.js';

/** Resolved reader settings, shared by every reader. */
export interface ReadContext {
  maxDocumentBytes: number;
  maxContainerBytes: number;
  defaultDate: string | undefined;
  fetch: typeof fetch;
  fetchTimeoutMs: number;
}

/** Fill in reader defaults. */
export function readContext(options: ReaderOptions = {}): ReadContext {
  const maxDocumentBytes = options.maxDocumentBytes ?? 5 * 1024 * 1024;
  return {
    maxDocumentBytes,
    maxContainerBytes: options.maxContainerBytes ?? maxDocumentBytes * 20,
    defaultDate: options.defaultDate,
    fetch: options.fetch ?? globalThis.fetch,
    fetchTimeoutMs: options.fetchTimeoutMs ?? 30_000,
  };
}
