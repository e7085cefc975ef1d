import type { Knowledge, KnownName, Place } from '../knowledge/knowledge.js';
import { foldName } from '../knowledge/fold-name.js';
import type { EntityKind, Evidence, LocationLevel } from '../model/index.js';
import type { AnalyzedText, Token } from './analyze-text.js';
import type { Mention } from './find-mentions.js';
import { organizationHeads } from './classify-name.js';

/** Stage id of in-document entities: linking, stated aliases, coreference. */
export const entitiesStage = 'entities@1';

/** An entity as this document knows it, with every span that refers to it. */
export interface DocEntity {
  key: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  known?: KnownName;
  place?: Place;
  level?: LocationLevel;
  facility?: string;
  mentions: Evidence[];
  /** Where an alias was stated ("also known as"), for evidence. */
  aliasEvidence?: Evidence;
  /** Pronouns and descriptions resolved to this entity by coreference, in text order. */
  corefs?: Evidence[];
}

/** A resolved span: a name, a place, a pronoun or a definite description pointing to an entity. */
export interface Reference {
  entity: DocEntity;
  start: number;
  end: number;
  sentence: number;
  /** How the span refers: by name, or by "the group"/"it". */
  via: 'name' | 'description' | 'pronoun';
}

/** The entities of one document and the references to them, in text order. */
export interface LinkedEntities {
  entities: DocEntity[];
  references: Reference[];
}

const actorKinds = new Set<EntityKind>(['armed_group', 'organization', 'state', 'military']);
const locationPrepositions = new Set(['in', 'at', 'near', 'across', 'from', 'of', 'to', 'into', 'throughout', 'outside', 'inside', 'around', 'within', 'including', 'and', 'or', 'between', 'today']);
// Definite descriptions that refer back to an armed group ("the organization", "the radical militant organization").
const descriptionPattern = /\b(?:the|this|that)\s+(?:(?:[a-z-]+\s+){0,3})(?:group|organi[sz]ation|outfit|militants|movement|insurgents|militia|faction|network|terror group|jihadists)\b/giu;
const pronounPattern = /\b(?:it|its|they|their|them)\b/giu;
const aliasTriggers = /^\s*,?\s*(?:\(?\s*(?:also|otherwise|locally|commonly|previously|formerly|popularly)?\s*(?:known|referred to|called)\s+(?:locally\s+)?as|a\.?k\.?a\.?|formerly|or)\s+/iu;

/** Resolve mentions to document entities; read aliases the text states and references by description or pronoun. */
export function linkEntities(analyzed: AnalyzedText, mentions: Mention[], knowledge: Knowledge, focus: CountryFocus): LinkedEntities {
  const byKey = new Map<string, DocEntity>();
  const surfaceToEntity = new Map<string, DocEntity>();
  const references: Reference[] = [];
  const order: DocEntity[] = [];
  const add = (entity: DocEntity): DocEntity => {
    const existing = byKey.get(entity.key);
    if (existing) return existing;
    byKey.set(entity.key, entity);
    order.push(entity);
    return entity;
  };
  // Entries mentioned by an unambiguous name anchor the ambiguous short forms ("IS" after "Islamic State").
  const anchored = new Set<string>();
  for (const mention of mentions) {
    if (!mention.ambiguous) for (const name of mention.names) anchored.add(name.id);
    // A name written out in full is its entry's own canonical name, whatever else it could mean.
    const folded = foldName(mention.text);
    for (const name of mention.names) if (foldName(name.name) === folded) anchored.add(name.id);
  }
  for (const mention of mentions) for (const name of mention.names) if (anchored.has(name.id) && name.parent) anchored.add(name.parent);

  const personParts = new Map<string, DocEntity | null>();
  const entityOfMention = new Map<Mention, DocEntity>();
  const statedAliases = readStatedAliases(analyzed, mentions);
  const consumed = new Set<Mention>();
  for (const mention of mentions) {
    if (consumed.has(mention)) continue;
    const folded = foldName(mention.text);
    // Stated aliases bind a surface form for the whole document; places are resolved mention by mention.
    const antecedent = mention.antecedent ? entityOfMention.get(mention.antecedent) : undefined;
    let entity = antecedent ?? (mention.places.length === 0 ? surfaceToEntity.get(folded) : undefined) ?? personByPart(mention, folded, personParts) ?? resolveMention(analyzed, mention, anchored, focus, knowledge);
    if (!entity) continue;
    entityOfMention.set(mention, entity);
    if (entity.kind === 'person' && mention.guessedKind === 'person') rememberPersonParts(entity, folded, personParts);
    entity = add(entity);
    entityOfMention.set(mention, entity);
    if (mention.places.length === 0 && !antecedent) surfaceToEntity.set(folded, entity);
    pushMention(entity, mention);
    references.push({ entity, start: mention.start, end: mention.end, sentence: mention.sentence, via: 'name' });
    const aliases = statedAliases.get(mention);
    if (aliases && actorKinds.has(entity.kind)) {
      for (const alias of aliases.items) {
        const aliasFolded = foldName(alias.text);
        if (aliasFolded === foldName(entity.name)) continue;
        if (!entity.aliases.includes(alias.text)) entity.aliases.push(alias.text);
        surfaceToEntity.set(aliasFolded, entity);
        if (alias.mention) consumed.add(alias.mention);
        pushMention(entity, alias);
        references.push({ entity, start: alias.start, end: alias.end, sentence: mention.sentence, via: 'name' });
      }
      entity.aliasEvidence = aliases.evidence;
    }
  }
  linkAcronyms(analyzed, order, surfaceToEntity, references);
  references.push(...readDescriptions(analyzed, references));
  references.sort((a, b) => a.start - b.start || a.end - b.end);
  return { entities: order, references };
}

const nameParticlePattern = /^(?:al|el|ul|ad|ar|as|ash|at|az|bin|ibn|bint|de|del|di|da|van|von|der|le|la|du|abu|abd|abdul|umm)$/u;

/** The words of a person's full name, each pointing to that person (or to no one when two persons share it). */
function rememberPersonParts(entity: DocEntity, folded: string, parts: Map<string, DocEntity | null>): void {
  // "Ash Carter", "Ban Ki-moon": every word of the full name counts towards two, only the longer ones refer back.
  const all = folded.split(' ').filter((word) => word.length > 1);
  const words = all.filter((word) => word.length > 2 && !nameParticlePattern.test(word));
  if (all.length < 2 || words.length === 0) return;
  for (const word of words) {
    const current = parts.get(word);
    if (current === undefined) parts.set(word, entity);
    else if (current !== entity) parts.set(word, null);
  }
}

/** "Carter" after "Ash Carter", "al-Abadi" after "Haider al-Abadi": one word of a person named in full before. */
function personByPart(mention: Mention, folded: string, parts: Map<string, DocEntity | null>): DocEntity | undefined {
  if (mention.guessedKind !== 'person') return undefined;
  const words = folded.split(' ').filter((word) => !nameParticlePattern.test(word));
  if (words.length !== 1) return undefined;
  return parts.get(words[0] as string) ?? undefined;
}

function pushMention(entity: DocEntity, span: { start: number; end: number; text: string }): void {
  if (!entity.mentions.some((m) => m.start === span.start && m.end === span.end)) entity.mentions.push({ start: span.start, end: span.end, text: span.text });
}

/** Countries the document is about: the dateline's, and those named or implied by unambiguous places. */
export interface CountryFocus {
  counts: Map<string, number>;
  dateline?: string;
}

/** Tally the countries the unambiguous places of a document point to. */
export function measureFocus(mentions: Mention[], datelineCountry: string | undefined): CountryFocus {
  const counts = new Map<string, number>();
  for (const mention of mentions) {
    const countries = new Set(mention.places.map((place) => place.country));
    if (countries.size === 1) {
      const [country] = countries;
      if (country) counts.set(country, (counts.get(country) ?? 0) + (mention.places[0]?.level === 'country' ? 2 : 1));
    }
  }
  if (datelineCountry) counts.set(datelineCountry, (counts.get(datelineCountry) ?? 0) + 3);
  return { counts, ...(datelineCountry ? { dateline: datelineCountry } : {}) };
}

/** Pick the place a name means here: the document's countries first, then the gazetteer's own ranking. */
export function choosePlace(places: readonly Place[], focus: CountryFocus, followedBy?: string): Place | undefined {
  // "Kabul" is the city and "Kabul province" the province: a bare name shared by both means the city.
  const divisionWord = followedBy !== undefined && /^(?:province|provinces|governorate|state|region|district|wilayat|oblast)$/u.test(followedBy);
  let best: Place | undefined;
  let bestScore = -Infinity;
  places.forEach((place, rank) => {
    const weight = focus.counts.get(place.country) ?? 0;
    const levelBonus = place.level === 'country' ? 3 : place.level === 'admin1' ? (divisionWord ? 2.5 : 1.4) : place.level === 'city' ? (divisionWord ? 0.5 : 1.5) : place.level === 'region' ? 1 : 0.5;
    const population = place.population ? Math.log10(place.population + 1) / 4 : 0;
    const score = weight * 10 + levelBonus + population - rank * 0.01;
    if (score > bestScore) {
      bestScore = score;
      best = place;
    }
  });
  return best;
}

function resolveMention(analyzed: AnalyzedText, mention: Mention, anchored: Set<string>, focus: CountryFocus, knowledge: Knowledge): DocEntity | undefined {
  void knowledge;
  const state = mention.names.find((name) => name.kind === 'state');
  const acronym = /^[\p{Lu}.]{2,5}$/u.test(mention.text);
  const actorNames = mention.names.filter((name) => name.kind !== 'state');
  const country = mention.places.find((place) => place.level === 'country');
  // A country name is a place unless the text uses it as an actor ("US soldiers", "US-led", "the USA and the Taliban").
  const asState = state !== undefined && (acronym || isActorContext(analyzed, mention)) && !isLocationContext(analyzed, mention);
  // An acronym that is also a small place ("UN", "Un" in India) is the organisation.
  const preferName = actorNames.length > 0 && !country && (acronym || !isLocationContext(analyzed, mention));
  const place = asState || preferName ? undefined : choosePlace(mention.places, focus, nextWord(analyzed, mention));
  if (place) {
    if (mention.facility) {
      return {
        key: `facility:${foldName(mention.text)}`,
        kind: 'location',
        name: mention.text.replace(/^the\s+/iu, ''),
        aliases: [],
        place,
        level: 'facility',
        facility: mention.facility,
        mentions: [],
      };
    }
    return { key: `place:${place.geonamesId ?? `${place.country}:${place.level}:${foldName(place.name)}`}`, kind: 'location', name: place.name, aliases: [], place, level: place.level, mentions: [] };
  }
  if (asState && state) return { key: `known:${state.id}`, kind: 'state', name: state.name, aliases: [], known: state, mentions: [] };
  if (mention.names.length > 0) {
    const candidates = country ? mention.names.filter((name) => name.kind === 'state') : actorNames.length > 0 ? actorNames : mention.names;
    const chosen = mention.ambiguous ? candidates.find((name) => anchored.has(name.id)) ?? (candidates.length === 1 ? candidates[0] : undefined) : candidates[0];
    if (chosen) return { key: `known:${chosen.id}`, kind: chosen.kind, name: chosen.name, aliases: [], known: chosen, mentions: [] };
    // An ambiguous short form with nothing in the text to settle it stays its own, unlinked entity.
    // A lone service or body noun ("the Navy", "Police") that a list gives to some faction is a state's service or a body, not a group.
    const kind = unsettledKind(mention.text, candidates[0]?.kind ?? 'armed_group');
    return { key: `name:${foldName(mention.text)}`, kind, name: mention.text, aliases: [], mentions: [] };
  }
  if (mention.guessedKind) {
    if (mention.guessedKind === 'location') {
      // A place the gazetteer does not know: a facility when its head says so, else a place of unknown level.
      if (mention.facility) return { key: `facility:${foldName(mention.text)}`, kind: 'location', name: mention.text, aliases: [], level: 'facility', facility: mention.facility, mentions: [] };
      return { key: `place:${foldName(mention.text)}`, kind: 'location', name: mention.text, aliases: [], mentions: [] };
    }
    return { key: `name:${foldName(mention.text)}`, kind: mention.guessedKind, name: mention.text, aliases: [], mentions: [] };
  }
  return undefined;
}

function nextWord(analyzed: AnalyzedText, mention: Mention): string | undefined {
  const next = analyzed.tokens[mention.tokenEnd];
  return next && next.sentence === mention.sentence ? next.lower : undefined;
}

const actorNouns = /^(?:forces|troops|soldiers|military|army|officials?|government|embassy|drones?|navy|marines|air|led|backed|administration|president|authorities|diplomats?|envoy|citizens?|nationals?|police|intelligence|commanders?|strikes?|raids?)$/iu;

/** "US soldiers", "US-led", "the USA and the Taliban": a country name used for the state. */
function isActorContext(analyzed: AnalyzedText, mention: Mention): boolean {
  const next = analyzed.tokens[mention.tokenEnd];
  if (next && next.sentence === mention.sentence && ((next.joined && next.text === '-') || actorNouns.test(next.text))) return true;
  const before = analyzed.text.slice(Math.max(0, mention.start - 14), mention.start).toLowerCase();
  return /(?:between(?: the)?|with(?: the)?|by(?: the)?)\s*$/u.test(before);
}

/** "in Afghanistan", "parts of Pakistan and Afghanistan": a country named as a place, not as an actor. */
function isLocationContext(analyzed: AnalyzedText, mention: Mention): boolean {
  const { tokens } = analyzed;
  if (isActorContext(analyzed, mention)) return false;
  for (let k = mention.tokenStart - 1, seen = 0; k >= 0 && seen < 3; k -= 1) {
    const token = tokens[k] as Token;
    if (token.sentence !== mention.sentence) break;
    if (token.pos === 'PUNCT' && token.text !== ',') break;
    if (token.text === ',') continue;
    seen += 1;
    if (locationPrepositions.has(token.lower)) return token.lower !== 'between' && token.lower !== 'and' ? true : seen > 1 ? false : isListOfPlaces(analyzed, k);
    if (token.pos === 'PROPN') continue;
    if (token.lower === 'the') continue;
    break;
  }
  return mention.sentence === 0 && mention.tokenStart < 4;
}

function isListOfPlaces(analyzed: AnalyzedText, conjunctionIndex: number): boolean {
  const { tokens } = analyzed;
  for (let k = conjunctionIndex - 1, seen = 0; k >= 0 && seen < 4; k -= 1, seen += 1) {
    const token = tokens[k] as Token;
    if (locationPrepositions.has(token.lower) && token.lower !== 'and' && token.lower !== 'between') return true;
    if (token.lower === 'between') return false;
  }
  return false;
}

interface AliasItem {
  start: number;
  end: number;
  text: string;
  mention?: Mention;
}

/** "X also known as A, B and C", "X (A)", "X, a.k.a. A": the names a text gives for one entity. */
function readStatedAliases(analyzed: AnalyzedText, mentions: Mention[]): Map<Mention, { items: AliasItem[]; evidence: Evidence }> {
  const result = new Map<Mention, { items: AliasItem[]; evidence: Evidence }>();
  const { text } = analyzed;
  for (const mention of mentions) {
    if (mention.places.length > 0 && mention.names.length === 0 && !mention.guessedKind) continue;
    const sentenceEnd = analyzed.sentences[mention.sentence]?.end ?? text.length;
    const after = text.slice(mention.end, Math.min(sentenceEnd, mention.end + 200));
    let listStart: number;
    let closing: string | undefined;
    const trigger = aliasTriggers.exec(after);
    if (trigger && !/^\s*,?\s*or\s/iu.test(trigger[0])) listStart = mention.end + trigger[0].length;
    else {
      const paren = /^\s*\(\s*/u.exec(after);
      if (!paren) continue;
      listStart = mention.end + paren[0].length;
      closing = ')';
    }
    const items = readNameList(text, listStart, sentenceEnd, mentions, closing);
    if (items.length === 0) continue;
    const last = items[items.length - 1] as AliasItem;
    const triggerStart = mention.end + (/\S/u.exec(after)?.index ?? 0);
    result.set(mention, { items, evidence: { start: triggerStart, end: last.end, text: text.slice(triggerStart, last.end) } });
  }
  return result;
}

/** Names separated by commas, "and", "or": capitalised words, acronyms, or known mentions. */
function readNameList(text: string, from: number, limit: number, mentions: Mention[], closing: string | undefined): AliasItem[] {
  const items: AliasItem[] = [];
  const namePattern = /^([\p{Lu}\p{N}][\p{L}\p{N}’'.-]*(?:\s+(?:[\p{Lu}][\p{L}\p{N}’'.-]*|of|al|the|and(?=\s+\p{Lu}[\p{L}]+\s+\p{Lu})))*)/u;
  let at = from;
  while (at < limit) {
    const rest = text.slice(at, limit);
    const known = mentions.find((mention) => mention.start === at);
    let item: AliasItem | undefined;
    if (known) item = { start: known.start, end: known.end, text: known.text, mention: known };
    else {
      const match = namePattern.exec(rest);
      if (!match?.[1]) break;
      const raw = match[1].replace(/[.’']+$/u, '');
      item = { start: at, end: at + raw.length, text: raw };
    }
    // An alias list names, it does not describe: "is an Islamic terrorist outfit" ends it.
    if (/^(?:is|are|was|were|has|had)$/iu.test(item.text)) break;
    items.push(item);
    const tail = text.slice(item.end, limit);
    const separator = /^\s*(?:,\s*(?:and|or)?|and|or|\/)\s*/u.exec(tail);
    if (closing && /^\s*\)/u.test(tail)) break;
    if (!separator) break;
    at = item.end + separator[0].length;
  }
  return items;
}

/** An acronym the text uses for a name it also spells out (ISKP for Islamic State Khorasan Province). */
function linkAcronyms(analyzed: AnalyzedText, entities: DocEntity[], surfaceToEntity: Map<string, DocEntity>, references: Reference[]): void {
  const acronymPattern = /\b\p{Lu}{2,6}\b/gu;
  if (analyzed.caseMode !== 'mixed') return;
  const initials = new Map<string, DocEntity>();
  for (const entity of entities) {
    if (!actorKinds.has(entity.kind)) continue;
    const words = entity.name.split(/[\s-]+/u).filter((word) => /^\p{Lu}/u.test(word));
    if (words.length >= 2) initials.set(words.map((word) => word[0]).join(''), entity);
  }
  for (const match of analyzed.text.matchAll(acronymPattern)) {
    const folded = match[0].toLowerCase();
    const entity = initials.get(match[0]);
    if (!entity || surfaceToEntity.has(folded)) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (references.some((reference) => reference.start <= start && reference.end >= end)) continue;
    const sentence = analyzed.tokens.find((token) => token.start === start)?.sentence;
    if (sentence === undefined) continue;
    if (!entity.aliases.includes(match[0])) entity.aliases.push(match[0]);
    pushMention(entity, { start, end, text: match[0] });
    references.push({ entity, start, end, sentence, via: 'name' });
  }
}

/** "the organization", "it", "they": the armed group the text is talking about. */
function readDescriptions(analyzed: AnalyzedText, named: Reference[]): Reference[] {
  const found: Reference[] = [];
  const groups = named.filter((reference) => reference.entity.kind === 'armed_group').sort((a, b) => a.start - b.start);
  if (groups.length === 0) return found;
  const counts = new Map<DocEntity, number>();
  const spans: { start: number; end: number; via: 'description' | 'pronoun' }[] = [];
  for (const match of analyzed.text.matchAll(descriptionPattern)) spans.push({ start: match.index, end: match.index + match[0].length, via: 'description' });
  for (const match of analyzed.text.matchAll(pronounPattern)) spans.push({ start: match.index, end: match.index + match[0].length, via: 'pronoun' });
  spans.sort((a, b) => a.start - b.start);
  let g = 0;
  for (const span of spans) {
    // A description that overlaps a name is part of that name ("the Islamic Movement of Uzbekistan").
    if (named.some((reference) => reference.start < span.end && reference.end > span.start)) continue;
    if (analyzed.caseMode === 'mixed' && /\s\p{Lu}/u.test(analyzed.text.slice(span.start, span.end))) continue;
    while (g < groups.length && (groups[g] as Reference).start < span.start) {
      const entity = (groups[g] as Reference).entity;
      counts.set(entity, (counts.get(entity) ?? 0) + 1);
      g += 1;
    }
    const sentence = sentenceAt(analyzed, span.start);
    if (sentence === undefined) continue;
    const antecedent = pickAntecedent(groups.slice(0, g), counts, sentence, span.start, groups, span.via);
    if (antecedent) found.push({ entity: antecedent, start: span.start, end: span.end, sentence, via: span.via });
  }
  return found;
}

/**
 * The most recent group named within two sentences; when that group is named later in the
 * same sentence as an object ("They see Taliban as…"), the document's main group instead.
 */
function pickAntecedent(
  before: Reference[],
  counts: Map<DocEntity, number>,
  sentence: number,
  position: number,
  all: Reference[],
  via: 'description' | 'pronoun',
): DocEntity | undefined {
  const recent = before.filter((reference) => reference.sentence >= sentence - 2);
  if (recent.length === 0) return via === 'description' ? topEntity(counts) : undefined;
  const last = (recent[recent.length - 1] as Reference).entity;
  const top = topEntity(counts);
  const laterInSentence = all.filter((reference) => reference.sentence === sentence && reference.start > position).map((reference) => reference.entity);
  if (laterInSentence.includes(last) && top && top !== last) return top;
  // Pronouns and descriptions prefer the document's main group when it is among the recent ones.
  if (top && top !== last && recent.some((reference) => reference.entity === top) && (counts.get(top) ?? 0) >= 2 * (counts.get(last) ?? 0)) return top;
  return last;
}

function topEntity(counts: Map<DocEntity, number>): DocEntity | undefined {
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

/** The index of the sentence holding a character offset. */
export function sentenceAt(analyzed: AnalyzedText, offset: number): number | undefined {
  const { sentences } = analyzed;
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const sentence = sentences[mid];
    if (!sentence) break;
    if (offset < sentence.start) high = mid - 1;
    else if (offset >= sentence.end) low = mid + 1;
    else return mid;
  }
  return undefined;
}

const armedServices = new Set(['army', 'navy', 'marines', 'air force', 'forces', 'military', 'coast guard']);

/** The kind of an ambiguous name left unlinked: a lone service noun is military, a lone body noun an organization. */
function unsettledKind(text: string, listed: EntityKind): EntityKind {
  const folded = foldName(text).replace(/^the /u, '');
  if (armedServices.has(folded)) return 'military';
  if (!folded.includes(' ') && organizationHeads.has(folded)) return 'organization';
  return listed;
}
