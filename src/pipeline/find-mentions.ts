import type { Knowledge, KnownName, Place } from '../knowledge/knowledge.js';
import { foldToken } from '../knowledge/fold-name.js';
import type { EntityKind } from '../model/index.js';
import type { AnalyzedText, Token } from './analyze-text.js';
import { facilityWords, findProperNames } from './find-proper-names.js';

/** Stage id of name and place mentions. */
export const mentionsStage = 'mentions@1';

/** A span of text that names something: a known entry, a place, or a name found from context. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  tokenStart: number;
  /** Exclusive. */
  tokenEnd: number;
  sentence: number;
  places: readonly Place[];
  names: readonly KnownName[];
  /** For names the dictionaries do not know: the kind the context suggests. */
  guessedKind?: EntityKind;
  /** True when the phrase is also an ordinary English word ("mobile", "man"): a name only with other evidence. */
  commonWord?: boolean;
  /** The title before a person's name, folded ("foreign secretary"): later "the Foreign Secretary" is that person. */
  title?: string;
  /** The earlier mention this one refers back to ("the Foreign Secretary" → "Boris Johnson"). */
  antecedent?: Mention;
  /** Facility words ("airport", "hotel") turn a place mention into a facility. */
  facility?: string;
  ambiguous: boolean;
}

// Words that start sentences or headlines with a capital but are never names on their own.
const functionTags = new Set(['AUX', 'DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'VERB', 'ADV', 'NUM', 'PUNCT', 'SYM', 'INTJ']);

/** Find every known name and place, plus capitalised names the context types, sentence by sentence. */
export function findMentions(analyzed: AnalyzedText, knowledge: Knowledge, skipBefore = 0): Mention[] {
  const { tokens, caseMode } = analyzed;
  const folded = tokens.map((token) => foldToken(token.text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as Token;
    if (first.start < skipBefore || (folded[i] ?? '') === '') {
      i += 1;
      continue;
    }
    // Names are looked up without a leading article: "The Islamic State Khorasan Province".
    const hit = folded[i] === 'the' ? undefined : matchLongest(analyzed, knowledge, folded, i);
    if (hit) {
      mentions.push(hit);
      i = hit.tokenEnd;
      continue;
    }
    i += 1;
  }
  // Names the dictionaries do not know can be told only where capitals can be trusted.
  const all = caseMode === 'mixed' ? findProperNames(analyzed, folded, mentions, skipBefore, knowledge.personName?.bind(knowledge)) : mentions;
  attachFacilities(analyzed, all, folded);
  return all;
}

function matchLongest(analyzed: AnalyzedText, knowledge: Knowledge, folded: string[], from: number): Mention | undefined {
  const { tokens } = analyzed;
  const first = tokens[from] as Token;
  // Mixed-case text: no window starting at a lower-case word can pass acceptsCase, so skip the look-ups.
  if (analyzed.caseMode === 'mixed' && !startsName(analyzed, from)) return undefined;
  let phrase = '';
  let words = 0;
  let best: { end: number; entry: ReturnType<Knowledge['lookup']> } | undefined;
  for (let j = from; j < tokens.length && words < knowledge.maxPhraseTokens; j += 1) {
    const token = tokens[j] as Token;
    if (token.sentence !== first.sentence) break;
    const part = folded[j] ?? '';
    if (part === '') {
      // Punctuation inside a name only when glued to it (IS-K, al-Qaeda), never commas or brackets.
      if (!(token.text === '-' || token.text === '‐' || token.text === '.') || !token.joined) break;
      continue;
    }
    if (j > from && !token.joined && /[,;:()"“”]/.test(analyzed.text.slice((tokens[j - 1] as Token).end, token.start))) break;
    phrase = phrase ? `${phrase} ${part}` : part;
    words += 1;
    const entry = knowledge.lookup(phrase);
    if (entry && acceptsCase(analyzed, from, j, entry.ambiguous)) best = { end: j + 1, entry };
    if (!knowledge.hasPrefix(phrase)) break;
  }
  if (!best?.entry) return undefined;
  const last = tokens[best.end - 1] as Token;
  return {
    start: first.start,
    end: last.end,
    text: analyzed.text.slice(first.start, last.end),
    tokenStart: from,
    tokenEnd: best.end,
    sentence: first.sentence,
    places: best.entry.places,
    names: best.entry.names,
    ambiguous: best.entry.ambiguous,
    ...(best.entry.commonWord ? { commonWord: true } : {}),
  };
}

/** In mixed-case text a name starts with a capital, a digit, or a lower-case Arabic article glued to a capitalised name ("al-Qaida", "el-Sisi"). */
function startsName(analyzed: AnalyzedText, from: number): boolean {
  const { tokens } = analyzed;
  const first = tokens[from] as Token;
  if (/^[\p{Lu}\p{N}]/u.test(first.text)) return true;
  return /^(?:al|el|ad|ash|as|az|ar)$/u.test(first.text) && tokens[from + 1]?.joined === true && /^\p{Lu}/u.test(tokens[from + 2]?.text ?? '');
}

/** In mixed-case text a name starts with a capital and short forms keep theirs ("IS" is not "is"). */
function acceptsCase(analyzed: AnalyzedText, from: number, to: number, ambiguous: boolean): boolean {
  const { tokens, caseMode } = analyzed;
  const first = tokens[from] as Token;
  const last = tokens[to] as Token;
  const span = analyzed.text.slice(first.start, last.end);
  const single = from === to;
  if (caseMode === 'mixed') {
    if (!startsName(analyzed, from)) return false;
    if (!/[\p{Lu}\p{N}]/u.test(last.text.charAt(0)) && !/^[\p{Lu}]/u.test(span)) return false;
    const letters = span.replace(/[^\p{L}]/gu, '');
    // Short forms must be written in capitals: "IS", "IMU", "UN".
    if (letters.length <= 4 && letters !== letters.toUpperCase() && !/^\p{Lu}\p{Ll}+$/u.test(letters)) return false;
    if (single && functionTags.has(first.pos) && first.text !== first.text.toUpperCase()) return false;
    return true;
  }
  // One-case text: skip single function words and short ambiguous forms ("is", "imu" in upper-case wire copy).
  if (single && functionTags.has(first.pos)) return false;
  if (single && ambiguous && span.length <= 3) return false;
  return true;
}

/** "Kabul airport", "the airport in Kabul": a facility word right after a place makes the mention a facility. */
function attachFacilities(analyzed: AnalyzedText, mentions: Mention[], folded: string[]): void {
  const { tokens } = analyzed;
  for (const mention of mentions) {
    if (mention.places.length === 0 || mention.names.length > 0) continue;
    const next = tokens[mention.tokenEnd];
    const word = folded[mention.tokenEnd] ?? '';
    if (next && next.sentence === mention.sentence && facilityWords.has(word)) {
      const extended = next.end;
      mention.facility = word;
      mention.end = extended;
      mention.tokenEnd += 1;
      mention.text = analyzed.text.slice(mention.start, extended);
    }
  }
}
