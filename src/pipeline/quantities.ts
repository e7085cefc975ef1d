import { isNumberWord, parseNumberWords, scaleValue } from './number-words.js';
import { vagueQuantifiers } from './vague-quantifiers.js';
import { victimsNationalities } from './victims-nationalities.js';
import { victimsNouns, type VictimNoun } from './victims-nouns.js';

export { parseNumberWords } from './number-words.js';

/** The stage id recorded with claims that use these quantities. */
export const quantitiesStage = 'quantities@1';

/** How a stated figure bounds the true one. */
export type QuantityQualifier = 'at_least' | 'at_most' | 'about' | 'more_than' | 'up_to' | 'exactly';

/**
 * A number or quantity phrase in a text, with its span and the range it states.
 * `best` follows ACLED practice: the most conservative figure stated ("at least 13" → 13,
 * "more than 100" → 100, "10 to 15" → 10, vague words → their fixed number).
 */
export interface QuantityMention {
  start: number;
  end: number;
  text: string;
  min?: number;
  max?: number;
  best?: number;
  approximate: boolean;
  vague: boolean;
  qualifier?: QuantityQualifier;
  /** Head noun of the counted thing, lower case and plural for people ("soldiers", "aid workers"). */
  unit?: string;
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'num' | 'word' | 'punct';
}

/** A number phrase without its qualifier or unit: "13", "twenty-five", "several thousand". */
interface Core {
  first: number;
  last: number;
  value: number | undefined;
  vague: boolean;
  /** "a", "an", "one", "many": a count only before a person noun ("a soldier was killed"). */
  needsPersonNoun: boolean;
  /** The phrase may take "of" before its noun ("dozens of civilians", "a handful of"). */
  takesOf: boolean;
  digits: boolean;
}

// Abbreviations with inner dots (U.S., a.m.) are one token; a sentence-final dot is not absorbed.
// The tokens are those of this pattern; tokenize() reads them by hand, character by character, as the
// pattern would (the quantities test suite holds both to the same answers).
export const tokenPattern = /\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\p{L}(?:\.\p{L})+\.?|\p{L}+(?:['’]\p{L}+)?|\S/gu;

/** The pattern's tokens: numbers with thousands separators and decimals, words, dotted abbreviations, single marks. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let p = 0;
  while (p < n) {
    const code = text.charCodeAt(p);
    if (code === 32 || (code >= 9 && code <= 13) || (code >= 128 && isSpace(code))) {
      p += 1;
      continue;
    }
    let end: number;
    let kind: Token['kind'];
    if (code >= 48 && code <= 57) {
      end = numberEnd(text, p);
      kind = 'num';
    } else if (letterLength(text, p) > 0) {
      end = wordEnd(text, p);
      kind = 'word';
    } else {
      // \S: one code point.
      end = p + (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(p + 1)) ? 2 : 1);
      kind = 'punct';
    }
    const value = text.slice(p, end);
    tokens.push({ text: value, lower: value.toLowerCase(), start: p, end, kind });
    p = end;
  }
  return tokens;
}

const spacePattern = /\s/;
const letterPattern = /^\p{L}/u;

function isSpace(code: number): boolean {
  return spacePattern.test(String.fromCharCode(code));
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isDigit(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
}

/** The length in code units of the letter (\p{L}) at `at`, or 0 when there is none. */
function letterLength(text: string, at: number): number {
  if (at >= text.length) return 0;
  const code = text.charCodeAt(at);
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 1;
  if (code < 128) return 0;
  const pair = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(at + 1));
  const char = pair ? text.slice(at, at + 2) : text.charAt(at);
  return letterPattern.test(char) ? char.length : 0;
}

/** \d+(?:,\d{3})+(?:\.\d+)? or else \d+(?:\.\d+)?, from a digit at `p`. */
function numberEnd(text: string, p: number): number {
  let q = p + 1;
  while (isDigit(text, q)) q += 1;
  while (text.charCodeAt(q) === 44 && isDigit(text, q + 1) && isDigit(text, q + 2) && isDigit(text, q + 3)) q += 4;
  if (text.charCodeAt(q) === 46 && isDigit(text, q + 1)) {
    q += 2;
    while (isDigit(text, q)) q += 1;
  }
  return q;
}

/** \p{L}(?:\.\p{L})+\.? or else \p{L}+(?:['’]\p{L}+)?, from a letter at `p`. */
function wordEnd(text: string, p: number): number {
  const first = p + letterLength(text, p);
  if (text.charCodeAt(first) === 46 && letterLength(text, first + 1) > 0) {
    let q = first;
    for (let next = letterLength(text, q + 1); text.charCodeAt(q) === 46 && next > 0; next = letterLength(text, q + 1)) q += 1 + next;
    return text.charCodeAt(q) === 46 ? q + 1 : q;
  }
  let q = first;
  for (let length = letterLength(text, q); length > 0; length = letterLength(text, q)) q += length;
  const mark = text.charCodeAt(q);
  if ((mark === 39 || mark === 0x2019) && letterLength(text, q + 1) > 0) {
    q += 1;
    for (let length = letterLength(text, q); length > 0; length = letterLength(text, q)) q += length;
  }
  return q;
}

// Longest phrases first, so "no more than" wins over "more than" (sorted below).
const qualifierList: ReadonlyArray<readonly [string, QuantityQualifier]> = [
  ['no fewer than', 'at_least'],
  ['no less than', 'at_least'],
  ['not less than', 'at_least'],
  ['at least', 'at_least'],
  ['as few as', 'at_least'],
  ['as low as', 'at_least'],
  ['in excess of', 'more_than'],
  ['upwards of', 'more_than'],
  ['more than', 'more_than'],
  ['just over', 'more_than'],
  ['well over', 'more_than'],
  ['over', 'more_than'],
  ['no more than', 'at_most'],
  ['not more than', 'at_most'],
  ['at most', 'at_most'],
  ['fewer than', 'at_most'],
  ['less than', 'at_most'],
  ['as many as', 'up_to'],
  ['as high as', 'up_to'],
  ['up to', 'up_to'],
  ['an estimated', 'about'],
  ['approximately', 'about'],
  ['close to', 'about'],
  ['roughly', 'about'],
  ['estimated', 'about'],
  ['nearly', 'about'],
  ['almost', 'about'],
  ['around', 'about'],
  ['about', 'about'],
  ['some', 'about'],
  ['exactly', 'exactly'],
  ['precisely', 'exactly'],
];
const qualifierPhrases = [...qualifierList].sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);
const qualifierWords: ReadonlyArray<readonly [readonly string[], QuantityQualifier]> = qualifierPhrases.map(([phrase, qualifier]) => [phrase.split(' '), qualifier]);

const monthWords = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Words before a number that make it part of a name: "Resolution 2254", "Flight 253". */
const nameNouns = new Set([
  'resolution', 'resolutions', 'flight', 'route', 'highway', 'road', 'camp', 'article', 'articles', 'chapter',
  'section', 'paragraph', 'number', 'unit', 'brigade', 'battalion', 'division', 'regiment', 'corps', 'district',
  'zone', 'sector', 'block', 'street', 'gate', 'terminal', 'room', 'platform', 'building', 'bus', 'train', 'line',
  'channel', 'ward', 'phase', 'level', 'grade', 'class', 'category', 'page', 'volume', 'item', 'point', 'checkpoint',
  'boeing', 'airbus', 'top', 'kilometre', 'kilometer', 'km', 'mile', 'hill', 'base', 'house', 'villa', 'tower',
]);

const yearPrepositions = new Set([
  'in', 'since', 'until', 'till', 'of', 'from', 'by', 'during', 'before', 'after', 'through', 'early', 'mid',
  'late', 'year', 'between', 'and', 'to', 'the', 'circa', 'summer', 'winter', 'spring', 'autumn', 'fall',
]);

const currencyWords = new Set([
  'dollars', 'dollar', 'usd', 'euros', 'euro', 'pounds', 'pound', 'sterling', 'rupees', 'rupee', 'afghanis',
  'naira', 'shillings', 'dinars', 'dinar', 'riyals', 'rials', 'yuan', 'rubles', 'roubles', 'francs', 'lire', 'cents',
  'pesos', 'birr', 'cfa', 'bucks',
]);

const timeWords = new Set(['a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'hrs', 'o', 'oclock', 'local']);

const durationUnits = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minute', 'minutes', 'decade', 'decades']);
const relativeTimeWords = new Set(['ago', 'earlier', 'later', 'before', 'after', 'previously', 'prior']);

/** Words that end a noun phrase: function words, auxiliaries and frequent verbs of news reports. */
const stopWords = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'from', 'by', 'with', 'without', 'for', 'and', 'or', 'but', 'nor',
  'were', 'was', 'are', 'is', 'be', 'been', 'being', 'am', 'have', 'has', 'had', 'do', 'does', 'did', 'will', 'would',
  'could', 'should', 'may', 'might', 'must', 'can', 'shall', 'who', 'whom', 'whose', 'which', 'that', 'this', 'these',
  'those', 'it', 'its', 'they', 'them', 'their', 'he', 'him', 'his', 'she', 'her', 'we', 'our', 'you', 'your', 'i',
  'me', 'my', 'us', 'said', 'says', 'say', 'than', 'as', 'after', 'before', 'during', 'since', 'while', 'when',
  'where', 'including', 'among', 'across', 'into', 'onto', 'over', 'under', 'near', 'per', 'each', 'all', 'both',
  'also', 'not', 'no', 'so', 'then', 'there', 'here', 'if', 'because', 'about', 'around', 'against', 'between',
  'through', 'toward', 'towards', 'upon', 'within', 'via', 'amid', 'died', 'die', 'dies', 'hit', 'left', 'took',
  'take', 'fell', 'struck', 'set', 'went', 'came', 'got', 'gave', 'made', 'lost', 'put', 'run', 'ran', 'fled', 'led',
  'held', 'remain', 'remained', 'were', 'according', 'reportedly', 'still', 'later', 'earlier', 'ago', 'yesterday',
  'today', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'last', 'next', 'what', 'how', 'why', 'more', 'most', 'other', 'others', 'such',
  'another', 'only', 'just', 'even', 'some', 'any', 'many', 'much', 'few', 'several', 'very', 'too', 'out', 'up',
  'down', 'off', 'away', 'back', 'being', 'killing', 'wounding', 'injuring', 'including',
]);

/** Words that modify a counted noun and are never its head ("13 more soldiers", "12 other people"). */
const modifierWords = new Set([
  'more', 'other', 'additional', 'further', 'active', 'armed', 'unarmed', 'innocent', 'foreign', 'local', 'senior',
  'junior', 'young', 'former', 'suspected', 'alleged', 'rural', 'elite', 'special', 'regular', 'unidentified',
  'unknown', 'masked', 'off-duty', 'wounded', 'injured', 'dead', 'missing', 'female', 'male', 'western', 'government',
  'army', 'military', 'security', 'border', 'afghan', 'us', 'u.s.',
]);

/** Words other than number words that can open a number phrase (see parseCore): plural vague words read alone. */
const coreStartWords = new Set([
  'half', 'a', 'an', 'several', 'many', 'numerous',
  ...Object.keys(vagueQuantifiers).filter((word) => typeof vagueQuantifiers[word] === 'number' && word.endsWith('s')),
]);

/** A Core in one shape (object spreads cost more on this hot path). */
function makeCore(first: number, last: number, value: number | undefined, vague: boolean, needsPersonNoun: boolean, takesOf: boolean, digits: boolean): Core {
  return { first, last, value, vague, needsPersonNoun, takesOf, digits };
}

/** Returns the value, vagueness and extent of a number phrase starting at token `i`. */
function parseCore(tokens: readonly Token[], i: number): Core | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  // Most words start no number phrase: only these and the number words do.
  if (token.kind === 'word' && !coreStartWords.has(token.lower) && !isNumberWord(token.lower)) return undefined;
  const lower = (k: number): string => tokens[k]?.lower ?? '';
  if (token.kind === 'num') {
    // Long digit strings without separators are identifiers, not counts.
    if (/^\d{8,}$/.test(token.text)) return undefined;
    let value = Number(token.text.replace(/,/g, ''));
    let last = i;
    const scale = scaleValue(lower(i + 1));
    if (scale !== undefined && scale !== 12) {
      value *= scale;
      last = i + 1;
    }
    return makeCore(i, last, value, false, false, false, true);
  }
  if (token.kind !== 'word') return undefined;
  const w = token.lower;
  if (w === 'half' && lower(i + 1) === 'a' && scaleValue(lower(i + 2)) !== undefined) {
    return makeCore(i, i + 2, parseNumberWords(`half a ${lower(i + 2)}`), false, false, false, false);
  }
  if (w === 'a' || w === 'an') {
    const next = lower(i + 1);
    if (next === 'few' || next === 'handful' || next === 'couple') {
      const value = vagueQuantifiers[`a ${next}`] ?? undefined;
      const scale = scaleValue(lower(i + 2));
      if (next === 'few' && scale !== undefined && value !== undefined) {
        return makeCore(i, i + 2, value * scale, true, false, scale === 12, false);
      }
      return makeCore(i, i + 1, value, next !== 'couple', false, true, false);
    }
    if (scaleValue(next) !== undefined) return readNumberWords(tokens, i);
    return makeCore(i, i, 1, false, true, false, false);
  }
  if (w === 'several') {
    const scale = scaleValue(lower(i + 1));
    if (scale !== undefined) return makeCore(i, i + 1, 3 * scale, true, false, scale === 12, false);
    return makeCore(i, i, 3, true, false, false, false);
  }
  if (w === 'many' || w === 'numerous') {
    return makeCore(i, i, undefined, true, true, false, false);
  }
  const plural = vagueQuantifiers[w];
  if (plural !== undefined && plural !== null && w.endsWith('s')) {
    // "tens of thousands" = 10 × 1000; "hundreds of thousands" = 100 × 1000.
    if (lower(i + 1) === 'of') {
      const scale = scaleValue(lower(i + 2).replace(/s$/, ''));
      if (scale !== undefined && scale >= 1000) return makeCore(i, i + 2, plural * scale, true, false, true, false);
      return makeCore(i, i, plural, true, false, true, false);
    }
    // "tens" and "scores" are other words unless followed by "of".
    if (w === 'tens' || w === 'scores') return undefined;
    return makeCore(i, i, plural, true, false, true, false);
  }
  if (isNumberWord(w)) return readNumberWords(tokens, i);
  return undefined;
}

/** Reads the longest run of number words from `i` that parses ("two hundred and fifty"). */
function readNumberWords(tokens: readonly Token[], i: number): Core | undefined {
  const parts: string[] = [];
  let k = i;
  let lastGood = -1;
  let lastValue: number | undefined;
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    const prev = tokens[k - 1];
    if (t.kind === 'word' && (isNumberWord(t.lower) || ((t.lower === 'a' || t.lower === 'an') && k === i))) {
      parts.push(t.lower);
    } else if (t.lower === 'and' && k > i) {
      parts.push('and');
    } else if (t.text === '-' && k > i && prev?.end === t.start && tokens[k + 1]?.start === t.end) {
      parts.push('-');
    } else {
      break;
    }
    const value = t.kind === 'word' && t.lower !== 'and' ? parseNumberWords(parts.join(' ')) : undefined;
    if (value !== undefined) {
      lastGood = k;
      lastValue = value;
    }
    k++;
  }
  if (lastGood < 0 || lastValue === undefined) return undefined;
  const single = lastGood === i;
  return makeCore(i, lastGood, lastValue, false, single && tokens[i]?.lower === 'one', false, false);
}

interface Unit {
  unit?: string;
  last: number;
  noun?: VictimNoun;
}

function looksPlural(word: string): boolean {
  return /[^su]s$/.test(word) || /(?:men|people|police|personnel|staff|children)$/.test(word);
}

/** Finds the head noun of the counted thing after token `j` ("13 US soldiers", "dozens of civilians"). */
function findUnit(text: string, tokens: readonly Token[], j: number, takesOf: boolean): Unit | undefined {
  let k = j;
  const lower = (n: number): string => tokens[n]?.lower ?? '';
  if (lower(k) === 'of' && takesOf) {
    k++;
    if (['the', 'these', 'those', 'their'].includes(lower(k))) k++;
  }
  for (let modifiers = 0; modifiers <= 3 && k < tokens.length; modifiers++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return undefined;
    // A noun phrase does not run across a line break ("2010\n\nMedia in the United States").
    if (text.slice(tokens[k - 1]?.end ?? t.start, t.start).includes('\n')) return undefined;
    const w = t.lower;
    const next = tokens[k + 1];
    const nextWord = next?.kind === 'word' && next.start - t.end <= 1 ? next.lower : undefined;
    const two = nextWord ? victimsNouns.get(`${w} ${nextWord}`) : undefined;
    if (two) return { unit: two.plural, last: k + 1, noun: two };
    const noun = victimsNouns.get(w);
    const nextIsNoun = nextWord !== undefined && victimsNouns.has(nextWord) && !stopWords.has(nextWord);
    if (noun && !nextIsNoun) return { unit: noun.plural, last: k, noun };
    if (noun || victimsNationalities.has(w) || modifierWords.has(w)) {
      if (nextWord !== undefined && !stopWords.has(nextWord)) {
        k++;
        continue;
      }
      // "three Americans were killed": a plural demonym is the head.
      if (victimsNationalities.has(w) && looksPlural(w)) return { unit: w, last: k };
      return undefined;
    }
    if (stopWords.has(w) || /ly$/.test(w)) return undefined;
    const nextCandidate = nextWord !== undefined && !stopWords.has(nextWord) && !/ly$/.test(nextWord);
    // Participles and capitalised names modify a following noun ("armed men", "Taliban fighters").
    if (/(?:ed|ing)$/.test(w)) {
      if (!nextCandidate) return undefined;
      k++;
      continue;
    }
    if (looksPlural(w) || !nextCandidate) return { unit: w, last: k };
    k++;
  }
  return undefined;
}

function qualifierBefore(tokens: readonly Token[], first: number): { qualifier: QuantityQualifier; first: number } | undefined {
  // Every qualifier ends on one of these words: most numbers have none before them.
  const previous = tokens[first - 1]?.lower;
  if (previous === undefined || !qualifierLastWords.has(previous)) return undefined;
  for (const [words, qualifier] of qualifierWords) {
    const start = first - words.length;
    if (start < 0) continue;
    if (matchesWords(tokens, start, words)) return { qualifier, first: start };
  }
  return undefined;
}

const qualifierLastWords = new Set(qualifierWords.map(([words]) => words[words.length - 1] as string));

function matchesWords(tokens: readonly Token[], start: number, words: readonly string[]): boolean {
  for (let n = 0; n < words.length; n++) if (tokens[start + n]?.lower !== words[n]) return false;
  return true;
}

/** True when the number at `core` is not a count: a year, date, time, percentage, price, age or name. */
function isExcluded(tokens: readonly Token[], core: Core, allLower: boolean): boolean {
  const first = tokens[core.first] as Token;
  const last = tokens[core.last] as Token;
  const prev = tokens[core.first - 1];
  const prev2 = tokens[core.first - 2];
  const next = tokens[core.last + 1];
  const next2 = tokens[core.last + 2];
  const adjacentPrev = prev !== undefined && prev.end === first.start;
  const adjacentNext = next !== undefined && next.start === last.end;
  if (core.digits) {
    // Glued to letters: ordinals (13th), decades (1990s), models (MH17, 17km).
    if (adjacentPrev && prev.kind === 'word') return true;
    if (adjacentNext && next.kind === 'word') return true;
    // AK-47, F-16, COVID-19.
    if (adjacentPrev && prev.text === '-' && prev2?.kind === 'word' && prev2.end === prev.start) return true;
    // 9/11, 24/7, 10:30, 2021-08-27.
    if ((adjacentPrev && /^[/:.]$/.test(prev.text) && prev2?.kind === 'num') || (adjacentNext && /^[/:]$/.test(next.text))) return true;
    if (adjacentNext && next.text === '-' && next2?.kind === 'num' && tokens[core.last + 3]?.text === '-') return true;
    if (adjacentPrev && prev.text === '-' && prev2?.kind === 'num' && tokens[core.first - 3]?.text === '-') return true;
    // Prices: $5 million, £10, €3.
    if (prev && /^[$£€¥₹]$/.test(prev.text)) return true;
    if (adjacentNext && next.text === '%') return true;
  }
  // Compound modifiers: "25-year-old", "three-day siege", "13-member team".
  if (adjacentNext && next.text === '-' && next2?.kind === 'word' && next2.start === next.end && !isNumberWord(next2.lower)) return true;
  if (next && (next.lower === 'percent' || next.lower === 'pc' || (next.lower === 'per' && next2?.lower === 'cent'))) return true;
  if (next && (currencyWords.has(next.lower) || timeWords.has(next.lower))) return true;
  if (next && next.lower === 'o' && next2?.text === '’') return true;
  if (prev && ['rs', 'usd', 'eur', 'aged', 'age', 'ages', 'no', 'number', 'nos'].includes(prev.lower)) return true;
  if (prev?.text === '.' && prev2?.lower === 'no') return true;
  if (prev && nameNouns.has(prev.lower)) return true;
  if (next && next.lower === 'years' && next2?.lower === 'old') return true;
  if (next && next.lower === 'year' && next2?.lower === 'old') return true;
  // Dates: "12 March", "March 12", "Jan. 25, 2013".
  if (next && monthWords.has(next.lower)) return true;
  if (next?.lower === 'of' && next2 && monthWords.has(next2.lower)) return true;
  if (prev && monthWords.has(prev.lower)) return true;
  if (prev?.text === '.' && prev2 && monthWords.has(prev2.lower)) return true;
  // "Karim Ahmadi, 25, a shopkeeper": an age after a capitalised name (only visible in mixed case).
  if (!allLower && core.digits && prev?.text === ',' && next?.text === ',' && prev2?.kind === 'word' && /^\p{Lu}/u.test(prev2.text)) {
    const value = core.value ?? 0;
    if (value < 120) return true;
  }
  return false;
}

function isYearLike(tokens: readonly Token[], core: Core): boolean {
  const token = tokens[core.first] as Token;
  return core.digits && core.first === core.last && /^\d{4}$/.test(token.text) && Number(token.text) >= 1900 && Number(token.text) <= 2100;
}

function buildMention(
  text: string,
  startOffset: number,
  endOffset: number,
  parts: { low: Core; high?: Core; qualifier?: QuantityQualifier; unit?: string },
): QuantityMention {
  const { low, high, qualifier, unit } = parts;
  const mention: QuantityMention = {
    start: startOffset,
    end: endOffset,
    text: text.slice(startOffset, endOffset),
    approximate: low.vague || (high?.vague ?? false) || qualifier === 'about',
    vague: low.vague || (high?.vague ?? false),
  };
  if (qualifier) mention.qualifier = qualifier;
  if (unit) mention.unit = unit;
  if (high) {
    const a = low.value;
    const b = high.value;
    if (a !== undefined && b !== undefined) {
      mention.min = Math.min(a, b);
      mention.max = Math.max(a, b);
      mention.best = mention.min;
    }
    return mention;
  }
  const v = low.value;
  if (v === undefined) return mention;
  if (low.vague) {
    // A vague word gives the least it can mean (ACLED); the upper end stays open.
    mention.min = v;
    mention.best = v;
    return mention;
  }
  switch (qualifier) {
    case 'at_least':
    case 'more_than':
      mention.min = v;
      mention.best = v;
      break;
    case 'at_most':
    case 'up_to':
      mention.max = v;
      mention.best = v;
      break;
    default:
      mention.min = v;
      mention.max = v;
      mention.best = v;
  }
  return mention;
}

const copulas = new Set(['was', 'is', 'were', 'are', 'be', 'been', 'as', 'became', 'becomes']);
const ofDeterminers = new Set(['the', 'these', 'those', 'their']);
const rangeLinkers = new Set(['to', 'or', '-', '–', '—']);
const rangeBoundWords = ['as low as', 'as high as', 'as many as', 'as few as', 'about', 'around', 'nearly', 'some'].map((phrase) => phrase.split(' '));

/** Skips a bound phrase ("as low as") at `k` and returns the index after it. */
function skipBound(tokens: readonly Token[], k: number): number {
  for (const words of rangeBoundWords) {
    if (matchesWords(tokens, k, words)) return k + words.length;
  }
  return k;
}

/**
 * Finds the number and quantity phrases in a text (counts with their qualifier, range and
 * counted noun), skipping years, dates, times, ordinals, percentages, money, ages and names.
 */
export function findQuantities(text: string): QuantityMention[] {
  const tokens = tokenize(text);
  const allLower = text === text.toLowerCase();
  const mentions: QuantityMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const core = parseCore(tokens, i);
    if (!core) {
      i++;
      continue;
    }
    const found = readQuantity(tokens, core, text, allLower);
    if (found) {
      mentions.push(found.mention);
      i = found.nextToken;
    } else {
      i = core.last + 1;
    }
  }
  return mentions;
}

function readQuantity(
  tokens: readonly Token[],
  core: Core,
  text: string,
  allLower: boolean,
): { mention: QuantityMention; nextToken: number } | undefined {
  const lower = (k: number): string => tokens[k]?.lower ?? '';
  // "one of the top four" is a ranking, not a count.
  if (tokens[core.first]?.lower === 'one' && core.first === core.last && lower(core.last + 1) === 'of') return undefined;
  // "a", "an", "many" count only before a person noun: look for it first (what follows reads the same unit).
  if (core.needsPersonNoun && !findUnit(text, tokens, core.last + 1, core.takesOf)?.noun) return undefined;
  if (isExcluded(tokens, core, allLower)) return undefined;
  const qualified = qualifierBefore(tokens, core.first);
  let first = qualified?.first ?? core.first;
  const opener = lower(first - 1);

  // Range right after the first number: "10 to 15", "10-15", "two or three", "between 10 and 15".
  let high: Core | undefined;
  let afterRange = core.last + 1;
  const linker = tokens[core.last + 1];
  if (linker && core.value !== undefined && !core.needsPersonNoun && (rangeLinkers.has(linker.lower) || (linker.lower === 'and' && opener === 'between'))) {
    const isDash = /^[-–—]$/.test(linker.text);
    const secondStart = isDash ? core.last + 2 : skipBound(tokens, core.last + 2);
    const second = parseCore(tokens, secondStart);
    if (
      second !== undefined &&
      !second.needsPersonNoun &&
      second.value !== undefined &&
      (!isDash || (core.digits && second.digits)) &&
      !isExcluded(tokens, second, allLower)
    ) {
      high = second;
      afterRange = second.last + 1;
    }
  }

  // "two of the attackers": a count of a group named after "of".
  const takesOf = core.takesOf || (high?.takesOf ?? false) || (!core.needsPersonNoun && ofDeterminers.has(lower(afterRange + 1)));
  const unit = findUnit(text, tokens, afterRange, takesOf);
  let end = unit ? unit.last : afterRange - 1;

  // Range with the noun in between: "from several thousand active fighters to as low as 500".
  if (!high && unit && core.value !== undefined && !core.needsPersonNoun && lower(unit.last + 1) === 'to') {
    const boundStart = skipBound(tokens, unit.last + 2);
    const second = parseCore(tokens, boundStart);
    const signalled = opener === 'from' || boundStart > unit.last + 2;
    if (signalled && second && second.value !== undefined && !second.needsPersonNoun && !isExcluded(tokens, second, allLower)) {
      high = second;
      end = second.last;
      const trailing = findUnit(text, tokens, second.last + 1, second.takesOf);
      if (trailing?.noun && trailing.unit === unit.unit) end = trailing.last;
    }
  }

  if (core.needsPersonNoun && !unit?.noun) return undefined;
  // "Karim, a shopkeeper," and "he was a soldier" describe someone; they do not count victims.
  if (core.needsPersonNoun && core.value === 1 && (lower(core.first - 1) === ',' || copulas.has(lower(core.first - 1)))) return undefined;
  const year = isYearLike(tokens, core);
  if (year && !high && (!unit || yearPrepositions.has(lower(first - 1)))) return undefined;
  if (year && high && isYearLike(tokens, high)) return undefined;
  // "two days ago", "three weeks later": date expressions, read by the date finder.
  if (unit?.unit && durationUnits.has(unit.unit) && relativeTimeWords.has(lower(unit.last + 1))) return undefined;
  if (high && (opener === 'between' || opener === 'from') && !qualified) first -= 1;

  const startTok = tokens[first] as Token;
  const endTok = tokens[end] as Token;
  const mention = buildMention(text, startTok.start, endTok.end, {
    low: core,
    ...(high ? { high } : {}),
    ...(qualified && !high ? { qualifier: qualified.qualifier } : {}),
    ...(unit?.unit ? { unit: unit.unit } : {}),
  });
  return { mention, nextToken: end + 1 };
}
