import type { Knowledge } from '../knowledge/knowledge.js';
import { foldName } from '../knowledge/fold-name.js';
import type { AnalyzedText } from './analyze-text.js';

/** Event words by MUC incident class; the role tagger looks for them around each token. */
const triggerClasses: ReadonlyArray<readonly [string, RegExp]> = [
  ['bomb', /^(?:bomb\w*|dynamite\w*|explo\w+|blast\w*|detonat\w+|grenade\w*|car-bomb\w*|mortar\w*|rocket\w*)$/u],
  ['kidnap', /^(?:kidnap\w*|abduct\w*|hostages?|captors?|ransom|release[sd]?|freed)$/u],
  ['kill', /^(?:kill\w*|murder\w*|assassinat\w+|slain|slay\w*|massacre\w*|dead|death|bodies|body|shot|shoot\w*|execut\w+|machinegunned|wounded|wounding|injur\w+)$/u],
  ['attack', /^(?:attack\w*|ambush\w*|raid\w*|assault\w*|stormed|fired|opened|harass\w*|sabotage\w*|destroy\w*|damag\w*|hit)$/u],
  ['arson', /^(?:burn\w*|set|fire|torch\w*|arson\w*|incendiar\w+|molotov)$/u],
  ['rob', /^(?:rob\w*|stole|stolen|steal\w*|loot\w*|thiev\w*|hold-up)$/u],
  ['claim', /^(?:claim\w*|responsib\w+|blam\w+|accus\w+|attribut\w+|perpetrat\w+|suspect\w*)$/u],
];

/** The event class of a lower-cased word, if it is a trigger. */
export function triggerClass(lower: string): string | undefined {
  for (const [name, pattern] of triggerClasses) if (pattern.test(lower)) return name;
  return undefined;
}

/** Coarse shape: digits and letters collapsed, so "m-16" and "ak-47" look alike. */
function shapeOf(word: string): string {
  const shape = word.replace(/\p{L}+/gu, 'a').replace(/\p{N}+/gu, '0');
  return shape.length > 6 ? shape.slice(0, 6) : shape;
}

function bucket(distance: number): string {
  return distance <= 1 ? '1' : distance <= 3 ? '3' : distance <= 6 ? '6' : distance <= 12 ? '12' : 'far';
}

/** What the dictionaries say a token is part of: the kind of the longest known phrase covering it. */
function knownKinds(words: readonly string[], knowledge: Knowledge | undefined): (string | undefined)[] {
  const kinds: (string | undefined)[] = new Array(words.length).fill(undefined);
  if (!knowledge) return kinds;
  const folded = words.map((word) => foldName(word));
  const limit = Math.min(knowledge.maxPhraseTokens, 8);
  for (let i = 0; i < words.length; i += 1) {
    if (!folded[i]) continue;
    let found: { end: number; kind: string } | undefined;
    let phrase = '';
    for (let j = i; j < Math.min(words.length, i + limit); j += 1) {
      if (!folded[j]) break;
      phrase = phrase ? `${phrase} ${folded[j]}` : (folded[j] as string);
      if (!knowledge.hasPrefix(phrase)) break;
      const entry = knowledge.lookup(phrase);
      if (!entry || entry.commonWord) continue;
      const name = entry.names[0];
      const kind = name ? name.kind : entry.places.length ? 'place' : undefined;
      if (kind) found = { end: j, kind };
    }
    if (found) {
      for (let k = i; k <= found.end; k += 1) kinds[k] ??= `${k === i ? 'B' : 'I'}-${found.kind}`;
    }
  }
  return kinds;
}

/**
 * The label-independent features of every token of a document, for the role tagger: the word,
 * its affixes, shape and tag, its neighbours, the event words near it in its sentence, what the
 * dictionaries know it as, and how early in the report its sentence is.
 */
export function tokenFeatures(analyzed: AnalyzedText, knowledge: Knowledge | undefined, include?: (sentence: number) => boolean): string[][] {
  const { tokens, sentences } = analyzed;
  const words = tokens.map((token) => token.lower);
  const known = knownKinds(words, knowledge);
  const out: string[][] = [];
  for (const sentence of sentences) {
    const first = sentence.firstToken;
    const last = sentence.lastToken;
    if (include && !include(sentence.index)) {
      for (let t = first; t <= last; t += 1) out.push([]);
      continue;
    }
    const triggers: { at: number; kind: string }[] = [];
    for (let t = first; t <= last; t += 1) {
      const kind = triggerClass(words[t] as string);
      if (kind) triggers.push({ at: t, kind });
    }
    const sentenceClasses = [...new Set(triggers.map((trigger) => trigger.kind))].sort();
    const position = sentence.index === 0 ? '0' : sentence.index <= 2 ? '2' : sentence.index <= 5 ? '5' : 'late';
    for (let t = first; t <= last; t += 1) {
      const word = words[t] as string;
      const token = tokens[t]!;
      const at = (offset: number): string => (t + offset >= first && t + offset <= last ? (words[t + offset] as string) : offset < 0 ? '<s>' : '</s>');
      const pos = (offset: number): string => (t + offset >= first && t + offset <= last ? tokens[t + offset]!.pos : '_');
      const features = [
        'b',
        `w=${word}`,
        `p=${token.pos}`,
        `s3=${word.slice(-3)}`,
        `p3=${word.slice(0, 3)}`,
        `sh=${shapeOf(word)}`,
        `w-1=${at(-1)}`,
        `w-2=${at(-2)}`,
        `w+1=${at(1)}`,
        `w+2=${at(2)}`,
        `w-1w=${at(-1)}|${word}`,
        `ww+1=${word}|${at(1)}`,
        `w-2-1=${at(-2)}|${at(-1)}`,
        `w+1+2=${at(1)}|${at(2)}`,
        `p-1=${pos(-1)}`,
        `p+1=${pos(1)}`,
        `p-1p=${pos(-1)}|${token.pos}`,
        `pp+1=${token.pos}|${pos(1)}`,
        `sp=${position}`,
      ];
      if (known[t]) features.push(`kb=${known[t]}`);
      if (sentenceClasses.length === 0) features.push('st=none');
      for (const kind of sentenceClasses) features.push(`st=${kind}`, `st=${kind}|p=${token.pos}`);
      let left: { at: number; kind: string } | undefined;
      let right: { at: number; kind: string } | undefined;
      for (const trigger of triggers) {
        if (trigger.at < t) left = trigger;
        else if (trigger.at > t && !right) right = trigger;
      }
      if (left) features.push(`tl=${left.kind}|${bucket(t - left.at)}`, `tlw=${words[left.at]}`);
      if (right) features.push(`tr=${right.kind}|${bucket(right.at - t)}`, `trw=${words[right.at]}`);
      if (triggerClass(word)) features.push('trig');
      out.push(features);
    }
  }
  return out;
}
