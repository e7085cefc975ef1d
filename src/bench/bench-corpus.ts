// The benchmark corpora, built from the open reports under ../shared/corpus and
// the re3d documents. The ingest corpus is generated deterministically: round r
// re-dates every base report r × 53 days earlier (dates in the text, weekdays,
// bare years and the publication date alike), so each variant has its own
// content hash and its own incidents, and the store really grows.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument } from '../model/index.js';

/** The base reports: the seed, the open reports and the re3d documents, in a fixed order. */
export function loadBaseReports(shared: string): SourceDocument[] {
  const base: SourceDocument[] = [];
  const seedFolder = join(shared, 'corpus', 'seed');
  if (existsSync(seedFolder)) {
    for (const file of readdirSync(seedFolder).sort()) {
      if (file.endsWith('.txt')) base.push({ id: `seed:${file}`, text: readFileSync(join(seedFolder, file), 'utf8') });
    }
  }
  for (const file of ['corpus/open/open-reports.jsonl', 'corpus/open/wikinews.jsonl']) {
    const path = join(shared, file);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as { id: string; text: string; published?: string; title?: string };
      base.push({ id: record.id, text: record.text, ...(record.published ? { published: record.published.slice(0, 10) } : {}), ...(record.title ? { title: record.title } : {}) });
    }
  }
  const re3d = join(shared, 'eval', 're3d');
  if (existsSync(re3d)) {
    for (const folder of readdirSync(re3d).sort()) {
      const path = join(re3d, folder, 'documents.json');
      if (!existsSync(path)) continue;
      for (const line of readFileSync(path, 'utf8').replace(/^\uFEFF/u, '').split('\n')) {
        if (!line.trim()) continue;
        const record = JSON.parse(line) as { _id: string; text: string };
        base.push({ id: `re3d:${record._id}`, text: record.text });
      }
    }
  }
  if (base.length === 0) throw new Error(`no benchmark corpus under ${shared}`);
  return base;
}

/** The extraction corpus: the base reports (without the seed) repeated up to `targetBytes`, ids suffixed by round. */
export function repeatedCorpus(shared: string, targetBytes: number): SourceDocument[] {
  const base = loadBaseReports(shared).filter((document) => !document.id.startsWith('seed:'));
  const corpus: SourceDocument[] = [];
  let bytes = 0;
  for (let round = 0; bytes < targetBytes; round += 1) {
    for (const document of base) {
      corpus.push({ ...document, id: `${document.id}#${round}` });
      bytes += Buffer.byteLength(document.text);
    }
  }
  return corpus;
}

/** Days each round moves a report back in time: more than any incident-matching window, so rounds are distinct events. */
export const daysPerRound = 53;
// A report without a date of its own is dated from here (re3d documents carry none).
const undatedAnchor = '2016-06-15';

/** `count` distinct reports (distinct content hashes), round after round of re-dated base reports. */
export function ingestCorpus(shared: string, count: number): SourceDocument[] {
  const base = loadBaseReports(shared);
  const corpus: SourceDocument[] = [];
  const seen = new Set<string>();
  for (let round = 0; corpus.length < count; round += 1) {
    for (const document of base) {
      if (corpus.length >= count) break;
      const variant = redate(document, -round * daysPerRound, round);
      const key = normalise(variant.text);
      if (seen.has(key)) continue;
      seen.add(key);
      corpus.push(variant);
    }
    if (round > count) throw new Error('cannot generate enough distinct reports');
  }
  return corpus;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** One report moved `days` in time: every date in its text, its publication date, and a dateline when it has none. */
export function redate(document: SourceDocument, days: number, round: number): SourceDocument {
  const id = `${document.id}#${round}`;
  const shifted = shiftDates(document.text, days);
  const published = document.published === undefined ? undefined : addDays(document.published, days);
  if (round === 0) return { ...document, id };
  if (shifted.changed && published !== undefined) return { ...document, id, text: shifted.text, published };
  // No date of its own to move: a wire-style dateline line carries the round's date.
  const date = published ?? addDays(undatedAnchor, days);
  return { ...document, id, text: `${longDate(date)}\n\n${shifted.text}`, published: date };
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const monthPattern = months.join('|');
const datePattern = new RegExp(
  [
    `(?<wd>(?:${weekdays.join('|')}),\\s+)?(?<m1>${monthPattern})\\s+(?<d1>\\d{1,2}),\\s+(?<y1>(?:19|20)\\d\\d)`,
    `(?<d2>\\d{1,2})\\s+(?<m2>${monthPattern})\\s+(?<y2>(?:19|20)\\d\\d)`,
    `(?<iso>(?:19|20)\\d\\d-[01]\\d-[0-3]\\d)`,
    `(?<m3>${monthPattern})\\s+(?<y3>(?:19|20)\\d\\d)`,
    `(?<y4>(?:19|20)\\d\\d)`,
  ]
    .map((alternative) => `\\b${alternative}\\b`)
    .join('|'),
  'g',
);

/** Moves every date written in the text by `days`; bare years and month-years by the same span. */
export function shiftDates(text: string, days: number): { text: string; changed: boolean } {
  if (days === 0) return { text, changed: false };
  let changed = false;
  const out = text.replace(datePattern, (match, ...args: unknown[]) => {
    const groups = args[args.length - 1] as Record<string, string | undefined>;
    let replacement = match;
    if (groups.m1 !== undefined) {
      const date = shiftParts(Number(groups.y1), months.indexOf(groups.m1), Number(groups.d1), days);
      if (date !== undefined) replacement = `${groups.wd !== undefined ? `${weekdays[date.getUTCDay()]}, ` : ''}${months[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
    } else if (groups.m2 !== undefined) {
      const date = shiftParts(Number(groups.y2), months.indexOf(groups.m2), Number(groups.d2), days);
      if (date !== undefined) replacement = `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
    } else if (groups.iso !== undefined) {
      const [y, m, d] = groups.iso.split('-').map(Number) as [number, number, number];
      const date = shiftParts(y, m - 1, d, days);
      if (date !== undefined) replacement = date.toISOString().slice(0, 10);
    } else if (groups.m3 !== undefined) {
      const date = shiftParts(Number(groups.y3), months.indexOf(groups.m3), 15, days);
      if (date !== undefined) replacement = `${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
    } else if (groups.y4 !== undefined) {
      replacement = String(Number(groups.y4) + Math.round(days / 365.25));
    }
    if (replacement !== match) changed = true;
    return replacement;
  });
  return { text: out, changed };
}

function shiftParts(year: number, month: number, day: number, days: number): Date | undefined {
  if (month < 0 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCMonth() !== month) return undefined;
  return new Date(date.getTime() + days * 86_400_000);
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

function longDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return `${weekdays[date.getUTCDay()]}, ${months[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}
