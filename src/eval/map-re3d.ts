import type { EntityKind, ExtractResult, ExtractedEntity, Predicate } from '../model/index.js';
import { analyzeText } from '../pipeline/analyze-text.js';
import { notNames, organizationHeads, personTitles, strongTitles } from '../pipeline/classify-name.js';
import { victimsNationalities } from '../pipeline/victims-nationalities.js';
import { victimsNouns } from '../pipeline/victims-nouns.js';

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

const possessives = new Set(['his', 'its', 'their', 'our', 'my', 'your', 'whose']);

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
  // Where a common noun starts, by the tagger: a name right before one only modifies it ("the SDF advance").
  // A "noun" the tagger took from a verb is followed by its object's determiner: "the Government renders all…".
  const tokens = analyzeText(text).tokens;
  const nouns = new Set(tokens.filter((t, i) => t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text) && tokens[i + 1]?.pos !== 'DET').map((t) => t.start));
  const nounAt = (offset: number): boolean => nouns.has(offset);
  const countryNames = new Set<string>();
  for (const entity of result.entities) if (entity.level === 'country' || entity.kind === 'state') for (const m of entity.mentions ?? []) countryNames.add(m.text.replace(/^the[ \t]+/iu, ''));
  for (const entity of result.entities) {
    const kindType = re3dEntityTypes[entity.kind];
    if (!kindType) continue;
    for (const m of entity.mentions ?? []) {
      // "the Syria-Iraq border", "the Iran-Iraq War": a state joined to another to name a thing between them is a place there.
      const pair = entity.kind === 'state' && (/^-\p{Lu}/u.test(text.slice(m.end, m.end + 2)) || /\p{L}-$/u.test(text.slice(Math.max(0, m.start - 2), m.start)));
      const type = pair && !actsAsState(text, m.start, m.end) ? 'Location' : kindType;
      // Operation names ("Operation Inherent Resolve") stand for a coalition in sitrep; re3d gives them no type.
      if (/^Operation\s/u.test(m.text)) continue;
      // A country's short form before a capitalised word modifies an office or body's name, the state is not the actor: "the U.S. Embassy", "US Secretary of State".
      if (type === 'Organisation' && /^(?:U\.S\.|US|U\.K\.|UK)$/u.test(m.text) && /^[ \t]+\p{Lu}/u.test(text.slice(m.end, m.end + 3))) continue;
      const span = re3dSpan(text, m.start, m.end, type, nounAt);
      if (type === 'Location') {
        // re3d takes "Idlib province" whole.
        const division = /^[ \t]+(?:province|district|governorate|region|Province|District|Governorate|Region)\b/u.exec(text.slice(span.end, span.end + 20));
        if (division) span.end += division[0].length;
        // "Palmyra, Syria" is a place of its own around the two it names.
        const comma = /^,[ \t]+/u.exec(text.slice(span.end, span.end + 4));
        const region = comma ? result.entities.find((e) => (e.level === 'country' || e.level === 'admin1' || e.kind === 'state') && e.mentions?.some((r) => r.start === span.end + comma[0].length)) : undefined;
        const regionMention = region?.mentions?.find((r) => r.start === span.end + (comma?.[0].length ?? 0));
        // A province before its own country is one place too: "Anbar, Iraq".
        const ownCountry = entity.level === 'admin1' && region?.level === 'country' && entity.country !== undefined && entity.country === region.country;
        if (regionMention && ((entity.level !== 'country' && entity.level !== 'admin1') || ownCountry)) add(span.start, regionMention.end, type);
        // Named features take their article: "the Tigris River", "the Ishtar Gate", "the Red Sea", "the Netherlands".
        const named = !pair && (entity.level === 'facility' || entity.level === undefined || /(?:\b(?:Sea|Gulf|River|Ocean|Mountains|Valley|Desert|Peninsula|Strait|Canal|Gate|Barrage|Dam|Mosque|Region)|^(?:Gulf|Netherlands|Philippines|Bahamas|Gambia|Maldives))$/u.test(m.text));
        const article = named ? /(?:^|[^\p{L}])(the|The)[ \t]+$/u.exec(text.slice(Math.max(0, span.start - 5), span.start)) : null;
        if (article?.[1]) span.start -= article[0].length - article[0].indexOf(article[1]);
      }
      add(span.start, span.end, type);
      // A country acting (a subject, a partner, one of a list of nations) is a polity as well as a place: re3d labels it both ways.
      if ((entity.level === 'country' && type === 'Location') || (entity.kind === 'state' && countryNamePattern.test(m.text))) {
        if (actsAsState(text, m.start, m.end)) {
          // As an organisation it takes its article ("the United States"), as a place it does not.
          const the = /(?:^|[^\p{L}])(the|The)[ \t]+$/u.exec(text.slice(Math.max(0, m.start - 5), m.start));
          const from = the?.[1] ? m.start - the[0].length + the[0].indexOf(the[1]) : m.start;
          if (type === 'Location') add(from, m.end, 'Organisation');
          else add(m.start, m.end, 'Location');
        }
      }
      // "the Government of Iraq": the country a body's name ends with is a place of its own.
      if (type === 'Organisation') {
        const of = /[ \t]of[ \t]+(?:the[ \t]+)?(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)*)$/u.exec(m.text);
        if (of?.[1] && countryNames.has(of[1])) add(m.end - of[1].length, m.end, 'Location');
      }
    }
  }
  // Pronouns and descriptions: re3d marks personal pronouns ("he", "we", "they"), not possessive determiners.
  for (const entity of result.entities) {
    const type = re3dEntityTypes[entity.kind];
    if (!type) continue;
    for (const r of entity.references ?? []) if (!possessives.has(r.text.toLowerCase())) add(r.start, r.end, type);
  }
  for (const d of result.descriptions ?? []) {
    const type = re3dEntityTypes[d.kind];
    if (!type || possessives.has(d.text.toLowerCase())) continue;
    // A count of things is re3d's Quantity, not part of the entity ("four [ISIL tactical units]", "thousands of [Syrians]"); people keep theirs ("40,000 civilians", "the two leaders").
    const head = /(\p{L}+)$/u.exec(d.text)?.[1]?.toLowerCase() ?? '';
    // Combatants counted are a Quantity and a force ("more than 20 [militants]", "139 [insurgents]").
    const combatants = ['armed_group', 'military'].includes(victimsNouns.get(head)?.category ?? '');
    const people = (victimsNouns.has(head) && !combatants) || /^(?:leaders|ministers|nations|airmen|members)$/u.test(head);
    // A population counted in millions is an estimate, a Quantity even for people ("five million [people]").
    const millions = /^(?:half[ \t]+)?(?:a|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]+million[ \t]+(?:of[ \t]+)?(?=\S)/u.exec(d.text);
    const count = millions ?? (people ? null : /^(?:(?:the|The|these|These|those|all|both|our|its|their)[ \t]+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)[ \t]+(?:of[ \t]+)?(?=\S)/u.exec(d.text));
    // An evaluative adjective opening a group is the writer's comment, left out with its article: "the brutal [shabiha militias]", "innocent [civilians]".
    const evaluative = count ? null : /^(?:(?:the|The)[ \t]+)?(?:innocent|brutal|vulnerable|fellow|important|murderous|vile|evil|heroic|courageous)[ \t]+(?=\p{L})/u.exec(d.text);
    add(d.start + (count?.[0].length ?? evaluative?.[0].length ?? 0), d.end, type);
  }
  mergeOwnedBodies(text, entities, countryNames);
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

/**
 * "The Coalition’s Small Group", "DFAT’s Middle East Branch": a named body owned by another names one
 * organisation, the owner's possessive inside; the two parts are not entities of their own there.
 */
function mergeOwnedBodies(text: string, entities: TypedSpan[], countryNames: ReadonlySet<string>): void {
  const organisations = entities.filter((e) => e.type === 'Organisation');
  // A country owns its bodies too: "Iraq’s Security Forces", "the UK’s Armed Forces"; the country stays a place.
  const countries = entities.filter((e) => e.type === 'Location' && countryNames.has(text.slice(e.start, e.end)) && !organisations.some((o) => o.end === e.end));
  for (const country of countries) {
    const possessive = /^[’']s[ \t]+/u.exec(text.slice(country.end, country.end + 4));
    if (!possessive) continue;
    const body = organisations.find((e) => e.start === country.end + possessive[0].length);
    const head = /(\p{L}+)$/u.exec(text.slice(body?.start ?? 0, body?.end ?? 0))?.[1] ?? '';
    if (!body || !/^\p{Lu}/u.test(text.slice(body.start, body.start + 1)) || !organizationHeads.has(head.toLowerCase()) || !entities.includes(body)) continue;
    const the = /(?:^|[^\p{L}])(the|The)[ \t]+$/u.exec(text.slice(Math.max(0, country.start - 5), country.start));
    const start = the?.[1] ? country.start - the[0].length + the[0].indexOf(the[1]) : country.start;
    entities.splice(entities.indexOf(body), 1);
    if (!entities.some((e) => e.type === 'Organisation' && e.start === start && e.end === body.end)) entities.push({ start, end: body.end, type: 'Organisation' });
  }
  for (const owner of organisations) {
    const possessive = /^[’']s[ \t]+/u.exec(text.slice(owner.end, owner.end + 4));
    if (!possessive) continue;
    const body = organisations.find((e) => e.start === owner.end + possessive[0].length && e !== owner);
    const head = /(\p{L}+)$/u.exec(text.slice(body?.start ?? 0, body?.end ?? 0))?.[1] ?? '';
    if (!body || !/^\p{Lu}/u.test(head) || !organizationHeads.has(head.toLowerCase()) || !entities.includes(owner) || !entities.includes(body)) continue;
    const merged: TypedSpan = { start: owner.start, end: body.end, type: 'Organisation' };
    for (const part of [owner, body]) entities.splice(entities.indexOf(part), 1);
    if (!entities.some((e) => e.type === 'Organisation' && e.start === merged.start && e.end === merged.end)) entities.push(merged);
  }
}

// A full country name, not a short form used as a modifier ("U.S. forces").
const countryNamePattern = /^(?:the[ \t]+)?\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)*$|^UK$/u;
const stateVerbs = /^[ \t]+(?:\p{Ll}+ly[ \t]+)?(?:has|have|had|is|was|will|would|can|could|must|should|may|might|remains|continues|condemns|supports|stands|signed|welcomes|calls|urges|announced|agreed|faces|plays|participates|provides|contributes|values|shares|wants|needs|addresses|believes|joins|joined|leads|led|reiterates|expresses|strongly|also)\b/u;
const stateBefore = /(?:\b(?:with|by|between|against|attack|join|joins|joined|ally|allies|partner|include|includes|including|notably|and|or|nor|[Ss]upport|[Ss]upporting)|[,–-])[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/u;
const placeBefore = /\b(?:in|into|inside|outside|across|throughout|to|from|of|near|at|on|around|within|toward|towards|over|through|via|entered|visited|visit)[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:both[ \t]+)?(?:(?:[Nn]orthern|[Ss]outhern|[Ee]astern|[Ww]estern|[Cc]entral|[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)[ \t]+)?$/u;

/**
 * A country named as an actor: the subject of a verb ("the United States condemns"), a partner
 * ("working with Turkey", "UK-France"), an owner of efforts ("Australia's diplomatic efforts"), or one
 * of a list of such; not a country named as a place ("in Syria", "across Iraq", "Palmyra, Syria").
 */
function actsAsState(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const after = text.slice(end, end + 40);
  if (/^[’']s?[ \t]+(?:\p{Ll}+[ \t]+)?(?:efforts?|response|work|democratic|commitment|role|message|influence|support|position|partners?|allies|relations?|diplomatic|leaders?|government|interests?)\b/u.test(after)) return true;
  // "Raqqah, Syria", "Anbar province, Iraq": a country after a place is where that place is.
  if (/[\p{L}.],[ \t]*$/u.test(before) && !/^[ \t]*(?:and|or|,)/u.test(after) && !/(?:,|\band)[^,]*,[ \t]*$/u.test(before.slice(-60))) return false;
  if (placeBefore.test(before)) return false;
  // The subject of a question: "Will the United States participate…?"
  if (/(?:^|[.?!:"“][ \t]*|\n)(?:Will|Would|Can|Could|Does|Did|Should|Has|Is)[ \t]+(?:the[ \t]+)?$/u.test(before)) return true;
  // The subject of an infinitive: "pressed for Russia to use its influence", "will enable Iraq to access financing".
  if (/^[ \t]+to[ \t]+(?!the\b)\p{Ll}+\b/u.test(after) && !/\bto[ \t]+\p{Ll}+[ \t]+(?:the[ \t]+)?$/u.test(before)) return true;
  // "UK-France co-operation", "a U.S.-Iraq partnership": two states and what is between them.
  if (/-$/u.test(before) || /^-\p{Lu}/u.test(after)) return /^(?:-[\p{L}.]+)?[ \t]+(?:partnership|relationship|relations|co-?operation|ties|talks|dialogue|agreement)\b/u.test(after);
  if (stateVerbs.test(after)) return true;
  if (stateBefore.test(before)) {
    // A list after a preposition of place stays places: "in Iraq, Lebanon and Jordan".
    const listStart = before.replace(/(?:(?:the[ \t]+)?\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*)*[ \t]*(?:,|and|or)[ \t\u00a0]+)+(?:the[ \t\u00a0]+)?$/u, '');
    return !placeBefore.test(listStart) && !/\b(?:across|in|of|to|from)[ \t\u00a0]+$/u.test(listStart);
  }
  return false;
}

// Words a title may hold besides the ranks and offices themselves: "Pentagon Press Secretary", "UN Special Envoy".
const titleExtras = new Set(['press', 'envoy', 'security', 'national', 'joint', 'navy', 'army', 'air', 'force', 'marine', 'corps', 'us', 'u.s.', 'u.s', 'un', 'u.n.', 'u.n', 'eu', 'uk', 'u.k.', 'u.k', 'pentagon', 'state', 'designate']);

// "forces" after a named body: the armed force it fields ("Coalition military forces", "SDF forces").
const forceTail = /^[ \t]+(?:military[ \t]+)?forces\b/u;

// A body's short form before an office names whose office it is: "FCO Minister", "NATO Secretary General".
function isBodyAcronym(word: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(word);
}

function foldWord(word: string): string {
  return word.replace(/[\u200e\u200f]/gu, '').replace(/[’']s$/u, '').toLowerCase();
}

/**
 * re3d's span conventions for a sitrep mention: a person's span takes the title and nationality
 * before the name ("Iraqi Prime Minister Haider al-Abadi", "the Foreign Secretary Boris Johnson").
 */
export function re3dSpan(text: string, start: number, end: number, type: string, nounAt?: (offset: number) => boolean): { start: number; end: number } {
  if (type === 'Organisation') {
    // A body's name with the forces it fields is one group.
    const named = /^\p{Lu}/u.test(text.slice(start, start + 1));
    const force = named ? forceTail.exec(text.slice(end, end + 40)) : null;
    if (force) end += force[0].length;
    // A nationality before a body's name is part of it, as in re3d's "the British Army": "the Kurdish YPG".
    for (;;) {
      const nationality = named ? /(?:^|[^\p{L}.-])(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 20), start)) : null;
      if (!nationality?.[1] || !victimsNationalities.has(nationality[1].toLowerCase())) break;
      start -= nationality[0].length - nationality[0].indexOf(nationality[1]);
    }
    // re3d's organisation spans take the article: "the UN", "the Syrian Democratic Forces".
    // Not when the name only modifies the noun that takes the article: "the ISIL terrorist group".
    const spaceAfter = /^[ \t]+/u.exec(text.slice(end, end + 4))?.[0].length ?? 0;
    const modifier = (spaceAfter > 0 && (nounAt?.(end + spaceAfter) ?? false)) || /^[ \t]+(?:\p{Ll}+[ \t]+)?(?:group|organi[sz]ation|aircraft|forces|fighters|terrorists|militants|partners|members|nations|countries|leaders|officials|campaign|strikes?|operations?|units?|troops|soldiers)\b/u.test(text.slice(end, end + 40));
    // A numbered unit's short form keeps its number, and re3d leaves the article out: "the [507th ARW]".
    const ordinal = /^\p{Lu}{2,6}$/u.test(text.slice(start, end)) ? /(?:^|[ \t])(\d+(?:st|nd|rd|th))[ \t]+$/u.exec(text.slice(Math.max(0, start - 10), start)) : null;
    if (ordinal?.[1]) return { start: start - ordinal[0].length + ordinal[0].indexOf(ordinal[1]), end };
    // A group named by a common noun takes its possessive determiner, as descriptions do: "our Kurdish partners".
    const common = /(?:^|[ \t])\p{Ll}+$/u.test(text.slice(start, end));
    const article = modifier ? null : common ? /(?:^|[^\p{L}])(the|The|our|Our|their|Their|its|Its)[ \t]+$/u.exec(text.slice(Math.max(0, start - 7), start)) : /(?:^|[^\p{L}])(the|The)[ \t]+$/u.exec(text.slice(Math.max(0, start - 5), start));
    const from = article?.[1] ? start - article[0].length + article[0].indexOf(article[1]) : start;
    return { start: from, end };
  }
  if (type === 'Location') {
    // re3d's place spans take the article and a direction before the name: "the Tigris River", "northern Iraq".
    const before = text.slice(Math.max(0, start - 40), start);
    const lead = /(?:^|[^\p{L}])((?:[Nn]orth|[Ss]outh)(?:-?[Ee]ast|-?[Ww]est)?ern|[Ee]astern|[Ww]estern)[ \t]+$/u.exec(before);
    return lead?.[1] ? { start: start - lead[0].length + lead[0].indexOf(lead[1]), end } : { start, end };
  }
  if (type !== 'Person') return { start, end };
  // An abbreviated military rank stays outside the name: "Gen. [Joseph Votel]", "Staff Sgt. [Albert Connelly]".
  const rank = /^(?:[^\s]+[ \t]+)*?(?:Gen|Capt|Sgt|Spc|Col|Lt|Maj|Brig|Adm|Cmdr|Cpl|Pvt|Pfc|PFC)\.[ \t]+(?:(?:Gen|Col|Sgt|Cmdr)\.[ \t]+)?(?=\p{Lu})/u.exec(text.slice(start, end));
  if (rank && start + rank[0].length < end) return { start: start + rank[0].length, end };
  if (/(?:^|[ \t])(?:Gen|Capt|Sgt|Spc|Col|Lt|Maj|Brig|Adm|Cmdr|Cpl|Pvt|Pfc|PFC)\.[ \t]+$/u.test(text.slice(Math.max(0, start - 8), start))) return { start, end };
  // Walk left over the words a title is made of: titles, capitalised words, "of"/"for"/"the" inside.
  const words: Array<{ start: number; word: string; raw: string }> = [];
  let at = start;
  for (;;) {
    const match = /([^\s]+)[ \t\u00a0\u200e]+$/u.exec(text.slice(Math.max(0, at - 40), at));
    if (!match?.[1]) break;
    // A title just inside an opening quote or bracket ("“Mr Johnson") is the last word taken.
    const opening = /^[“"‘(]+/u.exec(match[1])?.[0] ?? '';
    const word = match[1].slice(opening.length);
    if (!word || /[,;:"“”()]$/u.test(word)) break;
    const bare = foldWord(word.replace(/\.$/u, ''));
    if (/\.$/u.test(word) && !personTitles.has(bare) && !/^(?:\p{L}\.)+$/u.test(word)) break;
    // Ordinals inside ranks: "Operator 1st Class".
    // A rank written in lower case right before the name is its title, and the last word taken: "Air Force [lieutenant Ali Hassan]".
    const lowerRank = words.length === 0 && personTitles.has(word) && strongTitles.has(word);
    if (!/^\p{Lu}/u.test(word) && !/^(?:of|for|the|\d+(?:st|nd|rd|th))$/u.test(word) && !lowerRank) break;
    if (notNames.has(bare) && !titleExtras.has(bare) && !isBodyAcronym(word)) break;
    at -= match[0].length - opening.length;
    words.unshift({ start: at, word: bare, raw: word });
    if (opening || lowerRank) break;
  }
  // The span starts at the first title word (or a nationality or body before one), and needs a title.
  // A mention that is itself a title ("Foreign Secretary" for "the Foreign Secretary") takes its article.
  const selfTitled = personTitles.has(foldWord(/^[^\s]+/u.exec(text.slice(start, end))?.[0]?.replace(/\.$/u, '') ?? ''));
  if (selfTitled) words.push({ start, word: 'title', raw: '' });
  let first = words.findIndex((w) => personTitles.has(w.word) || victimsNationalities.has(w.word) || titleExtras.has(w.word) || w.word === 'title' || isBodyAcronym(w.raw));
  if (first < 0 || !words.slice(first).some((w) => personTitles.has(w.word) || w.word === 'title')) return { start, end };
  if (first > 0 && words[first - 1]?.word === 'the') first -= 1;
  const from = words[first]?.start ?? start;
  return { start: from, end };
}
