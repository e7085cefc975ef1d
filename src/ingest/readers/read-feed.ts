import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import type { Diagnostic, SourceDocument } from '../../model/index.js';
import { htmlToText, type TextNodeLike } from './html-to-text.js';
import type { ReadContext } from './read-context.js';
import { diagnose } from './read-item.js';
import type { RecordResult } from './record-to-document.js';
import { resolvePublished } from './resolve-published.js';

/** One feed entry read into a document (or its diagnostic), with the entry's name for the origin. */
export type FeedEntryResult = RecordResult & { entry: string };

/** A whole feed: its entries, or why it is not a feed. */
export type FeedResult = { ok: true; entries: FeedEntryResult[] } | { ok: false; diagnostic: Diagnostic; notFeed?: boolean };

type XmlValue = string | number | boolean | XmlObject | XmlValue[] | undefined | null;
interface XmlObject {
  [key: string]: XmlValue;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/**
 * Documents from an RSS 2.0, RSS 1.0 (RDF) or Atom feed, one per item or
 * entry: title, link, date as YYYY-MM-DD, and text from the fullest of
 * content:encoded, content, description and summary with its HTML stripped.
 */
export function readFeed(xml: string, feedId: string, context: ReadContext): FeedResult {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return {
      ok: false,
      diagnostic: diagnose('INPUT_FORMAT', `feed is not well-formed XML: ${valid.err.msg}`, 'error', valid.err.line),
    };
  }
  let root: XmlObject;
  try {
    root = parser.parse(xml) as XmlObject;
  } catch (error) {
    return { ok: false, diagnostic: diagnose('INPUT_FORMAT', `feed could not be parsed: ${(error as Error).message}`) };
  }
  const rss = asObject(root['rss']);
  const rdf = asObject(root['rdf:RDF']);
  const atom = asObject(root['feed']);
  let items: XmlValue[];
  if (rss) items = asArray(asObject(rss['channel'])?.['item']);
  else if (rdf) items = asArray(rdf['item']);
  else if (atom) items = asArray(atom['entry']);
  else return { ok: false, notFeed: true, diagnostic: diagnose('INPUT_FORMAT', 'XML is not an RSS or Atom feed') };
  const entries = items.map((item, index) => readEntry(asObject(item) ?? {}, `${feedId}#${index + 1}`, context));
  return { ok: true, entries };
}

function readEntry(item: XmlObject, fallbackId: string, context: ReadContext): FeedEntryResult {
  const link = linkOf(item['link']);
  const id = textOf(item['guid']) || textOf(item['id']) || link || fallbackId;
  const candidates = [item['content:encoded'], item['content'], item['description'], item['summary']].map(textOf);
  const html = candidates.reduce((best, next) => (next.length > best.length ? next : best), '');
  const text = html ? stripHtml(html) : '';
  if (text.trim() === '') return { ok: false, entry: id, diagnostic: diagnose('INPUT_EMPTY', 'feed entry has no text') };
  if (Buffer.byteLength(text, 'utf8') > context.maxDocumentBytes) {
    return { ok: false, entry: id, diagnostic: diagnose('INPUT_TOO_LARGE', `entry text is larger than ${context.maxDocumentBytes} bytes`) };
  }
  const diagnostics: Diagnostic[] = [];
  const document: SourceDocument = { id, text };
  const rawDate = [item['pubDate'], item['published'], item['updated'], item['dc:date']].map(textOf).find((d) => d !== '');
  const published = resolvePublished(rawDate, text, context.defaultDate, diagnostics);
  if (published !== undefined) document.published = published;
  const title = textOf(item['title']);
  if (title) document.title = stripHtml(title);
  if (link) document.url = link;
  return { ok: true, entry: id, document, diagnostics };
}

/** Feed HTML (escaped or CDATA) as plain paragraphs. */
function stripHtml(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as {
    document: { body: TextNodeLike | null };
  };
  return document.body ? htmlToText(document.body) : '';
}

/** The href of an Atom link (the alternate one when there are several) or the text of an RSS link. */
function linkOf(value: XmlValue): string {
  const links = asArray(value);
  let fallback = '';
  for (const link of links) {
    const object = asObject(link);
    if (!object) {
      const text = textOf(link);
      if (text) return text;
      continue;
    }
    const href = textOf(object['@_href']) || textOf(object['#text']);
    const rel = textOf(object['@_rel']);
    if (href && (rel === '' || rel === 'alternate')) return href;
    if (href && !fallback) fallback = href;
  }
  return fallback;
}

function textOf(value: XmlValue): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  return textOf(value['#text']);
}

function asObject(value: XmlValue): XmlObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}

function asArray(value: XmlValue): XmlValue[] {
  if (value === undefined || value === null || value === '') return [];
  return Array.isArray(value) ? value : [value];
}
