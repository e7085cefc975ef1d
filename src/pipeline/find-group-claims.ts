import type { EntityKind, Evidence, Modality, Predicate, Quantity } from '../model/index.js';
import type { AnalyzedText, Sentence } from './analyze-text.js';
import type { DateMention } from './dates.js';
import type { DocEntity, Reference } from './link-entities.js';
import type { QuantityMention } from './quantities.js';

/** Stage id of group statements. */
export const groupClaimsStage = 'group-claims@1';

/** A statement about a group, before ids are given to it. */
export interface ClaimDraft {
  subject: DocEntity;
  predicate: Predicate;
  object: { entity: DocEntity } | { text: string; date?: string; precision?: DateMention['precision'] } | { date: string; precision: DateMention['precision'] } | { quantity: Quantity };
  accordingTo: DocEntity[];
  asOf?: string;
  modality: Modality;
  confidence: number;
  evidence: Evidence;
  qualifier?: string;
}

type ObjectShape = 'actors' | 'places' | 'date' | 'quantity' | 'text' | 'actors-or-text' | 'persons';

interface StatementPattern {
  predicate: Predicate;
  trigger: RegExp;
  object: ObjectShape;
  /** Present-tense states carry the report date as their as_of. */
  state: boolean;
  modality?: Modality;
  /** Statements whose wording qualifies the relation (recognition is not membership). */
  qualifier?: boolean;
}

const actorKinds = new Set<EntityKind>(['armed_group', 'organization', 'state', 'military']);
const subjectKinds = new Set<EntityKind>(['armed_group']);

// How news reports state facts about armed groups; matched on lower-cased sentence text.
const statements: StatementPattern[] = [
  { predicate: 'affiliated_with', trigger: /\baffiliat(?:ed|e) (?:to|with|of)\b|\b(?:branch|affiliate|franchise|offshoot|wing) of\b|\bpledged (?:allegiance|loyalty|bay'?ah) to\b|\bloyal to\b|\blinked to\b/gu, object: 'actors', state: true },
  { predicate: 'affiliated_with', trigger: /\b(?:was|were|is|are|been) (?:formally |officially )?(?:recogni[sz]ed|accepted|endorsed) by\b/gu, object: 'actors', state: true, qualifier: true },
  { predicate: 'allied_with', trigger: /\ballied (?:with|to)\b|\ballies? (?:of|with)\b|\balliance with\b|\bfought alongside\b|\bcooperat(?:es|ed|ing) with\b/gu, object: 'actors', state: true },
  { predicate: 'splinter_of', trigger: /\bsplinter(?:ed)? (?:group |faction )?(?:of|from)\b|\bbreakaway (?:faction |group )?(?:of|from)\b|\bbroke away from\b|\bsplit (?:off )?from\b/gu, object: 'actors', state: false },
  { predicate: 'merged_into', trigger: /\bmerged (?:into|with)\b/gu, object: 'actors', state: false },
  { predicate: 'founded_by_members_of', trigger: /\bby (?:former |ex-|disaffected |defecting )?(?:members|militants|commanders|fighters|defectors|leaders) (?:of|from)\b/gu, object: 'actors', state: false },
  { predicate: 'founded_on', trigger: /\b(?:was |were )?(?:founded|formed|established|created|set up|launched|announced) (?:in|on)\b/gu, object: 'date', state: false },
  { predicate: 'based_in', trigger: /\bbased in\b|\bheadquartered in\b|\bheadquarters (?:is |are )?in\b/gu, object: 'places', state: true },
  { predicate: 'controls', trigger: /\b(?:hold|holds|held|has|have|had|took|taken|seized|gained|maintains?|in) control (?:of|over)\b|\bcontrols?\b|\bcontrolled\b/gu, object: 'places', state: true },
  { predicate: 'present_in', trigger: /\bcells? (?:in|across)\b|\bactive in\b|\boperat(?:es|ing|ed|e) in\b|\bpresence in\b|\bfoothold in\b|\bexpanded (?:into|to)\b/gu, object: 'places', state: true },
  { predicate: 'strength', trigger: /\bstrength\b|\bfighters\b|\bmembers\b|\bmembership\b|\bcombatants\b|\bestimated (?:at|to (?:have|number))\b/gu, object: 'quantity', state: true, modality: 'estimated' },
  { predicate: 'ranked', trigger: /\bone of the (?:top \w+ |world's |most \w+ |\w+est )[^,;.]*/gu, object: 'text', state: true },
  { predicate: 'rival_of', trigger: /\b(?:arch[- ]?)?rivals?\b|\brivalry (?:with|between)\b|\bat war with\b|\bfighting against\b|\benem(?:y|ies) of\b/gu, object: 'actors', state: true },
  { predicate: 'recruits_from', trigger: /\brecruit(?:s|ed|ing)?\b(?: (?:from|among))?/gu, object: 'actors', state: true },
  { predicate: 'suffered_losses_from', trigger: /\b(?:suffered|sustained) (?:\w+ )?(?:losses|defeats|setbacks|casualties)\b(?: (?:due to|from|at the hands of|in))?/gu, object: 'actors', state: false },
  { predicate: 'modus_operandi', trigger: /\boperates? (?:\w+ )?(?:through|via|by means of)\b|\brel(?:y|ies) (?:\w+ )?on\b/gu, object: 'text', state: true },
  { predicate: 'opposes', trigger: /\b(?:highly |very |sharply )?critical of\b|\bopposed(?: to)?\b|\bcondemned\b|\baccused\b|\bdenounced\b/gu, object: 'actors-or-text', state: false },
  { predicate: 'targets', trigger: /\battacks? (?:against|on)\b|\b(?:has |have |had )?(?:especially |mainly |mostly |often )?target(?:ed|s|ing)\b/gu, object: 'text', state: true },
  { predicate: 'leader', trigger: /\bled by\b|\bheaded by\b|\bcommanded by\b/gu, object: 'persons', state: true },
];

const typePattern = /\b(?:is|was|are|were|as|remains?)\s+(?:a|an|the)\s+((?:(?:islamic|islamist|radical|militant|jihadist|jihadi|terrorist|extremist|sunni|shia|shiite|salafi|salafist|armed|separatist|insurgent|rebel|marxist|maoist|nationalist|paramilitary|violent|banned|outlawed|pakistani|afghan|somali|nigerian)\s+){1,3})(outfit|organi[sz]ation|group|movement|militia|faction|network|insurgency)\b/gu;
const typeAdjectives = new Set(['terrorist', 'militant', 'jihadist', 'jihadi', 'extremist', 'insurgent', 'rebel', 'separatist', 'paramilitary', 'armed']);
const ideologyAdjectives: Record<string, string> = { islamic: 'Islamist', islamist: 'Islamist', jihadist: 'jihadism', jihadi: 'jihadism', salafi: 'Salafism', salafist: 'Salafism', marxist: 'Marxism', maoist: 'Maoism', nationalist: 'nationalism', separatist: 'separatism' };
const clauseBreak = /[;]|\s(?:while|whereas|which|who|but|although|after|before|because|as well as to|to (?:carry|form|conduct))\s|,\s*(?:according|as per|said|who|which|while)\b/u;
// How target groups are commonly named; keeps "Shiites" and "Shia Muslims" one target.
const targetNames: [RegExp, string][] = [
  [/^shi(?:a|ite|'?ite)s?(?: muslims?)?$|^shias$/u, 'Shia Muslims'],
  [/^sunnis?(?: muslims?)?$/u, 'Sunni Muslims'],
  [/^civilians?$/u, 'civilians'],
];

/** Inputs the statement reader needs from the earlier stages. */
export interface GroupClaimContext {
  analyzed: AnalyzedText;
  references: Reference[];
  dates: DateMention[];
  quantities: QuantityMention[];
  reportDate: string | undefined;
  bodyStart: number;
}

/** Read the statements each sentence makes about armed groups. */
export function findGroupClaims(context: GroupClaimContext): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  // The references of each sentence, in text order.
  const refsBySentence = new Map<number, Reference[]>();
  for (const reference of context.references) {
    if (reference.start < context.bodyStart) continue;
    const list = refsBySentence.get(reference.sentence);
    if (list) list.push(reference);
    else refsBySentence.set(reference.sentence, [reference]);
  }
  for (const sentence of context.analyzed.sentences) {
    if (sentence.end <= context.bodyStart) continue;
    const refs = refsBySentence.get(sentence.index) ?? [];
    // Every statement and type is about an armed group named in the sentence: without one there is nothing to read.
    if (!refs.some((reference) => subjectKinds.has(reference.entity.kind))) continue;
    const lower = context.analyzed.text.slice(sentence.start, sentence.end).toLowerCase();
    const attribution = readAttribution(context, sentence, lower, refs);
    const usable = refs.filter((reference) => !attribution.spans.some(([a, b]) => reference.start >= a && reference.end <= b));
    const modality: Modality = /\b(?:allegedly|reportedly|accused of|alleged)\b/u.test(lower) ? 'alleged' : 'asserted';
    for (const pattern of statements) {
      pattern.trigger.lastIndex = 0;
      for (const match of lower.matchAll(pattern.trigger)) {
        const triggerStart = sentence.start + match.index;
        const triggerEnd = triggerStart + match[0].length;
        const subject = pickSubject(usable, triggerStart, pattern.predicate, lower, sentence);
        if (!subject) continue;
        const base = {
          subject: subject.entity,
          predicate: pattern.predicate,
          accordingTo: attribution.sources,
          ...(pattern.state && context.reportDate ? { asOf: context.reportDate } : {}),
          modality: pattern.modality ?? (/\bclaim(?:s|ed|ing) to\b/u.test(lower) ? 'claimed' : modality),
          confidence: 0.7,
        };
        const objects = readObjects(context, sentence, pattern, triggerStart, triggerEnd, usable, subject);
        for (const object of objects) {
          // A qualified statement ("recognized by the Islamic State leadership") keeps its wording.
          const qualifier = pattern.qualifier ? qualifierText(context, triggerStart, object.evidence.end, sentence) : undefined;
          drafts.push({ ...base, ...(qualifier ? { qualifier } : {}), object: object.value, evidence: object.evidence } as ClaimDraft);
        }
      }
    }
    drafts.push(...readTypes(context, sentence, lower, usable, attribution.sources));
  }
  return dedupe(drafts);
}

interface Attribution {
  sources: DocEntity[];
  spans: [number, number][];
}

/** "According to X", "As per X", ", according to X", "X said": who a sentence cites. */
function readAttribution(context: GroupClaimContext, sentence: Sentence, lower: string, refs: Reference[]): Attribution {
  const spans: [number, number][] = [];
  for (const match of lower.matchAll(/\b(?:according to|as per|citing|cited by)\s+/gu)) {
    const from = sentence.start + match.index;
    const rest = lower.slice(match.index + match[0].length);
    const stop = /[,;]|\.(?:\s|$)/u.exec(rest);
    const to = sentence.start + match.index + match[0].length + (stop ? stop.index : rest.length);
    spans.push([from, to]);
  }
  for (const reference of refs) {
    const after = context.analyzed.text.slice(reference.end, reference.end + 30).toLowerCase();
    if (/^\s*(?:has |have |had )?(?:said|says|reported|reports|estimated|estimates|stated|told|assessed|noted|warned|believes?)\b/u.test(after) && reference.entity.kind !== 'armed_group') {
      spans.push([reference.start, reference.end]);
    }
  }
  const sources: DocEntity[] = [];
  for (const reference of refs) {
    if (!spans.some(([a, b]) => reference.start >= a && reference.end <= b)) continue;
    if (reference.entity.kind === 'location' || reference.entity.kind === 'armed_group') continue;
    if (!sources.includes(reference.entity)) sources.push(reference.entity);
  }
  return { sources, spans };
}

function pickSubject(refs: Reference[], triggerStart: number, predicate: Predicate, lower: string, sentence: Sentence): Reference | undefined {
  const groups = refs.filter((reference) => subjectKinds.has(reference.entity.kind));
  // "To the IS-K the Taliban are their arch rivals": the group after "To" is the one speaking.
  if (predicate === 'rival_of' && /^\s*to\s+(?:the\s+)?/u.test(lower)) return groups[0];
  let best: Reference | undefined;
  for (const reference of groups) if (reference.end <= triggerStart) best = reference;
  if (best && predicate !== 'based_in') {
    // A group named only inside "of X"/"by X" before the trigger is rarely the subject; prefer the clause's head.
    const head = groups.find((reference) => reference.end <= triggerStart && reference.start - sentence.start < 40);
    if (head && best !== head && /\bby\s+(?:the\s+)?[^,]*$/u.test(lower.slice(0, best.start - sentence.start))) best = head;
  }
  return best;
}

interface ObjectValue {
  value: ClaimDraft['object'];
  evidence: Evidence;
}

function clauseEnd(context: GroupClaimContext, sentence: Sentence, from: number): number {
  const rest = context.analyzed.text.slice(from, sentence.end);
  const stop = clauseBreak.exec(rest);
  return stop ? from + stop.index : sentence.end;
}

function evidenceOf(context: GroupClaimContext, start: number, end: number): Evidence {
  const raw = context.analyzed.text.slice(start, end);
  const trimmed = raw.replace(/[\s,.;:]+$/u, '');
  return { start, end: start + trimmed.length, text: trimmed };
}

function readObjects(
  context: GroupClaimContext,
  sentence: Sentence,
  pattern: StatementPattern,
  triggerStart: number,
  triggerEnd: number,
  refs: Reference[],
  subject: Reference,
): ObjectValue[] {
  const end = clauseEnd(context, sentence, triggerEnd);
  const text = context.analyzed.text;
  switch (pattern.object) {
    case 'actors':
    case 'places':
    case 'persons':
    case 'actors-or-text': {
      const wanted = (reference: Reference): boolean =>
        pattern.object === 'places'
          ? reference.entity.kind === 'location'
          : pattern.object === 'persons'
            ? reference.entity.kind === 'person'
            : actorKinds.has(reference.entity.kind) && reference.entity !== subject.entity;
      let list = readList(context, refs, triggerEnd, end, wanted);
      // "critical of the deal between the USA and the Taliban": the object is the deal, not its parties.
      if (pattern.object === 'actors-or-text' && list.length > 0 && !/^\s*(?:the\s+)?$/u.test(text.slice(triggerEnd, (list[0] as Reference).start))) list = [];
      if (list.length === 0 && pattern.predicate === 'rival_of') {
        // "X are their arch rivals": the rival is named before the trigger.
        list = refs.filter((reference) => wanted(reference) && reference.end <= triggerStart && reference.start > subject.end).slice(-1);
        if (list.length) {
          const first = list[0] as Reference;
          return [{ value: { entity: first.entity }, evidence: evidenceOf(context, first.start, triggerEnd) }];
        }
      }
      if (list.length === 0 && pattern.object === 'actors-or-text') {
        const phrase = readTextObject(text, triggerEnd, end);
        if (!phrase) return [];
        const date = context.dates.find((mention) => mention.start >= phrase.start && mention.end <= phrase.end && mention.value);
        const cleaned = phrase.text.replace(/\s*\b(?:last|this|next) (?:year|month|week)\b/u, '');
        return [{ value: { text: cleaned, ...(date?.value ? { date: date.value, precision: date.precision } : {}) }, evidence: evidenceOf(context, triggerStart, phrase.end) }];
      }
      if (list.length === 0) return [];
      const last = list[list.length - 1] as Reference;
      const evidence = evidenceOf(context, triggerStart, Math.max(last.end, placeListEnd(text, last.end, end)));
      const seen = new Set<DocEntity>();
      return list.filter((reference) => !seen.has(reference.entity) && seen.add(reference.entity)).map((reference) => ({ value: { entity: reference.entity }, evidence }));
    }
    case 'date': {
      const date = context.dates.find((mention) => mention.start >= triggerEnd && mention.start <= triggerEnd + 3 && mention.value);
      if (!date?.value) return [];
      return [{ value: { date: date.value, precision: date.precision }, evidence: evidenceOf(context, triggerStart, date.end) }];
    }
    case 'quantity': {
      const clauseStart = Math.max(sentence.start, lastClauseStart(text, sentence.start, triggerStart));
      const found = context.quantities.filter((quantity) => quantity.start >= clauseStart && quantity.end <= end && (quantity.min !== undefined || quantity.max !== undefined || quantity.best !== undefined));
      if (found.length === 0) return [];
      const lows = found.map((quantity) => quantity.min ?? quantity.best ?? quantity.max ?? 0);
      const highs = found.map((quantity) => quantity.max ?? quantity.best ?? quantity.min ?? 0);
      const unit = found.map((quantity) => quantity.unit).find((value) => value !== undefined) ?? pattern.trigger.source.match(/fighters|members/u)?.[0];
      const lastEnd = Math.max(...found.map((quantity) => quantity.end));
      const firstStart = Math.min(triggerStart, ...found.map((quantity) => quantity.start));
      return [{ value: { quantity: { min: Math.min(...lows), max: Math.max(...highs), ...(unit ? { unit } : {}) } }, evidence: evidenceOf(context, firstStart, lastEnd) }];
    }
    case 'text': {
      if (pattern.predicate === 'ranked') {
        const phrase = readTextObject(text, triggerStart, end);
        return phrase ? [{ value: { text: phrase.text }, evidence: evidenceOf(context, phrase.start, phrase.end) }] : [];
      }
      if (pattern.predicate === 'targets') return readTargets(context, triggerStart, triggerEnd, end);
      const phrase = readTextObject(text, triggerEnd, end);
      return phrase ? [{ value: { text: phrase.text }, evidence: evidenceOf(context, triggerStart, phrase.end) }] : [];
    }
  }
}

/** From the trigger's verb to the end of the object's noun phrase ("recognized by the Islamic State leadership"). */
function qualifierText(context: GroupClaimContext, triggerStart: number, objectEnd: number, sentence: Sentence): string {
  const text = context.analyzed.text;
  const tail = /^(?:\s+[a-z][\w-]*){0,2}?\s+(?:leadership|leaders|command|central command|council|core)\b/u.exec(text.slice(objectEnd, sentence.end));
  const end = objectEnd + (tail ? tail[0].length : 0);
  return text.slice(triggerStart, end).replace(/^(?:was|were|is|are|been)\s+/iu, '').replace(/\s+/gu, ' ').trim();
}

function lastClauseStart(text: string, from: number, to: number): number {
  const slice = text.slice(from, to);
  const comma = Math.max(slice.lastIndexOf(';'), slice.lastIndexOf(', '));
  return comma >= 0 ? from + comma + 1 : from;
}

/** Trailing "provinces"/"districts" after a list of places belongs to the evidence. */
function placeListEnd(text: string, at: number, limit: number): number {
  const match = /^\s+(?:provinces?|districts?|regions?|areas?|cities)\b/u.exec(text.slice(at, limit));
  return match ? at + match[0].length : at;
}

/** Entities named in a list right after the trigger: "in Kunar, Nangarhar and Nuristan provinces". */
function readList(context: GroupClaimContext, refs: Reference[], from: number, to: number, wanted: (reference: Reference) => boolean): Reference[] {
  const text = context.analyzed.text;
  const list: Reference[] = [];
  let cursor = from;
  for (const reference of refs) {
    if (reference.start < from || reference.end > to) continue;
    if (!wanted(reference)) {
      if (list.length > 0 && reference.entity.kind !== 'location') break;
      continue;
    }
    const gap = text.slice(cursor, reference.start);
    if (list.length === 0) {
      // The first item may sit a few words after the trigger ("control of several rural districts in Kunar").
      if (gap.length > 70 || /[.;]/u.test(gap)) break;
    } else if (!/^(?:\s*(?:,|and|or|the|as well as|both|also|including|especially|-led|[’']s)\s*)*$/iu.test(gap) && !/^\s*(?:and|,)?\s*(?:the\s+)?(?:[\w-]+\s+){0,3}(?:of\s+)?$/u.test(gap)) break;
    list.push(reference);
    cursor = reference.end;
  }
  return list;
}

/** A text object: the noun phrase after the trigger, up to the clause's end. */
function readTextObject(text: string, from: number, to: number): { start: number; end: number; text: string } | undefined {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const cut = /\s(?:to|that|while|which|who|when|because|after|with the aim)\s/u.exec(raw);
  let body = raw.slice(lead, cut ? cut.index : raw.length).replace(/[\s,.;:]+$/u, '');
  body = body.replace(/^(?:the|a|an|its|their)\s+/iu, (m) => (m.toLowerCase().startsWith('the') ? m : ''));
  if (!body) return undefined;
  const start = from + lead + (raw.slice(lead).indexOf(body) >= 0 ? raw.slice(lead).indexOf(body) : 0);
  return { start, end: start + body.length, text: body.replace(/^the\s+/iu, '') };
}

/** "attacks against civilians especially minority communities", "targeted … including Shiites". */
function readTargets(context: GroupClaimContext, triggerStart: number, triggerEnd: number, end: number): ObjectValue[] {
  const text = context.analyzed.text;
  const raw = text.slice(triggerEnd, end);
  const values: ObjectValue[] = [];
  const parts = raw.split(/,|\bespecially\b|\bincluding\b|\bparticularly\b|\band\b|\bsuch as\b/u);
  let offset = triggerEnd;
  for (const part of parts) {
    const at = text.indexOf(part, offset);
    offset = at + part.length;
    const cleaned = part.trim().replace(/^(?:the|its|their)\s+/iu, '').replace(/[.;:]+$/u, '');
    if (!cleaned || cleaned.split(/\s+/u).length > 6 || /^(?:positions?|across|throughout)\b/u.test(cleaned)) continue;
    if (/\b(?:it considers|they consider|throughout|across the country)\b/u.test(cleaned)) continue;
    const normalised = normaliseTarget(cleaned);
    const start = at + part.indexOf(part.trim());
    values.push({ value: { text: normalised }, evidence: evidenceOf(context, triggerStart, start + part.trim().length) });
  }
  return values;
}

function normaliseTarget(phrase: string): string {
  const lower = phrase.toLowerCase();
  for (const [pattern, name] of targetNames) if (pattern.test(lower)) return name;
  return lower;
}

/** "an Islamic terrorist outfit", "The radical militant organization": what kind of group it is. */
function readTypes(context: GroupClaimContext, sentence: Sentence, lower: string, refs: Reference[], accordingTo: DocEntity[]): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  const add = (subject: DocEntity, words: string[], noun: string, start: number, end: number): void => {
    const kind = words.filter((word) => typeAdjectives.has(word));
    if (kind.length === 0) return;
    const evidence = evidenceOf(context, start, end);
    drafts.push({ subject, predicate: 'type', object: { text: `${kind.join(' ')} ${noun === 'outfit' ? 'organization' : noun.replace('organisation', 'organization')}` }, accordingTo, ...(context.reportDate ? { asOf: context.reportDate } : {}), modality: 'asserted', confidence: 0.6, evidence });
    for (const word of words) {
      const ideology = ideologyAdjectives[word];
      if (ideology) drafts.push({ subject, predicate: 'ideology', object: { text: ideology }, accordingTo, ...(context.reportDate ? { asOf: context.reportDate } : {}), modality: 'asserted', confidence: 0.5, evidence });
    }
  };
  for (const match of lower.matchAll(typePattern)) {
    const start = sentence.start + match.index;
    const subject = pickSubject(refs, start, 'type', lower, sentence);
    if (!subject) continue;
    const words = (match[1] ?? '').trim().split(/\s+/u);
    add(subject.entity, words, match[2] ?? 'group', start + match[0].indexOf(match[1] ?? '') - 3 >= start ? start + Math.max(0, match[0].search(/\b(?:a|an|the)\s/u)) : start, start + match[0].length);
  }
  for (const reference of refs) {
    if (reference.via !== 'description' || reference.entity.kind !== 'armed_group') continue;
    const phrase = lower.slice(reference.start - sentence.start, reference.end - sentence.start);
    const words = phrase.split(/\s+/u).slice(1);
    const noun = words.pop();
    if (noun && /^(?:organi[sz]ation|group|outfit|movement)$/u.test(noun)) add(reference.entity, words, noun, reference.start, reference.end);
  }
  return drafts;
}

function dedupe(drafts: ClaimDraft[]): ClaimDraft[] {
  const seen = new Set<string>();
  return drafts.filter((draft) => {
    const object = 'entity' in draft.object ? draft.object.entity.key : JSON.stringify(draft.object);
    // One statement found by two triggers ("strength … fighters") is one claim.
    const key = `${draft.subject.key}|${draft.predicate}|${object}|${'quantity' in draft.object ? '' : draft.evidence.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return draft.subject !== ('entity' in draft.object ? draft.object.entity : undefined);
  });
}
