/** The stage id recorded with what this module reads. */
export const datelineStage = 'dateline@1';

/** The dateline at the top of a report: its date and place, its span, and where the body starts. */
export interface Dateline {
  /** YYYY-MM-DD. */
  date?: string;
  place?: string;
  start: number;
  end: number;
  bodyStart: number;
}

const months: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

const monthName = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const weekday = '(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)';
/** A written date: "Jan. 25, 2013", "October 25, 2009", "12 March 2010", "3 JAN 90", "2021-08-27". */
const dateText = `(?:${weekday},?\\s+)?(?:${monthName}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${monthName}\\.?,?\\s+(?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2})`;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const leadingWeekday = new RegExp(`^${weekday},?\\s+`);

/** The YYYY-MM-DD of a written date, or undefined when it is not a valid calendar date. */
function readDate(written: string): string | undefined {
  const s = written.toLowerCase().replace(leadingWeekday, '');
  let y: number;
  let m: number;
  let d: number;
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(s))) {
    [m, d, y] = [months[match[1] ?? ''] ?? 0, Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4}|\d{2})$/.exec(s))) {
    const year = match[3] ?? '';
    // Two-digit years are MUC-era wire copy ("3 JAN 90").
    const short = Number(year);
    [d, m, y] = [Number(match[1]), months[match[2] ?? ''] ?? 0, year.length === 2 ? (short >= 30 ? 1900 + short : 2000 + short) : short];
  } else {
    return undefined;
  }
  if (m < 1 || m > 12 || d < 1) return undefined;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) return undefined;
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/** `date 2021-08-27 Kabul:` — the plain-text reader's own dateline. */
function readDateLine(text: string): Dateline | null {
  const match = /^(\s*)date\s+(\d{4}-\d{2}-\d{2})(?:[ \t]+([^:\n]{1,80}?))?[ \t]*:[ \t]*/i.exec(text);
  if (!match) return null;
  const start = (match[1] ?? '').length;
  const date = readDate(match[2] ?? '');
  if (!date) return null;
  const end = match[0].trimEnd().length;
  const dateline: Dateline = { date, start, end, bodyStart: match[0].length };
  const place = match[3]?.trim();
  if (place) dateline.place = place;
  return dateline;
}

const dash = '(?:—|–|--?|:)';

const wireDateline = new RegExp(
  `^(\\s*)([\\p{L}][\\p{L}.'’-]*(?: [\\p{L}][\\p{L}.'’-]*){0,3})` +
    `(?:,\\s*(${dateText})|,\\s*([\\p{L}][\\p{L}.'’-]*(?: [\\p{L}][\\p{L}.'’-]*){0,2}))?` +
    `(?:,\\s*(${dateText}))?` +
    `(?:\\s*\\(([^()\\n]{1,40})\\))?` +
    `\\s*(${dash})[ \\t]*`,
  'iu',
);

/**
 * Wire datelines: `KABUL, Afghanistan (AP) —`, `BAGHDAD (Reuters) -`,
 * `KABUL, Afghanistan (Jan. 25, 2013) —`, `Mogadishu, 12 March 2010 –`, `SAN SALVADOR, 3 JAN 90 (ACAN-EFE) --`.
 */
function readWireDateline(text: string): Dateline | null {
  const match = wireDateline.exec(text);
  if (!match) return null;
  const [whole, lead = '', place = '', date1, country, date2, paren, separator = ''] = match;
  const mixedCase = text.slice(0, 400) !== text.slice(0, 400).toLowerCase();
  const parenDate = paren ? readDate(paren.trim()) : undefined;
  const written = date1 ?? date2;
  const date = written ? readDate(written) : parenDate;
  const placeWords = [place, country ?? ''].join(' ').trim().split(/\s+/);
  // In mixed-case text a place is capitalised word by word; a lower-case word means a sentence.
  if (mixedCase && placeWords.some((word) => !/^\p{Lu}/u.test(word))) return null;
  const allCapsPlace = mixedCase && /^[\p{Lu}.'’ -]+$/u.test(place) && /\p{Lu}{2}/u.test(place);
  // A colon after a name is a heading or a quote, not a dateline, unless a date vouches for it.
  if (separator === ':' && !date) return null;
  // A hyphen alone needs a source, a date or an all-caps place to be a dateline.
  if (!paren && !date && !allCapsPlace) return null;
  if (!paren && !date && separator !== '—' && separator !== '–' && separator !== '--') return null;
  if (paren && !parenDate && /\d/.test(paren) && !/^[\p{L}\s.&/-]+$/u.test(paren)) return null;
  const start = lead.length;
  const end = whole.trimEnd().length;
  // MUC-4 wire copy marks the body with "[TEXT]".
  const marker = /^\[text\]\s*/i.exec(text.slice(whole.length));
  const dateline: Dateline = { start, end, bodyStart: whole.length + (marker?.[0].length ?? 0) };
  if (date) dateline.date = date;
  dateline.place = country ? `${place}, ${country}` : place;
  return dateline;
}

const dateHeader = new RegExp(`^(\\s*(?:[^\\n]{1,200}\\n\\s*)?)(${dateText})(?:[ \\t]*(?:\\n|$)|[ \\t]*(?:—|–|--?)[ \\t]*)`, 'i');

/**
 * A date at the top of the report, alone on its line (possibly after a title line) or as a
 * leading phrase: `Sunday, October 25, 2009`, `October 25, 2009 — Baghdad …`.
 */
function readDateHeader(text: string): Dateline | null {
  const match = dateHeader.exec(text);
  if (!match) return null;
  const [whole, lead = '', written = ''] = match;
  const date = readDate(written);
  if (!date) return null;
  // A preceding title line must not itself be a sentence that ends with the date.
  if (lead.trim() && /[.!?]\s*$/.test(lead.trim())) return null;
  const start = lead.length;
  let bodyStart = whole.length;
  while (bodyStart < text.length && /\s/.test(text[bodyStart] ?? '')) bodyStart++;
  return { date, start, end: start + written.length, bodyStart };
}

/** Finds the dateline at the top of a report text, or null when the text opens with its body. */
export function parseDateline(text: string): Dateline | null {
  return readDateLine(text) ?? readDateHeader(text) ?? readWireDateline(text);
}
