import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** Stage id of tokenisation and sentence segmentation. */
export const segmentStage = 'segment@1';

/** A token with its offsets in the document's own characters. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from wink-nlp. */
  pos: string;
  lower: string;
  /** Index of the sentence holding it. */
  sentence: number;
  /** True when no space separates it from the previous token (IS-K, US-led). */
  joined: boolean;
}

/** A sentence span with the range of its tokens. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  text: string;
}

/** Whether capitalisation can be trusted: wire copy and older corpora come in one case. */
export type CaseMode = 'mixed' | 'lower' | 'upper';

/** The tokens and sentences of one document. */
export interface AnalyzedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  caseMode: CaseMode;
}

/** The part of wink's core model its cache grows: every feature holds a value list and its index. */
interface WinkFeature {
  list: string[];
  hash: Record<string, number>;
  index: number;
  intrinsicSize?: number;
}

interface WinkCoreModel {
  features: Record<string, WinkFeature>;
}

// wink adds every unknown word (and its unknown shapes and affixes) to its lexicon as it reads, and a
// later document then finds the word there and tokenises it whole ("people's" instead of "people" "'s").
// So that the same text always gives the same tokens, whatever was read before, each document starts
// from the model's own lexicon: the words a document added are forgotten after it. The lexeme list
// itself only grows (wink's per-word feature store is aligned with it), so past a bound the whole
// instance is replaced by a fresh one, which is the same state.
const lexemeGrowthBeforeReload = 200_000;

interface WinkInstance {
  nlp: ReturnType<typeof winkNLP>;
  core: WinkCoreModel;
  /** Lexeme slots below this are already forgotten. */
  forgottenUpTo: number;
}

// The model's custom-entity loader re-encodes its own JSON on every call, so a second load would read a
// string grown out of bounds; it is read once and handed to every instance.
let customEntityMeta: unknown;

function loadWink(): WinkInstance {
  let core: WinkCoreModel | undefined;
  const capturing = {
    ...model,
    core: (): unknown => {
      core = (model.core as () => WinkCoreModel)();
      return core;
    },
    metaCER: (): unknown => (customEntityMeta ??= (model.metaCER as () => unknown)()),
  } as unknown as typeof model;
  // Only sentence breaks and tags are read: wink's entity, negation and sentiment passes change neither
  // a token, its tag nor a sentence span, so they are left out of the pipe.
  const nlp = winkNLP(capturing, ['sbd', 'pos']);
  if (!core) throw new Error('wink-nlp did not load its core model');
  return { nlp, core, forgottenUpTo: core.features.lexeme?.intrinsicSize ?? 0 };
}

let wink = loadWink();
const its = wink.nlp.its;

/**
 * Forget the unknown words the last document added that hold more than letters and digits: those are
 * the ones that change how a later text is cut ("government's" kept whole). A word of letters alone is
 * one token whether wink knows it or not, and its features are read from its own characters, so it may
 * stay (re-adding every unknown word for every document would cost a third of the tokeniser's time).
 */
function forgetUnknownWords(): void {
  const lexeme = wink.core.features.lexeme;
  if (!lexeme || lexeme.intrinsicSize === undefined) return;
  if (lexeme.list.length - lexeme.intrinsicSize > lexemeGrowthBeforeReload) {
    wink = loadWink();
    return;
  }
  for (let k = wink.forgottenUpTo; k < lexeme.list.length; k += 1) {
    const value = lexeme.list[k] as string;
    if (lexeme.hash[value] === k && !lettersAndDigits.test(value)) delete lexeme.hash[value];
  }
  wink.forgottenUpTo = lexeme.list.length;
}

const lettersAndDigits = /^[\p{L}\p{N}]+$/u;

/** Tokenise, tag and segment a text with wink-nlp, keeping exact character offsets. */
export function analyzeText(text: string): AnalyzedText {
  const caseMode = detectCaseMode(text);
  // wink tags by shape; in a one-case text, tag a mixed-case rendering and keep the original offsets.
  const tagged = caseMode === 'mixed' ? text : text.toLowerCase();
  const doc = wink.nlp.readDoc(tagged);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  forgetUnknownWords();
  const tokens: Token[] = [];
  const sentenceOfToken = new Array<number>(values.length).fill(0);
  for (let index = 0; index < spans.length; index += 1) {
    const [first, last] = spans[index] as [number, number];
    for (let i = first; i <= last; i += 1) sentenceOfToken[i] = index;
  }
  const mixed = tagged === text;
  let cursor = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] ?? '';
    const at = tagged.indexOf(value, cursor);
    // wink may normalise a token (rare: odd whitespace); such a token has no span and is dropped.
    if (at < 0 || value.trim() === '') continue;
    const start = at;
    const end = at + value.length;
    // In a mixed-case text the token's value is its own characters.
    const original = mixed ? value : text.slice(start, end);
    tokens.push({
      text: original,
      start,
      end,
      pos: tags[i] ?? 'X',
      lower: original.toLowerCase(),
      sentence: sentenceOfToken[i] ?? 0,
      joined: start === cursor && tokens.length > 0,
    });
    cursor = end;
  }
  const sentences = buildSentences(text, tokens);
  return { text, tokens, sentences, caseMode };
}

function buildSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let index = -1;
  let lastKey = -1;
  for (let t = 0; t < tokens.length; t += 1) {
    const token = tokens[t] as Token;
    // A blank line always ends a sentence (headlines, datelines, list items).
    const paragraphBreak = t > 0 && blankLineBetween(text, (tokens[t - 1] as Token).end, token.start);
    if (token.sentence !== lastKey || paragraphBreak) {
      index += 1;
      lastKey = token.sentence;
      sentences.push({ index, start: token.start, end: token.end, firstToken: t, lastToken: t, text: '' });
    }
    const current = sentences[index] as Sentence;
    current.end = token.end;
    current.lastToken = t;
    token.sentence = index;
  }
  for (const sentence of sentences) sentence.text = text.slice(sentence.start, sentence.end);
  return sentences;
}

/** True when text[from, to) holds a blank line (/\n\s*\n/); most gaps hold one space or none, so count newlines first. */
function blankLineBetween(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let k = from; k < to; k += 1) if (text.charCodeAt(k) === 10) newlines += 1;
  return newlines >= 2 && /\n\s*\n/.test(text.slice(from, to));
}

/** Lower or upper when nearly all cased letters are in that case. */
export function detectCaseMode(text: string): CaseMode {
  let upper = 0;
  let lower = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (let k = 0; k < sample.length; k += 1) {
    const code = sample.charCodeAt(k);
    if (code >= 97 && code <= 122) lower += 1;
    else if (code >= 65 && code <= 90) upper += 1;
  }
  const cased = upper + lower;
  if (cased < 20) return 'mixed';
  if (upper / cased < 0.01) return 'lower';
  if (lower / cased < 0.05) return 'upper';
  return 'mixed';
}
