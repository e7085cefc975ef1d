import type { EntityKind, ExtractResult, ExtractedEntity, Predicate } from '../model/index.js';
import { notNames, personTitles, stateBodyModifiers, stateBodyNouns } from '../pipeline/classify-name.js';
import { victimsNationalities } from '../pipeline/victims-nationalities.js';

/** A typed character span. */
export interface TypedSpan {
  start: number;
  end: number;
  type: string;
}

/** A predicted relation: its type and every span its two ends are mentioned at. */
export interface SpanRelation {
  type: string;
  source: Array<{ start: number; end: number }>;
  target: Array<{ start: number; end: number }>;
}

/** sitrep's output in re3d's shape. */
export interface Re3dPrediction {
  entities: TypedSpan[];
  relations: SpanRelation[];
}

/**
 * sitrep kinds → re3d entity types. re3d labels armed groups, companies, governments, armies
 * and states acting as actors ("the U.S.", "the Syrian regime") Organisation; places are Location.
 * Publications have no re3d type. Weapons come from incidents' weapon phrases; sitrep has no
 * MilitaryPlatform, so that type scores zero recall.
 */
export const re3dEntityTypes: Record<EntityKind, string | undefined> = {
  armed_group: 'Organisation',
  organization: 'Organisation',
  military: 'Organisation',
  state: 'Organisation',
  person: 'Person',
  location: 'Location',
  publication: undefined,
};

/** The re3d entity types scored. */
export const re3dScoredEntityTypes = ['Organisation', 'Person', 'Location', 'Weapon', 'MilitaryPlatform'] as const;

/**
 * sitrep predicates → re3d relation types. FightingAgainst ← rival_of, opposes; AlliesOf ←
 * allied_with; BelongsTo ← affiliated_with (a province or wing belongs to its parent);
 * IsSynonymOf ← alias. founded_by_members_of is history, not membership, and maps to nothing.
 */
export const re3dRelationTypes: Partial<Record<Predicate, string>> = {
  rival_of: 'FightingAgainst',
  opposes: 'FightingAgainst',
  allied_with: 'AlliesOf',
  affiliated_with: 'BelongsTo',
  alias: 'IsSynonymOf',
};

/** The re3d relation types scored. */
export const re3dScoredRelationTypes = ['FightingAgainst', 'AlliesOf', 'BelongsTo', 'IsSynonymOf'] as const;

/** Relation types whose direction carries no meaning (matched either way round). */
export const symmetricRelationTypes: ReadonlySet<string> = new Set(['FightingAgainst', 'AlliesOf', 'IsSynonymOf']);

function occurrences(text: string, phrase: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (!phrase.trim()) return out;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) out.push({ start: at, end: at + phrase.length });
  return out;
}

function entitySpans(entity: ExtractedEntity | undefined): Array<{ start: number; end: number }> {
  return entity?.mentions?.map((m) => ({ start: m.start, end: m.end })) ?? [];
}

/** Map one extraction of a re3d document (its `text`) to typed spans and span relations, using entity mentions. */
export function mapToRe3d(result: ExtractResult, text: string): Re3dPrediction {
  const entities: TypedSpan[] = [];
  const seen = new Set<string>();
  const add = (start: number, end: number, type: string): void => {
    const key = `${start}:${end}:${type}`;
    if (seen.has(key)) return;
    seen.add(key);
    entities.push({ start, end, type });
  };
  for (const entity of result.entities) {
    const type = re3dEntityTypes[entity.kind];
    if (!type) continue;
    for (const m of entity.mentions ?? []) {
      // Operation names ("Operation Inherent Resolve") stand for a coalition in sitrep; re3d gives them no type.
      if (/^Operation\s/u.test(m.text)) continue;
      const span = re3dSpan(text, m.start, m.end, type);
      if (type === 'Location') {
        // re3d takes "Palmyra, Syria" and "Idlib province" whole.
        const division = /^[ \t]+(?:province|district|governorate|region|Province|District|Governorate|Region)\b/u.exec(text.slice(span.end, span.end + 20));
        if (division) span.end += division[0].length;
        const comma = /^,[ \t]+/u.exec(text.slice(span.end, span.end + 4));
        const region = comma ? result.entities.find((e) => (e.level === 'country' || e.level === 'admin1' || e.kind === 'state') && e.mentions?.some((r) => r.start === span.end + comma[0].length)) : undefined;
        const regionMention = region?.mentions?.find((r) => r.start === span.end + (comma?.[0].length ?? 0));
        if (regionMention && entity.level !== 'country' && entity.level !== 'admin1') span.end = regionMention.end;
        // Named features take their article: "the Tigris River", "the Ishtar Gate".
        const named = entity.level === 'facility' || entity.level === undefined;
        const article = named ? /(?:^|[^\p{L}])(the|The)[ \t]+$/u.exec(text.slice(Math.max(0, span.start - 5), span.start)) : null;
        if (article?.[1]) span.start -= article[0].length - article[0].indexOf(article[1]);
      }
      add(span.start, span.end, type);
    }
  }
  for (const incident of result.incidents) for (const weapon of incident.weapons) for (const o of occurrences(text, weapon)) add(o.start, o.end, 'Weapon');
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const relations: SpanRelation[] = [];
  for (const claim of result.claims) {
    const type = re3dRelationTypes[claim.predicate];
    if (!type) continue;
    const source = entitySpans(byId.get(claim.subject));
    let target: Array<{ start: number; end: number }> = [];
    if ('entity' in claim.object) target = entitySpans(byId.get(claim.object.entity));
    else if ('text' in claim.object && typeof claim.object.text === 'string') target = occurrences(text, claim.object.text);
    if (source.length && target.length) relations.push({ type, source, target });
  }
  return { entities, relations };
}

// Words a title may hold besides the ranks and offices themselves: "Pentagon Press Secretary", "UN Special Envoy".
const titleExtras = new Set(['press', 'envoy', 'security', 'national', 'joint', 'navy', 'army', 'air', 'force', 'marine', 'corps', 'us', 'u.s.', 'u.s', 'un', 'u.n.', 'u.n', 'eu', 'uk', 'u.k.', 'u.k', 'pentagon', 'state', 'designate']);

function foldWord(word: string): string {
  return word.replace(/[\u200e\u200f]/gu, '').replace(/[’']s$/u, '').toLowerCase();
}

/**
 * re3d's span conventions for a sitrep mention: a person's span takes the title and nationality
 * before the name ("Iraqi Prime Minister Haider al-Abadi", "the Foreign Secretary Boris Johnson").
 */
export function re3dSpan(text: string, start: number, end: number, type: string): { start: number; end: number } {
  if (type === 'Organisation') {
    // re3d's organisation spans take the article: "the UN", "the Syrian Democratic Forces".
    // Not when the name only modifies the noun that takes the article: "the ISIL terrorist group".
    const modifier = /^[ \t]+(?:\p{Ll}+[ \t]+)?(?:group|organi[sz]ation|aircraft|forces|fighters|terrorists|militants|partners|members|nations|countries|leaders|officials|campaign|strikes?|operations?|units?|troops|soldiers)\b/u.test(text.slice(end, end + 40));
    const article = modifier ? null : /(?:^|[^\p{L}])(the|The)[ \t]+$/u.exec(text.slice(Math.max(0, start - 5), start));
    const from = article?.[1] ? start - article[0].length + article[0].indexOf(article[1]) : start;
    // "Coalition military forces", "five ISIL tactical units": the body noun and its determiner join the name.
    const bodyEnd = extendBody(text, end);
    if (bodyEnd > end) {
      const determiner = /(?:^|[^\p{L}\p{N}])((?:the|The|a|an|An|A|\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)[ \t]+)$/u.exec(text.slice(Math.max(0, start - 12), start));
      return { start: determiner?.[1] ? start - determiner[1].length : start, end: bodyEnd };
    }
    return { start: from, end };
  }
  if (type === 'Location') {
    // re3d's place spans take the article and a direction before the name: "the Tigris River", "northern Iraq".
    const before = text.slice(Math.max(0, start - 40), start);
    const lead = /(?:^|[^\p{L}])((?:[Nn]orth|[Ss]outh)(?:-?[Ee]ast|-?[Ww]est)?ern|[Ee]astern|[Ww]estern|(?:the|The)[ \t]+(?:city|town|village)[ \t]+of)[ \t]+$/u.exec(before);
    return lead?.[1] ? { start: start - lead[0].length + lead[0].indexOf(lead[1]), end } : { start, end };
  }
  if (type !== 'Person') return { start, end };
  // Walk left over the words a title is made of: titles, capitalised words, "of"/"for"/"the" inside.
  const words: Array<{ start: number; word: string }> = [];
  let at = start;
  for (;;) {
    const match = /([^\s]+)[ \t\u00a0\u200e]+$/u.exec(text.slice(Math.max(0, at - 40), at));
    if (!match?.[1]) break;
    const word = match[1];
    if (/[,;:"“”()]$/u.test(word)) break;
    const bare = foldWord(word.replace(/\.$/u, ''));
    if (/\.$/u.test(word) && !personTitles.has(bare) && !/^(?:\p{L}\.)+$/u.test(word)) break;
    if (!/^\p{Lu}/u.test(word) && !/^(?:of|for|the)$/u.test(word)) break;
    if (notNames.has(bare)) break;
    at -= match[0].length;
    words.unshift({ start: at, word: bare });
  }
  // The span starts at the first title word (or a nationality or body before one), and needs a title.
  // A mention that is itself a title ("Foreign Secretary" for "the Foreign Secretary") takes its article.
  const selfTitled = personTitles.has(foldWord(/^[^\s]+/u.exec(text.slice(start, end))?.[0]?.replace(/\.$/u, '') ?? ''));
  if (selfTitled) words.push({ start, word: 'title' });
  let first = words.findIndex((w) => personTitles.has(w.word) || victimsNationalities.has(w.word) || titleExtras.has(w.word) || w.word === 'title');
  if (first < 0 || !words.slice(first).some((w) => personTitles.has(w.word) || w.word === 'title')) return { start, end };
  if (first > 0 && words[first - 1]?.word === 'the') first -= 1;
  const from = words[first]?.start ?? start;
  return { start: from, end };
}



const bodyExtras = new Set(['terrorists', 'militants', 'fighters', 'members', 'nations', 'countries', 'aircraft']);

/** The end of a body noun right after an actor's name, with the modifiers before it ("military forces", "tactical units"). */
function extendBody(text: string, end: number): number {
  let at = end;
  let best = end;
  for (let steps = 0; steps < 3; steps += 1) {
    const match = /^[ \t]+([a-z]+)/u.exec(text.slice(at, at + 30));
    if (!match?.[1]) break;
    const word = match[1];
    if (stateBodyNouns.has(word) || bodyExtras.has(word)) best = at + match[0].length;
    else if (!stateBodyModifiers.has(word) && word !== 'tactical') break;
    at += match[0].length;
  }
  return best;
}
