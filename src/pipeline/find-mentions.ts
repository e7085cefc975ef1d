import type { Knowledge, KnownName, Place } from '../knowledge/knowledge.js';
import { foldToken } from '../knowledge/fold-name.js';
import type { EntityKind } from '../model/index.js';
import type { AnalyzedText, Token } from './analyze-text.js';

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
  /** Facility words ("airport", "hotel") turn a place mention into a facility. */
  facility?: string;
  ambiguous: boolean;
}

// Words that start sentences or headlines with a capital but are never names on their own.
const functionTags = new Set(['AUX', 'DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'VERB', 'ADV', 'NUM', 'PUNCT', 'SYM', 'INTJ']);

// Head words of names the dictionaries do not know ("Free Syrian Army", "Mosul Dam").
const groupHeads = new Set([
  'front', 'army', 'brigade', 'brigades', 'movement', 'militia', 'militias', 'battalion', 'battalions', 'group', 'organization',
  'organisation', 'jamaat', 'jamaah', 'lashkar', 'jaish', 'harakat', 'tehrik', 'ansar', 'hizb', 'hezbollah', 'mujahideen',
  'legion', 'corps', 'faction', 'rebels', 'guerrillas', 'commando', 'commandos', 'alliance', 'coalition', 'party', 'forces',
]);
const organizationHeads = new Set([
  'agency', 'ministry', 'council', 'institute', 'committee', 'commission', 'university', 'office', 'department', 'bureau',
  'union', 'association', 'foundation', 'center', 'centre', 'service', 'services', 'court', 'parliament', 'senate', 'police',
  'network', 'society', 'bank', 'company', 'corporation', 'watch', 'mission', 'program', 'programme', 'fund',
]);
/** Facility nouns: a place followed by one of these is a facility of that place. */
export const facilityWords = new Set([
  'airport', 'hospital', 'mosque', 'hotel', 'market', 'marketplace', 'embassy', 'consulate', 'school', 'university', 'base',
  'airbase', 'bridge', 'church', 'shrine', 'temple', 'stadium', 'checkpoint', 'prison', 'jail', 'bazaar', 'station', 'compound',
  'camp', 'barracks', 'port', 'dam', 'refinery', 'pipeline', 'square', 'palace', 'ministry', 'court', 'headquarters', 'mall',
]);
const personTitles = new Set([
  'mr', 'mrs', 'ms', 'dr', 'president', 'prime', 'minister', 'general', 'gen', 'gen.', 'col', 'colonel', 'commander', 'sheikh',
  'mullah', 'maulvi', 'emir', 'amir', 'imam', 'spokesman', 'spokeswoman', 'governor', 'senator', 'sen', 'lt', 'captain', 'capt',
  'major', 'maj', 'sergeant', 'sgt', 'king', 'prince', 'judge', 'ambassador', 'secretary', 'chief', 'leader', 'mayor', 'father',
]);
const nameConnectors = new Set(['of', 'for', 'and', 'the', 'al', 'el', 'ul', 'e', 'i', 'bin', 'ibn', 'de', 'del', 'la', 'y', "'s", '’s']);

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
    const unknown = caseMode === 'mixed' ? matchCapitalised(analyzed, folded, i) : undefined;
    if (unknown) {
      mentions.push(unknown);
      i = unknown.tokenEnd;
      continue;
    }
    i += 1;
  }
  attachFacilities(analyzed, mentions, folded);
  return mentions;
}

function matchLongest(analyzed: AnalyzedText, knowledge: Knowledge, folded: string[], from: number): Mention | undefined {
  const { tokens } = analyzed;
  const first = tokens[from] as Token;
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
  };
}

/** In mixed-case text a name starts with a capital and short forms keep theirs ("IS" is not "is"). */
function acceptsCase(analyzed: AnalyzedText, from: number, to: number, ambiguous: boolean): boolean {
  const { tokens, caseMode } = analyzed;
  const first = tokens[from] as Token;
  const last = tokens[to] as Token;
  const span = analyzed.text.slice(first.start, last.end);
  const single = from === to;
  if (caseMode === 'mixed') {
    if (!/^[\p{Lu}\p{N}]/u.test(first.text)) return false;
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

function isCapitalised(token: Token): boolean {
  return /^[\p{Lu}]/u.test(token.text);
}

/** Runs of capitalised words whose head names a kind: "Free Syrian Army", "Mosul Dam", "General Ahmad Khan". */
function matchCapitalised(analyzed: AnalyzedText, folded: string[], from: number): Mention | undefined {
  const { tokens } = analyzed;
  const first = tokens[from] as Token;
  if (!isCapitalised(first) || functionTags.has(first.pos)) return undefined;
  let end = from;
  let j = from + 1;
  while (j < tokens.length) {
    const token = tokens[j] as Token;
    if (token.sentence !== first.sentence) break;
    if (isCapitalised(token)) {
      end = j;
      j += 1;
      continue;
    }
    if ((token.text === '-' && token.joined) || (nameConnectors.has(token.lower) && tokens[j + 1] && isCapitalised(tokens[j + 1] as Token))) {
      j += 1;
      continue;
    }
    break;
  }
  const words = [];
  for (let k = from; k <= end; k += 1) if (folded[k]) words.push(folded[k] as string);
  if (words.length < 2) return undefined;
  const head = words[words.length - 1] as string;
  const lead = words[0] as string;
  let guessedKind: EntityKind | undefined;
  if (personTitles.has(lead) && words.length >= 2 && !groupHeads.has(head) && !organizationHeads.has(head)) guessedKind = 'person';
  else if (groupHeads.has(head)) guessedKind = head === 'party' || head === 'forces' ? 'organization' : 'armed_group';
  else if (organizationHeads.has(head)) guessedKind = 'organization';
  else if (facilityWords.has(head)) guessedKind = 'location';
  if (!guessedKind) return undefined;
  const last = tokens[end] as Token;
  let start = first;
  let tokenStart = from;
  // A title is not part of a person's name.
  if (guessedKind === 'person') {
    let k = from;
    while (k < end && personTitles.has(folded[k] ?? '')) k += 1;
    start = tokens[k] as Token;
    tokenStart = k;
  }
  return {
    start: start.start,
    end: last.end,
    text: analyzed.text.slice(start.start, last.end),
    tokenStart,
    tokenEnd: end + 1,
    sentence: first.sentence,
    places: [],
    names: [],
    guessedKind,
    ...(guessedKind === 'location' ? { facility: head } : {}),
    ambiguous: false,
  };
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
