import { extname } from 'node:path';

/** The document formats the readers know. */
export type DocumentFormat = 'text' | 'jsonl' | 'json' | 'html' | 'feed';

const byExtension: Record<string, DocumentFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

/** Extensions of binary files that a folder walk skips without opening. */
export const binaryExtensions = new Set([
  '.png', '.jpg', '.jpeg', '.gif', '.webp', '.bmp', '.tif', '.tiff', '.ico', '.svgz',
  '.pdf', '.doc', '.docx', '.xls', '.xlsx', '.ppt', '.pptx', '.odt', '.ods', '.epub',
  '.zip', '.gz', '.tgz', '.bz2', '.xz', '.7z', '.rar', '.tar', '.zst',
  '.exe', '.dll', '.so', '.dylib', '.bin', '.o', '.class', '.jar', '.wasm',
  '.mp3', '.mp4', '.m4a', '.wav', '.ogg', '.avi', '.mov', '.mkv', '.webm',
  '.db', '.sqlite', '.sqlite3', '.parquet', '.woff', '.woff2', '.ttf', '.otf',
]);

/** The format a file name's extension declares, if it declares one. */
export function formatFromName(name: string | undefined): DocumentFormat | undefined {
  if (!name) return undefined;
  return byExtension[extname(name).toLowerCase()];
}

/** The format an HTTP Content-Type declares, if it is specific enough. */
export function formatFromContentType(contentType: string | null | undefined): DocumentFormat | undefined {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'application/rss+xml' || type === 'application/atom+xml' || type === 'application/rdf+xml') return 'feed';
  if (type === 'application/x-ndjson' || type === 'application/jsonl' || type === 'application/x-jsonlines') return 'jsonl';
  if (type === 'application/json') return 'json';
  return undefined;
}

/**
 * The format of text by its opening: `{` starts JSON Lines (or one pretty-printed
 * JSON object), `[` a JSON array, `<html`/`<!doctype html` a web page,
 * `<rss`/`<feed`/`<rdf:RDF` a feed (after any XML prolog); anything else is plain text.
 */
export function sniffFormat(sample: string): DocumentFormat {
  const start = sample.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) {
    // Pretty-printed JSON opens with a lone brace; JSON Lines put a whole object on the first line.
    const firstLine = start.split('\n', 1)[0]?.trim() ?? '';
    return firstLine === '{' ? 'json' : 'jsonl';
  }
  if (start.startsWith('[')) return 'json';
  if (!start.startsWith('<')) return 'text';
  const head = start.slice(0, 4096).toLowerCase();
  const markup = head.replace(/<\?xml[^>]*\?>/g, '').replace(/<!--[\s\S]*?-->/g, '').trimStart();
  if (/^<(rss|feed|rdf:rdf)[\s>]/.test(markup)) return 'feed';
  if (/^<(!doctype\s+html|html)[\s>]/.test(markup) || /<(html|body|head)[\s>]/.test(head)) return 'html';
  if (/<(rss|feed|rdf:rdf)[\s>]/.test(head)) return 'feed';
  return 'text';
}
