import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Diagnostic, SourceDocument } from '../../model/index.js';
import { htmlToText, type TextNodeLike } from './html-to-text.js';
import type { ReadContext } from './read-context.js';
import { diagnose } from './read-item.js';
import type { RecordResult } from './record-to-document.js';
import { resolvePublished } from './resolve-published.js';

/** Meta tags that carry an article's publication date, most specific first. */
const dateSelectors = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date"]',
];

/** Minimal DOM surface used here; linkedom's types are looser than the standard DOM's. */
interface ElementLike extends TextNodeLike {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface DocumentLike {
  querySelector(selector: string): ElementLike | null;
  body: ElementLike | null;
  title: string;
}

/**
 * A document from a web page: the main text found by Readability, as paragraphs
 * separated by blank lines, with title, date and canonical URL from the page's
 * metadata. Falls back to the whole body when Readability finds no article.
 */
export function readHtml(html: string, fallbackId: string, context: ReadContext, sourceUrl?: string): RecordResult {
  const diagnostics: Diagnostic[] = [];
  const { document: page } = parseHTML(html) as unknown as { document: DocumentLike };
  const meta = pageMetadata(page);
  let text = '';
  let articleTitle: string | undefined;
  let articleDate: string | undefined;
  // Readability recurses per level and crawls on pathological nesting; such pages get the plain body text.
  const readable = domDepth(page.body, maxReadableDepth) < maxReadableDepth;
  try {
    if (!readable) throw new Error('too deeply nested for Readability');
    // Readability edits the DOM it reads, so it gets its own copy.
    const { document: copy } = parseHTML(html);
    const article = new Readability(copy as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    if (article?.content) {
      const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`) as unknown as {
        document: DocumentLike;
      };
      if (content.body) text = htmlToText(content.body);
      articleTitle = article.title ?? undefined;
      articleDate = article.publishedTime ?? undefined;
    }
  } catch {
    // Readability gives up on some malformed pages; the body text below still serves.
  }
  if (text.trim() === '' && page.body) text = htmlToText(page.body);
  if (text.trim() === '') return { ok: false, diagnostic: diagnose('INPUT_EMPTY', 'web page has no text') };
  if (Buffer.byteLength(text, 'utf8') > context.maxDocumentBytes) {
    return { ok: false, diagnostic: diagnose('INPUT_TOO_LARGE', `page text is larger than ${context.maxDocumentBytes} bytes`) };
  }
  const document: SourceDocument = { id: fallbackId, text };
  const published = resolvePublished(meta.date ?? articleDate, text, context.defaultDate, diagnostics);
  if (published !== undefined) document.published = published;
  const title = meta.title ?? articleTitle;
  if (title) document.title = title;
  const url = meta.url ?? sourceUrl;
  if (url) document.url = url;
  return { ok: true, document, diagnostics };
}

/** Nesting beyond this is malformed or hostile markup, not an article. */
const maxReadableDepth = 400;

/** The element depth of a subtree, counted up to `limit`. */
function domDepth(root: TextNodeLike | null, limit: number): number {
  if (!root) return 0;
  let deepest = 0;
  const stack: [TextNodeLike, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() ?? [root, 0];
    if (depth > deepest) deepest = depth;
    if (deepest >= limit) return deepest;
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i];
      if (child && child.nodeType === 1) stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

function pageMetadata(page: DocumentLike): { title?: string; date?: string; url?: string } {
  const attribute = (selector: string, name: string): string | undefined => {
    const value = page.querySelector(selector)?.getAttribute(name)?.trim();
    return value ? value : undefined;
  };
  let date: string | undefined;
  for (const selector of dateSelectors) {
    date = attribute(selector, 'content');
    if (date) break;
  }
  date ??= attribute('time[datetime]', 'datetime');
  const title = attribute('meta[property="og:title"]', 'content') ?? (page.title.trim() || undefined);
  const url = attribute('link[rel="canonical"]', 'href') ?? attribute('meta[property="og:url"]', 'content');
  const result: { title?: string; date?: string; url?: string } = {};
  if (title) result.title = title;
  if (date) result.date = date;
  if (url && /^https?:\/\//.test(url)) result.url = url;
  return result;
}
