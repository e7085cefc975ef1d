import * as chrono from 'chrono-node';

/** The stage id recorded with claims that use these dates. */
export const datesStage = 'dates@1';

/** How a date mention bounds the event it dates. */
export type DateRelation = 'on' | 'on_or_before' | 'before' | 'after' | 'since';

/** How finely a date mention fixes its date. */
export type DateMentionPrecision = 'day' | 'week' | 'month' | 'year' | 'range' | 'unknown';

/** A date expression in a text, resolved against the report date. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY; undefined when it cannot be resolved (no report date, a decade). */
  value?: string;
  precision: DateMentionPrecision;
  earliest?: string;
  latest?: string;
  relation?: DateRelation;
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const dayMs = 86_400_000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function formatDay(date: Ymd): string {
  return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
}

function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** Calendar arithmetic in UTC, so the local time zone never shifts a day. */
function addDays(date: Ymd, days: number): Ymd {
  const shifted = new Date(Date.UTC(date.y, date.m - 1, date.d) + days * dayMs);
  return { y: shifted.getUTCFullYear(), m: shifted.getUTCMonth() + 1, d: shifted.getUTCDate() };
}

function weekdayOf(date: Ymd): number {
  return new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
}

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function compare(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

function minDay(a: string, b: string | undefined): string {
  return b !== undefined && b < a ? b : a;
}

function parseReportDate(reportDate: string | undefined): Ymd | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(reportDate ?? '');
  if (!match) return undefined;
  const date = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  if (date.m < 1 || date.m > 12 || date.d < 1 || date.d > lastDayOfMonth(date.y, date.m)) return undefined;
  return date;
}

const weekdayNames = /\b(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
const bareMonthCues = new Set([
  'in', 'by', 'since', 'until', 'till', 'from', 'of', 'during', 'through', 'early', 'late', 'mid', 'last', 'next',
  'this', 'before', 'after', 'between', 'and', 'to', 'until', 'throughout', 'end', 'beginning', 'start', 'late-', 'mid-',
]);

/** The relation a cue just before a date sets ("on or before X", "by X", "since X"). */
function relationBefore(prefix: string): DateRelation | undefined {
  const tail = prefix.slice(-40).toLowerCase();
  if (/\bon or before\s*$/.test(tail) || /\b(?:no|not) later than\s*$/.test(tail) || /\bby\s*$/.test(tail)) return 'on_or_before';
  if (/\bbefore\s*$/.test(tail) || /\bprior to\s*$/.test(tail)) return 'before';
  if (/\bafter\s*$/.test(tail)) return 'after';
  if (/\bsince\s*$/.test(tail)) return 'since';
  if (/\bon\s*$/.test(tail)) return 'on';
  return undefined;
}

function previousWord(text: string, start: number): string {
  const match = /([\p{L}-]+)[\s]*$/u.exec(text.slice(Math.max(0, start - 30), start));
  return match?.[1]?.toLowerCase() ?? '';
}

function isSentenceStart(text: string, start: number): boolean {
  return /(?:^|[.!?]["'”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, start - 4), start));
}

/** A chrono result read into our shape, or undefined when it is noise or a bare time of day. */
function readChrono(
  result: chrono.ParsedResult,
  text: string,
  report: Ymd | undefined,
  reference: Ymd,
  allLower: boolean,
): DateMention | undefined {
  const c = result.start;
  const raw = result.text;
  const lowerRaw = raw.toLowerCase();
  const tags = result.tags();
  if (tags.has('casualReference/now') || /^(?:now|tonight)$/i.test(raw.trim())) return undefined;
  const hasYear = c.isCertain('year');
  const hasMonth = c.isCertain('month');
  const hasDay = c.isCertain('day');
  const hasWeekday = c.isCertain('weekday');
  const isWeek = /\bweek\b/i.test(raw) && !hasWeekday;
  // Times of day carry nothing a report needs; a time alone is not a date.
  if (!hasYear && !hasMonth && !hasDay && !hasWeekday && !isWeek) return undefined;
  // "5/6 people": a slash date without a year is more often a ratio or a count.
  if (tags.has('parser/SlashDateFormatParser') && !hasYear) return undefined;
  // "sun", "sat", "wed": abbreviations are words before they are weekdays.
  if (hasWeekday && !hasDay && !weekdayNames.test(raw)) return undefined;
  const relative =
    tags.has('result/relativeDate') ||
    [...tags].some((tag) => tag.startsWith('casualReference')) ||
    /\b(?:this|last|next|past|ago|yesterday|today|tomorrow|coming)\b/i.test(raw);
  // A month name alone ("march", "may") counts only after a cue word or capitalised mid-sentence.
  if (hasMonth && !hasDay && !hasYear && !relative) {
    const cue = bareMonthCues.has(previousWord(text, result.index));
    const capitalised = !allLower && /^\p{Lu}/u.test(raw) && !isSentenceStart(text, result.index);
    if (!cue && !capitalised) return undefined;
  }

  let start = result.index;
  let end = start + raw.length;
  const mention: DateMention = { start, end, text: raw, precision: 'unknown' };
  const relation = relationBefore(text.slice(0, start)) ?? (/^on\s/i.test(raw) ? 'on' : undefined);
  const future = /\b(?:next|coming|tomorrow|upcoming)\b/i.test(raw) || /\b(?:next|coming|upcoming)\s*$/i.test(text.slice(Math.max(0, start - 12), start));
  const resolvable = report !== undefined || (hasYear && !relative);
  const got = (component: 'year' | 'month' | 'day'): number => c.get(component) ?? 0;
  let day: Ymd = { y: got('year'), m: got('month'), d: got('day') };

  if (isWeek) {
    const monday = addDays(day, -((weekdayOf(day) + 6) % 7));
    mention.precision = 'week';
    if (resolvable) {
      mention.value = formatDay(day);
      mention.earliest = formatDay(monday);
      mention.latest = formatDay(addDays(monday, 6));
      if (report && !future) mention.latest = minDay(mention.latest, formatDay(report));
    }
  } else if (hasDay || hasWeekday || (relative && hasMonth && hasDay)) {
    if (hasWeekday && !hasDay && !future) {
      // A bare weekday in a news report is the most recent such day on or before the report date;
      // "last Friday" on a Friday is a week back.
      const wanted = c.get('weekday') ?? 0;
      let back = (weekdayOf(reference) - wanted + 7) % 7;
      if (back === 0 && /\blast\b/i.test(lowerRaw)) back = 7;
      day = addDays(reference, -back);
    } else if (hasDay && !hasYear && !relative && report && compare(day, report) > 0 && !future) {
      // "Dec. 26" in an August report is last December: reports tell of past events.
      day = { ...day, y: day.y - 1 };
    }
    mention.precision = 'day';
    if (resolvable) {
      mention.value = formatDay(day);
      mention.earliest = mention.value;
      mention.latest = mention.value;
    }
  } else if (hasMonth) {
    let y = day.y;
    if (!hasYear && !relative && report && day.m > report.m && !future) y -= 1;
    mention.precision = 'month';
    if (resolvable) {
      mention.value = formatMonth(y, day.m);
      mention.earliest = `${mention.value}-01`;
      mention.latest = `${mention.value}-${pad(lastDayOfMonth(y, day.m))}`;
      if (report && !future) mention.latest = minDay(mention.latest, formatDay(report));
    }
  } else {
    mention.precision = 'year';
    if (resolvable) {
      mention.value = pad(day.y, 4);
      mention.earliest = `${mention.value}-01-01`;
      mention.latest = `${mention.value}-12-31`;
      if (report && !future) mention.latest = minDay(mention.latest, formatDay(report));
    }
  }
  // "two days after", "a day later": relative to another event, not to the report; unanchored here.
  if (relative && report && !future && mention.earliest !== undefined && mention.earliest > formatDay(report)) return undefined;
  // "for 45 days" is a duration, not a date.
  if (/^for\s/i.test(raw)) return undefined;
  if (relation) mention.relation = relation;
  else if (mention.precision === 'day') mention.relation = 'on';
  // Keep the leading "on" out of the span: the relation carries it.
  const lead = /^on\s+/i.exec(raw);
  if (lead) {
    start += lead[0].length;
    mention.start = start;
    mention.text = text.slice(start, end);
  }
  // chrono sometimes takes the comma or space after a date ("Sunday,"): the span ends on the date.
  mention.text = mention.text.replace(/[\s,;:]+$/, '');
  end = mention.start + mention.text.length;
  mention.end = end;
  return mention;
}

const yearCue = '(?:in|since|until|till|of|from|by|during|before|after|through|throughout|around|circa|early|mid|late|end of|beginning of|start of)';

const year = '(?:19\\d{2}|20\\d{2}|2100)';
// Global patterns are only read through matchAll, which works on a copy: sharing them across calls is safe.
const rangeRe = new RegExp(`\\b(?:between|from)\\s+(${year})\\s+(?:and|to)\\s+(${year})\\b`, 'gi');
const dashRe = new RegExp(`(?<![\\d-])(${year})\\s*[-–]\\s*(${year}|\\d{2})(?![\\d-])`, 'g');
const decadeRe = /\b(?:the\s+)?((?:19|20)\d0)['’]?s\b/gi;
const yearRe = new RegExp(`(?<![\\d/.$£€-])(?:(early|mid|late)[-\\s]+)?(${year})(?![\\d/%]|[-–.]\\d|['’]s\\b|\\s+(?:percent|per cent))`, 'gi');
const yearCueBefore = new RegExp(`\\b${yearCue}\\s+(?:the\\s+year\\s+)?$`, 'i');

/** Years, year ranges and decades chrono does not read: "in 2015", "mid-2015", "2014 to 2016", "the 1990s". */
function findYears(text: string, report: Ymd | undefined): DateMention[] {
  const mentions: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number): boolean => taken.every(([a, b]) => e <= a || s >= b);
  const push = (mention: DateMention): void => {
    if (!free(mention.start, mention.end)) return;
    taken.push([mention.start, mention.end]);
    mentions.push(mention);
  };
  const range = (start: number, matched: string, from: number, to: number): void => {
    if (to < from) return;
    push({ start, end: start + matched.length, text: matched, precision: 'range', earliest: `${from}-01-01`, latest: `${to}-12-31` });
  };
  for (const m of text.matchAll(rangeRe)) range(m.index, m[0], Number(m[1]), Number(m[2]));
  for (const m of text.matchAll(dashRe)) {
    const from = Number(m[1]);
    const tail = m[2] ?? '';
    const to = tail.length === 2 ? Math.floor(from / 100) * 100 + Number(tail) : Number(tail);
    range(m.index, m[0], from, to);
  }
  for (const m of text.matchAll(decadeRe)) {
    const decade = Number(m[1]);
    push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      precision: 'range',
      earliest: `${decade}-01-01`,
      latest: `${decade + 9}-12-31`,
    });
  }
  for (const m of text.matchAll(yearRe)) {
    const part = (m[1] ?? '').toLowerCase();
    const value = m[2] ?? '';
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    const cued = part !== '' || yearCueBefore.test(before);
    const parenthetical = /\(\s*$/.test(before) && /^\s*\)/.test(after);
    // "2015 was the deadliest year": a year opening a sentence before a verb or a comma.
    const sentenceLevel = isSentenceStart(text, m.index) && /^(?:,|\s+(?:was|saw|is|has|had|were|will|brought|marked)\b)/i.test(after);
    if (!cued && !parenthetical && !sentenceLevel) continue;
    const y = Number(value);
    let earliest = `${value}-01-01`;
    let latest = `${value}-12-31`;
    if (part === 'early') latest = `${value}-04-30`;
    if (part === 'mid') {
      earliest = `${value}-05-01`;
      latest = `${value}-08-31`;
    }
    if (part === 'late') earliest = `${value}-09-01`;
    if (report && y === report.y) latest = minDay(latest, formatDay(report));
    const mention: DateMention = { start: m.index, end: m.index + m[0].length, text: m[0], value, precision: 'year', earliest, latest };
    const relation = relationBefore(before);
    if (relation && relation !== 'on') mention.relation = relation;
    push(mention);
  }
  return mentions;
}

/** "had earlier claimed": some time on or before the report date. */
function findEarlier(text: string, report: Ymd | undefined): DateMention[] {
  const mentions: DateMention[] = [];
  for (const m of text.matchAll(/\bearlier\b(?!\s+(?:this|last|in|on|that|than|today|yesterday|years?|months?|weeks?)\b)/gi)) {
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    // "two weeks earlier", "days earlier": relative to another event, read by chrono or not a date at all.
    if (/\b(?:days?|weeks?|months?|years?|hours?|minutes?)\s+$/i.test(before)) continue;
    const mention: DateMention = { start: m.index, end: m.index + m[0].length, text: m[0], precision: 'range', relation: 'on_or_before' };
    if (report) {
      mention.value = formatDay(report);
      mention.latest = mention.value;
    }
    mentions.push(mention);
  }
  return mentions;
}

/**
 * Finds the date expressions in a text and resolves them against the report date (YYYY-MM-DD):
 * past-tense relative expressions (weekdays, "yesterday", "last week") never land after it.
 */
export function findDates(text: string, reportDate: string | undefined): DateMention[] {
  const report = parseReportDate(reportDate);
  // Without a report date, chrono still needs a reference; values that depend on it are dropped.
  const reference = report ?? { y: 2000, m: 1, d: 1 };
  const instant = new Date(Date.UTC(reference.y, reference.m - 1, reference.d, 12));
  const allLower = text === text.toLowerCase();
  const results = chrono.parse(text, { instant, timezone: 0 }, { forwardDate: false });
  const mentions: DateMention[] = [];
  for (const result of results) {
    const mention = readChrono(result, text, report, reference, allLower);
    if (mention) mentions.push(mention);
  }
  inheritRangeYears(mentions, text);
  const overlaps = (m: DateMention): boolean => mentions.some((o) => m.start < o.end && o.start < m.end);
  for (const extra of [...findYears(text, report), ...findEarlier(text, report)]) {
    if (!overlaps(extra)) mentions.push(extra);
  }
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** "between March and May 2014": the bare month takes the year of the month it is paired with. */
function inheritRangeYears(mentions: DateMention[], text: string): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i] as DateMention;
    const b = mentions[i + 1] as DateMention;
    if (a.precision !== 'month' || b.precision !== 'month' || !a.value || !b.value) continue;
    if (!/^\s*(?:and|to|through|until|-|–)\s*$/i.test(text.slice(a.end, b.start))) continue;
    if (/\d{4}/.test(a.text) || !/\d{4}/.test(b.text)) continue;
    const year = b.value.slice(0, 4);
    const month = a.value.slice(5, 7);
    a.value = `${year}-${month}`;
    a.earliest = `${a.value}-01`;
    a.latest = `${a.value}-${pad(lastDayOfMonth(Number(year), Number(month)))}`;
  }
}

/** The date a set of mentions gives an event: the first day-precision mention, else the report date as "on or before". */
export function resolveEventDate(
  mentions: readonly DateMention[],
  reportDate: string | undefined,
): { value?: string; precision: DateMentionPrecision; earliest?: string; latest?: string } {
  const dated = mentions.find((m) => m.value !== undefined && m.precision === 'day');
  if (dated) return { value: dated.value, precision: 'day', earliest: dated.earliest, latest: dated.latest };
  const other = mentions.find((m) => m.value !== undefined && m.precision !== 'range');
  if (other) return { value: other.value, precision: other.precision, earliest: other.earliest, latest: other.latest };
  const report = parseReportDate(reportDate);
  if (!report) return { precision: 'unknown' };
  return { value: formatDay(report), precision: 'range', latest: formatDay(report) };
}
