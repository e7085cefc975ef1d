import type { AnalyzedText, Sentence, Token } from './analyze-text.js';

/** A noun phrase of the sentence with its head word, at exact character offsets. */
export interface ArgumentPhrase {
  start: number;
  end: number;
  text: string;
  head: string;
}

/** Who did it and what it was done to, as one sentence's clause structure tells it. */
export interface AttackArguments {
  attackers: ArgumentPhrase[];
  targets: ArgumentPhrase[];
}

// Verbs whose subject attacks and whose object is attacked ("gunmen stormed the hotel").
const attackVerb = /^(?:attack(?:ed|s|ing)?|bomb(?:ed|s|ing)|shot|shoot(?:s|ing)?|storm(?:ed|s|ing)?|ambush(?:ed|es|ing)?|target(?:ed|s|ing)?|raid(?:ed|s|ing)?|shell(?:ed|s|ing)|struck|hit|assassinated|stabbed|rammed|besieged|overran|kill(?:ed|s|ing)?)$/u;
// Verbs with a subject that attacks but an object that is not its target ("bombers detonated a vest").
const agentOnlyVerb = /^(?:detonated|launched|fired|opened|carried|blew|detonates|launches|fires|opens|carries|claimed)$/u;
// Nouns of an attack followed by where or what it hit: "attack on the market", "explosion at a bakery".
const attackNoun = /^(?:attacks?|assaults?|bombings?|explosions?|blasts?|strikes?|raids?|ambush(?:es)?|shooting|fire)$/u;
const attackNounPreposition = /^(?:on|at|against)$/u;
const auxiliaries = /^(?:has|have|had|was|were|is|are|been|being|be|reportedly|allegedly|also|then|later|had|just)$/u;
const passiveAuxiliary = /^(?:was|were|been|being|is|are|be|got|get)$/u;
const phraseTags = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const headTags = new Set(['NOUN', 'PROPN']);
// Pronouns and quantifiers are no description of anyone by themselves.
const emptyHeads = /^(?:it|they|he|she|we|you|them|him|her|this|that|these|those|which|who|one|some|all|many|several|others?|people's|time|times|day|week|year|night|morning|evening|way)$/u;

/** Reads attack arguments off simple clauses: "X attacked Y", "Y was attacked by X", "X, who carried out the attack", "an explosion at Y". */
export function findAttackArguments(analyzed: AnalyzedText, sentence: Sentence): AttackArguments {
  const tokens = analyzed.tokens;
  const result: AttackArguments = { attackers: [], targets: [] };
  const push = (list: ArgumentPhrase[], phrase: ArgumentPhrase | undefined): void => {
    if (phrase && !list.some((known) => known.start === phrase.start)) list.push(phrase);
  };
  for (let i = sentence.firstToken; i <= sentence.lastToken; i++) {
    const token = tokens[i];
    if (!token) continue;
    const word = token.lower;
    if (attackVerb.test(word) && token.pos === 'VERB') {
      const passive = isPassive(tokens, i, sentence);
      if (passive) {
        push(result.targets, phraseBefore(analyzed, i, sentence, true));
        const by = tokens[i + 1]?.lower === 'by' ? phraseAfter(analyzed, i + 2, sentence) : undefined;
        push(result.attackers, by);
      } else {
        push(result.attackers, phraseBefore(analyzed, i, sentence, false));
        if (!/^kill/u.test(word)) push(result.targets, phraseAfter(analyzed, i + 1, sentence));
      }
    } else if (agentOnlyVerb.test(word) && token.pos === 'VERB' && isPassive(tokens, i, sentence)) {
      // "was carried out by the separatist group ETA"
      let by = i + 1;
      if (tokens[by]?.lower === 'out') by++;
      if (tokens[by]?.lower === 'by') push(result.attackers, phraseAfter(analyzed, by + 1, sentence));
    } else if (agentOnlyVerb.test(word) && token.pos === 'VERB') {
      push(result.attackers, phraseBefore(analyzed, i, sentence, false));
      // "opened fire on the convoy"
      if (word.startsWith('open') && tokens[i + 1]?.lower === 'fire' && tokens[i + 2]?.lower === 'on') push(result.targets, phraseAfter(analyzed, i + 3, sentence));
    } else if (attackNoun.test(word) && token.pos === 'NOUN') {
      if (attackNounPreposition.test(tokens[i + 1]?.lower ?? '')) push(result.targets, phraseAfter(analyzed, i + 2, sentence));
      // "the IRA's bombing of the city": the possessor did it.
      const owner = possessorBefore(tokens, i, sentence);
      if (owner !== undefined) push(result.attackers, phraseEndingAt(analyzed, owner, sentence));
    } else if (word === 'responsible' && /^(?:was|were|is|are)$/u.test(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.lower === 'for') {
      // "ETA were responsible for the attack"
      push(result.attackers, phraseEndingAt(analyzed, i - 2, sentence));
    }
  }
  return result;
}

function isPassive(tokens: readonly Token[], verb: number, sentence: Sentence): boolean {
  for (let j = verb - 1; j >= Math.max(sentence.firstToken, verb - 3); j--) {
    const lower = tokens[j]?.lower ?? '';
    if (passiveAuxiliary.test(lower)) return true;
    if (!/^(?:reportedly|allegedly|also|then|later|being|been|fatally|badly|seriously)$/u.test(lower)) return false;
  }
  return false;
}

/** The noun phrase ending just before a verb (its subject), through auxiliaries and a relative "who". */
function phraseBefore(analyzed: AnalyzedText, verb: number, sentence: Sentence, passive: boolean): ArgumentPhrase | undefined {
  const tokens = analyzed.tokens;
  let end = verb - 1;
  while (end >= sentence.firstToken && (auxiliaries.test(tokens[end]?.lower ?? '') || tokens[end]?.pos === 'ADV' || (passive && passiveAuxiliary.test(tokens[end]?.lower ?? '')))) end--;
  // "gunmen, who stormed": the relative pronoun stands for the phrase before it.
  if (/^(?:who|which|that)$/u.test(tokens[end]?.lower ?? '')) {
    end--;
    if (tokens[end]?.text === ',') end--;
  }
  return phraseEndingAt(analyzed, end, sentence);
}

/** The last token of a possessor before a noun: "IRA 's bombing", "IRA’s bombing", "the group's attacks". */
function possessorBefore(tokens: readonly Token[], noun: number, sentence: Sentence): number | undefined {
  let j = noun - 1;
  while (j >= sentence.firstToken && (tokens[j]?.pos === 'ADJ' || tokens[j]?.pos === 'NOUN') && j > noun - 3) j--;
  const marker = tokens[j]?.lower ?? '';
  if (marker === "'s" || marker === '’s') return j - 1;
  if (marker === 's' && /^['’]$/u.test(tokens[j - 1]?.text ?? '')) return j - 2;
  if (/^['’]$/u.test(marker)) return j - 1;
  return undefined;
}

function phraseEndingAt(analyzed: AnalyzedText, end: number, sentence: Sentence): ArgumentPhrase | undefined {
  const tokens = analyzed.tokens;
  const last = tokens[end];
  if (!last || end < sentence.firstToken || !headTags.has(last.pos)) return undefined;
  let start = end;
  for (;;) {
    const before = tokens[start - 1];
    if (start - 1 < sentence.firstToken || !before) break;
    if (phraseTags.has(before.pos) || (before.text === '"' && phraseTags.has(tokens[start - 2]?.pos ?? ''))) start--;
    // "the IRA 's Belfast brigade": a possessor belongs to the phrase.
    else if (/^['’]$/u.test(before.text) && tokens[start]?.lower === 's' && start - 2 >= sentence.firstToken) start--;
    else if (/^['’]?s$/u.test(before.lower) && start - 2 >= sentence.firstToken && (before.lower !== 's' || /^['’]$/u.test(tokens[start - 2]?.text ?? ''))) start -= before.lower === 's' ? 2 : 1;
    else break;
  }
  return toPhrase(analyzed, start, end);
}

/** The noun phrase starting at a token (an object or a prepositional complement): up to its last noun. */
function phraseAfter(analyzed: AnalyzedText, from: number, sentence: Sentence): ArgumentPhrase | undefined {
  const tokens = analyzed.tokens;
  let end = from - 1;
  for (let j = from; j <= sentence.lastToken && phraseTags.has(tokens[j]?.pos ?? ''); j++) end = j;
  while (end >= from && !headTags.has(tokens[end]?.pos ?? '')) end--;
  if (end < from) return undefined;
  return toPhrase(analyzed, from, end);
}

function toPhrase(analyzed: AnalyzedText, start: number, end: number): ArgumentPhrase | undefined {
  const first = analyzed.tokens[start];
  const last = analyzed.tokens[end];
  if (!first || !last) return undefined;
  if (emptyHeads.test(last.lower)) return undefined;
  return { start: first.start, end: last.end, text: analyzed.text.slice(first.start, last.end), head: last.lower };
}
