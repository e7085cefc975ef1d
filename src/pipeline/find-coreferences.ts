import type { DescriptionSpan, EntityKind } from '../model/index.js';
import type { AnalyzedText } from './analyze-text.js';
import type { Description } from './find-descriptions.js';
import { sentenceAt } from './link-entities.js';
import type { DocEntity, Reference } from './link-entities.js';

/** What coreference adds to a document: spans resolved to its entities, and spans of actors it does not name. */
export interface Coreferences {
  /** Pronouns and descriptions resolved to a named entity, in text order. */
  references: Reference[];
  unnamed: DescriptionSpan[];
}

/** A stretch of quoted or reported speech and who says it. */
interface Speech {
  start: number;
  end: number;
  speaker?: DocEntity;
  /** The body the speaker speaks for ("Gen. Votel, commander of U.S. Central Command"). */
  body?: DocEntity;
}

const actorKinds = new Set<EntityKind>(['organization', 'military', 'armed_group', 'state']);
const groupKinds = new Set<EntityKind>(['organization', 'military', 'armed_group']);
const speechVerb = '(?:said|says|added|adds|stated|states|explained|noted|told|continued|wrote|writes|commented|remarked|announced|stressed|emphasi[sz]ed|concluded|declared|insisted|warned|tweeted|replied|answered)';
const verbAfter = new RegExp(`^[\\s,]*${speechVerb}\\b`, 'u');
const verbBefore = new RegExp(`\\b${speechVerb}(?:\\s+(?:in|on|at|during)\\s+[^.“”"]{1,60})?\\s*[,:]?\\s*$`, 'u');
const statementBefore = /\b(?:statement|remarks|message)\b[^.“”"\n]{0,40}:\s*$/u;

/**
 * Resolve pronouns and descriptions to the document's named entities: "I" and "we" inside
 * quoted or reported speech to the speaker and the body the speaker speaks for, "he" and "she"
 * to the last person named, "they" and "it" to the last group, definite descriptions ("the
 * coalition", "the command", "the city") to the last entity whose name has that head. Nothing
 * here creates an entity: what resolves to none stays an unnamed mention.
 */
export function findCoreferences(analyzed: AnalyzedText, entities: readonly DocEntity[], references: readonly Reference[], descriptions: readonly Description[]): Coreferences {
  if (analyzed.caseMode !== 'mixed') return { references: [], unnamed: [] };
  const { text } = analyzed;
  const named = references.filter((reference) => reference.via === 'name').sort((a, b) => a.start - b.start);
  const speeches = findSpeeches(analyzed, named);
  const dominant = dominantActor(named);
  const resolved: Reference[] = [];
  const unnamed: DescriptionSpan[] = [];
  const taken = new Set<string>();
  const resolve = (entity: DocEntity, start: number, end: number, sentence: number, via: 'description' | 'pronoun'): void => {
    const key = `${start}:${end}`;
    if (taken.has(key)) return;
    taken.add(key);
    resolved.push({ entity, start, end, sentence, via });
  };
  const leave = (kind: DescriptionSpan['kind'], start: number, end: number): void => {
    const key = `${start}:${end}`;
    if (taken.has(key)) return;
    taken.add(key);
    unnamed.push({ kind, start, end, text: text.slice(start, end) });
  };
  // What link-entities already resolved ("the group", "it" for an armed group) stays as it was.
  for (const reference of references) {
    if (reference.via === 'name') continue;
    if (/^it$/iu.test(text.slice(reference.start, reference.end)) && !isReferringIt(analyzed, reference.start, reference.end)) continue;
    resolve(reference.entity, reference.start, reference.end, reference.sentence, reference.via);
  }

  const inName = (start: number, end: number): boolean => named.some((reference) => reference.start < end && reference.end > start);
  for (const match of text.matchAll(/\b(?:I|me|my|myself|we|We|us|our|Our|ourselves|he|He|him|his|His|himself|she|She|her|Her|herself|they|They|them|their|Their|themselves|it|It)\b/gu)) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    if (inName(start, end)) continue;
    const sentence = sentenceAt(analyzed, start);
    if (sentence === undefined) continue;
    const lower = word.toLowerCase();
    const speech = speeches.find((s) => s.start <= start && start < s.end);
    if (lower === 'i' || lower === 'me' || lower === 'my' || lower === 'myself') {
      if (speech?.speaker) resolve(speech.speaker, start, end, sentence, 'pronoun');
      // A statement in the first person whose author goes unnamed ("I welcome today's news") still speaks of a person.
      else if (word === 'I' && isFirstPersonI(analyzed, start, end)) leave('person', start, end);
      continue;
    }
    if (lower === 'we' || lower === 'us' || lower === 'our' || lower === 'ourselves') {
      // "protecting us", "keep us safe": those protected are the public at large, not the body speaking.
      if (lower === 'us' && /\b(?:protect|protects|protecting|protected|keep|keeps|keeping|defend|defends|defending|safeguard|safeguards|safeguarding|shield|shielding)[ \t]+$/u.test(text.slice(Math.max(0, start - 20), start))) continue;
      // "us" after a capital-letter text is the country; in prose it is the speakers.
      const body = speech ? speech.body ?? dominant : dominant;
      if (body) resolve(body, start, end, sentence, 'pronoun');
      else if (lower === 'we') leave('organization', start, end);
      continue;
    }
    if (/^(?:he|him|his|himself|she|her|herself)$/u.test(lower)) {
      const person = lastNamed(named, start, sentence - 3, (entity) => entity.kind === 'person', speech);
      if (person) resolve(person, start, end, sentence, 'pronoun');
      continue;
    }
    if (/^(?:they|them|their|themselves)$/u.test(lower)) {
      const group = lastNamed(named, start, sentence - 1, (entity) => groupKinds.has(entity.kind), undefined);
      if (group && !nameInSentenceAfter(named, group, sentence, start)) resolve(group, start, end, sentence, 'pronoun');
      continue;
    }
    // "It was founded in 1989": a subject "it" after a sentence about a body; not "it is clear that…".
    if (lower === 'it' && isReferringIt(analyzed, start, end)) {
      const subject = subjectOf(analyzed, named, sentence - 1) ?? subjectOf(analyzed, named, sentence);
      if (subject && subject.start < start && groupKinds.has(subject.entity.kind)) resolve(subject.entity, start, end, sentence, 'pronoun');
      else {
        // "It was founded by … . It acts as …": an "it" opening the sentence before carries its body on.
        const carried = resolved.find((r) => r.sentence === sentence - 1 && r.via === 'pronoun' && /^it$/iu.test(text.slice(r.start, r.end)) && r.start === analyzed.sentences[sentence - 1]?.start);
        if (carried && groupKinds.has(carried.entity.kind)) resolve(carried.entity, start, end, sentence, 'pronoun');
      }
    }
  }

  for (const description of descriptions) {
    const same = resolved.find((reference) => reference.via === 'description' && reference.end === description.end && reference.start >= description.start);
    if (same) continue;
    const antecedent = description.definite && !description.plural ? antecedentOf(analyzed, named, description) : undefined;
    if (antecedent) resolve(antecedent, description.start, description.end, description.sentence, 'description');
    else leave(description.kind, description.start, description.end);
  }
  resolved.sort((a, b) => a.start - b.start || a.end - b.end);
  unnamed.sort((a, b) => a.start - b.start || a.end - b.end);
  for (const reference of resolved) {
    if (!entities.includes(reference.entity)) continue;
    const spans = (reference.entity.corefs ??= []);
    spans.push({ start: reference.start, end: reference.end, text: text.slice(reference.start, reference.end) });
  }
  return { references: resolved, unnamed };
}

/** "I" as the pronoun, not a numeral: a verb or an auxiliary follows, and no name word stands before it ("World War I", "Phase I"). */
function isFirstPersonI(analyzed: AnalyzedText, start: number, end: number): boolean {
  const { text } = analyzed;
  if (!/^(?:[ \t]+\p{Ll}|[’']\p{Ll})/u.test(text.slice(end, end + 3))) return false;
  const before = /(\S+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start));
  if (!before?.[1] || !/^\p{Lu}/u.test(before[1])) return true;
  // A capitalised word just before is fine only when it opens the sentence ("Again I want").
  const sentence = analyzed.sentences.find((s) => s.start <= start && start < s.end);
  return sentence !== undefined && text.slice(sentence.start, start).trim() === before[1];
}


/** The last entity of a kind named before a position, no earlier than a sentence; a speaker does not refer to himself as "he". */
function lastNamed(named: readonly Reference[], position: number, fromSentence: number, accept: (entity: DocEntity) => boolean, speech: Speech | undefined): DocEntity | undefined {
  for (let k = named.length - 1; k >= 0; k -= 1) {
    const reference = named[k] as Reference;
    if (reference.start >= position) continue;
    if (reference.sentence < fromSentence) break;
    if (!accept(reference.entity)) continue;
    if (speech && speech.speaker === reference.entity && speech.start <= position) continue;
    return reference.entity;
  }
  return undefined;
}

/** "They see Taliban as…": a group named later in the same sentence is not what "they" means. */
function nameInSentenceAfter(named: readonly Reference[], entity: DocEntity, sentence: number, position: number): boolean {
  return named.some((reference) => reference.sentence === sentence && reference.start > position && reference.entity === entity);
}

/** The entity named first in a sentence, when it opens the sentence ("The Syrian Computer Society is…"). */
function subjectOf(analyzed: AnalyzedText, named: readonly Reference[], sentence: number): Reference | undefined {
  const bounds = analyzed.sentences[sentence];
  if (!bounds) return undefined;
  const first = named.find((reference) => reference.sentence === sentence);
  if (!first) return undefined;
  const before = analyzed.text.slice(bounds.start, first.start).trim();
  return before === '' || /^(?:the|The)$/u.test(before) ? first : undefined;
}

/** A subject "it" that stands for something: not "it is clear that", "it is vital to", "make it clear". */
function isReferringIt(analyzed: AnalyzedText, start: number, end: number): boolean {
  const { text } = analyzed;
  const before = text.slice(Math.max(0, start - 3), start);
  if (!/(?:^|[.!?]\s+|\n\s*|^\s*)$/u.test(before) && !/^\s*$/u.test(before)) return false;
  const after = text.slice(end, end + 40);
  if (/^\s*(?:is|was|'s|’s|will be|would be|remains|seems|appears)\s+(?:\w+ly\s+)?(?:a|an|the|not|clear|vital|important|essential|crucial|imperative|right|time|too|unacceptable|recommended|claimed|said|likely|possible|necessary|only|also|our|my|\w+ing\b|\w+(?:ful|ble|ic|al|ive|ous|ent|ant)\b)/u.test(after)) return false;
  return /^\s*(?:\w+ly\s+)?(?:was|is|has|had|acts|serves|also|broadcasts|performs|provides|runs|operates|includes|claims|claimed|controls|controlled|was\s+founded|\w+s\b|\w+ed\b)/u.test(after);
}

/** The speaker of quoted or reported speech, and the body the speaker speaks for. */
function findSpeeches(analyzed: AnalyzedText, named: readonly Reference[]): Speech[] {
  const { text } = analyzed;
  const speeches: Speech[] = [];
  const people = named.filter((reference) => reference.entity.kind === 'person');
  // Quotations: “…”, "…".
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char !== '“' && char !== '"') continue;
    const close = char === '“' ? nextIndex(text, i + 1, ['”', '“']) : text.indexOf('"', i + 1);
    const paragraph = text.indexOf('\n\n', i + 1);
    let end = close < 0 ? (paragraph < 0 ? text.length : paragraph) : close;
    if (char === '“' && text[end] === '“') end = paragraph >= 0 && paragraph < end ? paragraph : end;
    if (end - i < 8) {
      if (close >= 0) i = close;
      continue;
    }
    const speaker = speakerAfter(analyzed, people, named, end + 1) ?? speakerBefore(analyzed, people, i);
    speeches.push({ start: i + 1, end, ...(speaker ? { speaker: speaker.entity, ...bodyOf(analyzed, named, speaker) } : {}) });
    i = close < 0 ? end : close;
  }
  // Statements: "Foreign Secretary Boris Johnson said:" and the paragraphs after it.
  for (const match of text.matchAll(/:[ \t]*\n/gu)) {
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    const line = text.slice(lineStart, match.index + 1);
    if (!verbBefore.test(line) && !statementBefore.test(line)) continue;
    const speaker = lastPersonIn(people, lineStart, match.index);
    if (!speaker) continue;
    const next = /\n[^\n]*\b(?:said|says|added|statement)\b[^\n]*:[ \t]*\n/u.exec(text.slice(match.index + 1));
    const end = next ? match.index + 1 + next.index : text.length;
    speeches.push({ start: match.index + 1, end, speaker: speaker.entity, ...bodyOf(analyzed, named, speaker) });
  }
  return speeches.sort((a, b) => a.start - b.start);
}

function nextIndex(text: string, from: number, chars: string[]): number {
  for (let k = from; k < text.length; k += 1) if (chars.includes(text[k] as string)) return k;
  return -1;
}

/** `,” said Col. John Dorrian` or `,” the secretary said`: a person named next to a verb of saying after the quote. */
function speakerAfter(analyzed: AnalyzedText, people: readonly Reference[], named: readonly Reference[], from: number): Reference | undefined {
  const { text } = analyzed;
  const window = text.slice(from, from + 160);
  const stop = /[.!?](?:\s|$)|\n|[“"]/u.exec(window.replace(/\b(?:\p{Lu}[a-z]{0,3}\.)/gu, (m) => m.replace('.', '_')));
  const limit = from + (stop ? stop.index : window.length);
  const clause = text.slice(from, limit);
  if (verbAfter.test(clause)) return people.find((reference) => reference.start >= from && reference.start < limit) ?? named.find((reference) => reference.start >= from && reference.start < limit && actorKinds.has(reference.entity.kind));
  const verb = new RegExp(`\\b${speechVerb}\\b`, 'u').exec(clause);
  if (!verb) return undefined;
  const verbAt = from + verb.index;
  return lastPersonIn(people, from, verbAt);
}

/** `Gen. Joseph Votel, commander of U.S. Central Command said, “`: the person before a verb of saying that opens the quote. */
function speakerBefore(analyzed: AnalyzedText, people: readonly Reference[], quoteStart: number): Reference | undefined {
  const { text } = analyzed;
  const lineStart = text.lastIndexOf('\n', quoteStart - 1) + 1;
  const from = Math.max(lineStart, quoteStart - 240);
  const before = text.slice(from, quoteStart);
  if (!verbBefore.test(before) && !statementBefore.test(before)) return undefined;
  const sentenceStart = Math.max(from, ...['. ', '.” ', '." '].map((p) => {
    const at = before.lastIndexOf(p);
    return at < 0 ? from : from + at + p.length;
  }));
  return lastPersonIn(people, sentenceStart, quoteStart) ?? undefined;
}

function lastPersonIn(people: readonly Reference[], from: number, to: number): Reference | undefined {
  let found: Reference | undefined;
  for (const reference of people) if (reference.start >= from && reference.end <= to) found = reference;
  return found;
}

/**
 * The body a speaker speaks for: named in the title before the name ("Pentagon Press Secretary
 * Peter Cook"), or in an apposition after it ("Votel, commander of U.S. Central Command"), at this
 * or another mention of the same person.
 */
function bodyOf(analyzed: AnalyzedText, named: readonly Reference[], speaker: Reference): { body?: DocEntity } {
  const { text } = analyzed;
  const mentions = named.filter((reference) => reference.entity === speaker.entity);
  for (const mention of [speaker, ...mentions]) {
    // Before: the title runs up to the name without a comma or a full stop.
    const before = named.filter((reference) => reference.end <= mention.start && reference.end >= mention.start - 45 && actorKinds.has(reference.entity.kind));
    for (let k = before.length - 1; k >= 0; k -= 1) {
      const reference = before[k] as Reference;
      if (!/[,.;:“”"\n]/u.test(text.slice(reference.end, mention.start).replace(/\b(?:\p{Lu}[a-z]{0,3}\.)/gu, ''))) return { body: reference.entity };
    }
    // After: ", commander of U.S. Central Command", ", the CJTF-OIR spokesperson".
    const after = text.slice(mention.end, mention.end + 90);
    if (!/^\s*,/u.test(after)) continue;
    const limit = mention.end + (/[.;“”"\n]|\bsaid\b/u.exec(after.slice(1).replace(/\b(?:\p{Lu}[a-z]{0,3}\.)/gu, (m) => m.replace('.', '_')))?.index ?? after.length - 1) + 1;
    const body = named.find((reference) => reference.start > mention.end && reference.start < limit && actorKinds.has(reference.entity.kind));
    if (body) return { body: body.entity };
  }
  return {};
}

/** The body a document speaks for or about most: the actor (not an armed group) named most often. */
function dominantActor(named: readonly Reference[]): DocEntity | undefined {
  const counts = new Map<DocEntity, number>();
  for (const reference of named) {
    if (!actorKinds.has(reference.entity.kind) || reference.entity.kind === 'armed_group') continue;
    counts.set(reference.entity, (counts.get(reference.entity) ?? 0) + 1);
  }
  let best: DocEntity | undefined;
  let bestCount = 0;
  for (const [entity, count] of counts) {
    if (count > bestCount) {
      best = entity;
      bestCount = count;
    }
  }
  return best;
}

const headKinds: Record<string, EntityKind[]> = {
  city: ['location'],
  town: ['location'],
  village: ['location'],
  country: ['location', 'state'],
  province: ['location'],
  district: ['location'],
  region: ['location'],
};
const placeLevels: Record<string, string[]> = {
  city: ['city'],
  town: ['city'],
  village: ['city'],
  country: ['country'],
  province: ['admin1'],
  district: ['admin2', 'admin1'],
  region: ['admin1', 'region'],
};

/**
 * The entity a definite singular description points back to: "the coalition" to the last body
 * named "… Coalition", "the command" to "U.S. Central Command", "the city" to the last city.
 */
function antecedentOf(analyzed: AnalyzedText, named: readonly Reference[], description: Description): DocEntity | undefined {
  const head = description.head;
  const levels = placeLevels[head];
  const kinds = headKinds[head];
  for (let k = named.length - 1; k >= 0; k -= 1) {
    const reference = named[k] as Reference;
    if (reference.start >= description.start) continue;
    if (reference.sentence < description.sentence - 6) break;
    const entity = reference.entity;
    if (levels && kinds) {
      if (kinds.includes(entity.kind) && entity.level !== undefined && levels.includes(entity.level)) return entity;
      continue;
    }
    if (description.kind !== 'organization' || !actorKinds.has(entity.kind)) continue;
    const words = `${entity.name} ${analyzed.text.slice(reference.start, reference.end)}`.toLowerCase().split(/[^\p{L}]+/u);
    if (words.includes(head)) return entity;
  }
  return undefined;
}
