import { SitrepError } from '../../model/index.js';
import type { ReadContext } from './read-context.js';
import type { ByteSource } from './read-source.js';

/**
 * Fetch a URL as a byte source, with the context's timeout and size cap; a
 * failed request, an HTTP error status or a timeout throws an INPUT_NOT_FOUND
 * SitrepError, a declared oversize body an INPUT_TOO_LARGE one.
 */
export async function openUrl(url: string, context: ReadContext): Promise<ByteSource> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SitrepError('INPUT_NOT_FOUND', `not a valid URL: ${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new SitrepError('INPUT_NOT_FOUND', `unsupported URL scheme ${parsed.protocol}`);
  }
  const signal = AbortSignal.timeout(context.fetchTimeoutMs);
  let response: Response;
  try {
    response = await context.fetch(url, { signal, redirect: 'follow', headers: { accept: 'application/rss+xml, application/atom+xml, text/html, application/json, text/plain;q=0.9, */*;q=0.5' } });
  } catch (error) {
    throw new SitrepError('INPUT_NOT_FOUND', fetchFailure(error, context), { cause: error });
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new SitrepError('INPUT_NOT_FOUND', `HTTP ${response.status} ${response.statusText}`.trim());
  }
  const length = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(length) && length > context.maxContainerBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new SitrepError('INPUT_TOO_LARGE', `response is ${length} bytes, more than the limit of ${context.maxContainerBytes}`);
  }
  const body = response.body;
  const source: ByteSource = {
    source: url,
    name: parsed.pathname,
    id: url,
    label: url,
    contentType: response.headers.get('content-type'),
    url: response.url || url,
    open: () => bodyChunks(body, context),
  };
  if (Number.isFinite(length)) source.size = length;
  return source;
}

async function* bodyChunks(body: ReadableStream<Uint8Array> | null, context: ReadContext): AsyncGenerator<Uint8Array> {
  if (!body) return;
  const reader = body.getReader();
  try {
    for (;;) {
      let result: Awaited<ReturnType<typeof reader.read>>;
      try {
        result = await reader.read();
      } catch (error) {
        throw new SitrepError('INPUT_NOT_FOUND', fetchFailure(error, context), { cause: error });
      }
      if (result.done) return;
      yield result.value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

function fetchFailure(error: unknown, context: ReadContext): string {
  const name = (error as { name?: unknown }).name;
  if (name === 'TimeoutError' || name === 'AbortError') return `no response within ${context.fetchTimeoutMs} ms`;
  const cause = (error as { cause?: { message?: unknown } }).cause?.message;
  return `fetch failed: ${typeof cause === 'string' ? cause : (error as Error).message}`;
}
