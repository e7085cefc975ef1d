import type { Diagnostic } from '../../model/index.js';
import { decodeText } from './decode-text.js';
import type { ReadContext } from './read-context.js';
import { failure, type ReadItem } from './read-item.js';
import { recordToDocument } from './record-to-document.js';

/** Where JSON Lines come from: the origin's source and the label that names records without an id. */
export interface JsonlSource {
  source: string;
  label: string;
}

const newline = 0x0a;

/**
 * Documents from a JSON Lines byte stream, read line by line so a file of any
 * size streams: a blank line is skipped; a bad line (invalid JSON, no text, over
 * the size cap) is a diagnostic with its line number and the others are unaffected.
 */
export async function* readJsonl(chunks: AsyncIterable<Uint8Array>, from: JsonlSource, context: ReadContext): AsyncGenerator<ReadItem> {
  let parts: Uint8Array[] = [];
  let partBytes = 0;
  let oversized = false;
  let lineNumber = 0;
  let produced = 0;
  const endLine = function* (): Generator<ReadItem> {
    lineNumber++;
    if (oversized) {
      produced++;
      yield failure({ source: from.source, line: lineNumber }, 'INPUT_TOO_LARGE', `line is larger than ${context.maxDocumentBytes} bytes`);
    } else if (partBytes > 0) {
      const item = jsonlLine(Buffer.concat(parts), lineNumber, from, context);
      if (item) {
        produced++;
        yield item;
      }
    }
    parts = [];
    partBytes = 0;
    oversized = false;
  };
  const append = (bytes: Uint8Array): void => {
    if (oversized || bytes.length === 0) return;
    partBytes += bytes.length;
    // Past the cap the line is dropped as it streams, so one huge line never sits in memory.
    if (partBytes > context.maxDocumentBytes) {
      oversized = true;
      parts = [];
    } else parts.push(bytes);
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(newline, start); end !== -1; end = chunk.indexOf(newline, start)) {
      append(chunk.subarray(start, end));
      yield* endLine();
      start = end + 1;
    }
    append(chunk.subarray(start));
  }
  if (partBytes > 0 || oversized) yield* endLine();
  if (produced === 0) yield failure({ source: from.source }, 'INPUT_EMPTY', 'no documents: every line is blank');
}

/** Documents from JSON Lines already decoded to a string (UTF-16 files, fetched bodies). */
export function* readJsonlText(text: string, from: JsonlSource, context: ReadContext): Generator<ReadItem> {
  let produced = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const item = Buffer.byteLength(line, 'utf8') > context.maxDocumentBytes
      ? failure({ source: from.source, line: i + 1 }, 'INPUT_TOO_LARGE', `line is larger than ${context.maxDocumentBytes} bytes`)
      : jsonlTextLine(line, [], i + 1, from, context);
    if (item) {
      produced++;
      yield item;
    }
  }
  if (produced === 0) yield failure({ source: from.source }, 'INPUT_EMPTY', 'no documents: every line is blank');
}

function jsonlLine(bytes: Uint8Array, line: number, from: JsonlSource, context: ReadContext): ReadItem | undefined {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, origin: { source: from.source, line }, diagnostic: { ...decoded.diagnostic, line } };
  return jsonlTextLine(decoded.text, decoded.diagnostics.map((d) => ({ ...d, line })), line, from, context);
}

function jsonlTextLine(
  text: string,
  warnings: Diagnostic[],
  line: number,
  from: JsonlSource,
  context: ReadContext,
): ReadItem | undefined {
  if (text.trim() === '') return undefined;
  const origin = { source: from.source, line };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return failure(origin, 'INPUT_JSON', `invalid JSON: ${(error as Error).message}`);
  }
  const result = recordToDocument(value, `${from.label}:${line}`, context, line);
  if (!result.ok) return { ok: false, origin, diagnostic: result.diagnostic };
  return { ok: true, document: result.document, origin: { ...origin, entry: result.document.id }, diagnostics: [...warnings, ...result.diagnostics] };
}
