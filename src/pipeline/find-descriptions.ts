import type { EntityKind } from '../model/index.js';
import type { AnalyzedText, Token } from './analyze-text.js';
import { personTitles, strongTitles } from './classify-name.js';
import type { Mention } from './find-mentions.js';
import { portfolios } from './find-proper-names.js';
import { victimsNationalities } from './victims-nationalities.js';
import { victimsNouns } from './victims-nouns.js';

/** Stage id of descriptions: noun phrases that refer to actors, people or places without naming them. */
export const descriptionsStage = 'descriptions@1';

/** A noun phrase that refers to an actor, a person or a place by description ("opposition forces", "the camp"). */
export interface Description {
  start: number;
  end: number;
  text: string;
  tokenStart: number;
  /** Exclusive. */
  tokenEnd: number;
  sentence: number;
  kind: Extract<EntityKind, 'organization' | 'person' | 'location'>;
  /** The head noun, lower case ("forces", "regime"). */
  head: string;
  /** Starts with "the", "this", a possessive: refers back rather than introducing. */
  definite: boolean;
  plural: boolean;
}

// Hand-written from general English usage in news about governments and armed conflict.
// Bodies and collectives: a phrase headed by one of these refers to a group of people or an institution.
const bodyNouns = new Set([
  'regime', 'regimes', 'government', 'governments', 'administration', 'coalition', 'coalitions', 'alliance', 'group', 'groups',
  'organisation', 'organisations', 'organization', 'organizations', 'community', 'communities', 'parties', 'enemy', 'command',
  'commands', 'navy', 'army', 'armies', 'militia', 'militias', 'opposition', 'forces', 'force', 'units', 'unit', 'team', 'teams',
  'network', 'networks', 'cell', 'cells', 'faction', 'factions', 'movement', 'insurgency', 'nations', 'countries', 'states',
  'partners', 'allies', 'backers', 'supporters', 'leaders', 'leadership', 'delegation', 'authorities', 'council', 'councils',
  'squadron', 'wing', 'battalion', 'brigade', 'brigades', 'regiment', 'crew', 'crews', 'families', 'family', 'population',
  'populations', 'media', 'tribe', 'tribes', 'clan', 'task force', 'workforce', 'contingent', 'perpetrators', 'extremists',
  'members', 'participants', 'players', 'donors', 'experts', 'activists', 'citizens', 'ministers', 'tribunal', 'prosecution',
  'companies', 'company', 'agencies', 'agency', 'society', 'outfit', 'guarantors', 'linguists', 'translators', 'others',
  'businesses', 'firms', 'universities', 'alumni', 'minorities', 'responders', 'convoy', 'convoys', 'advisers', 'advisors',
]);
// Time words the tagger may call nouns; they never extend a noun phrase.
const timeWords = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'now']);
// Bodies a text may name with no article at all ("coalition forces", "media"); other singular heads need a determiner.
const massBodies = new Set(['media', 'coalition', 'opposition', 'leadership', 'civil society', 'society', 'police', 'staff', 'personnel', 'workforce']);

// Places and facilities named by their kind: "the camp", "fighting positions", "a VBIED facility".
const placeNouns = new Set([
  'city', 'cities', 'town', 'towns', 'village', 'villages', 'camp', 'camps', 'hospital', 'hospitals', 'position', 'positions',
  'route', 'routes', 'bridge', 'bridges', 'area', 'areas', 'building', 'buildings', 'facility', 'facilities', 'country',
  'region', 'restaurant', 'restaurants', 'school', 'schools', 'tunnel', 'tunnels', 'station', 'stations', 'site', 'sites',
  'headquarters', 'territory', 'border', 'compound', 'compounds', 'entrance', 'entrances', 'cache', 'caches', 'neighborhood',
  'neighborhoods', 'neighbourhood', 'neighbourhoods', 'capital', 'airport', 'airfield', 'market', 'mosque', 'mosques', 'checkpoint',
  'checkpoints', 'refinery', 'refineries', 'depot', 'depots', 'base', 'bases', 'safehouse', 'hideout', 'hideouts', 'stronghold',
  'strongholds', 'outskirts', 'suburbs', 'suburb', 'province', 'district', 'districts', 'street', 'streets', 'road', 'roads',
  'highway', 'palace', 'prison', 'embassy', 'consulate', 'church', 'churches', 'shrine', 'stadium', 'hotel', 'dam', 'port',
  'island', 'valley', 'desert', 'front line', 'frontline', 'frontier', 'nation', 'location', 'locations', 'homes', 'marketplace',
  'market place', 'markets', 'barracks', 'structures', 'fortifications', 'vicinity', 'heart', 'outskirts',
]);
// Place heads whose "of" phrase names the place: "the Iraqi city of Mosul", "the vicinity of Ayn Issa", "other parts of Anbar Province".
const placeOfHeads = new Set(['city', 'town', 'village', 'district', 'province', 'region', 'site', 'vicinity', 'heart', 'outskirts', 'suburbs', 'area', 'part', 'parts', 'capital', 'island', 'port city', 'governorate']);
// Place heads too vague to stand alone without a modifier or a determiner that points ("the area", "this site").
const vaguePlaces = new Set(['area', 'areas', 'site', 'sites', 'base', 'bases', 'capital', 'border', 'position', 'route', 'road', 'roads', 'street', 'streets', 'station', 'nation', 'location', 'locations', 'vicinity', 'heart', 'outskirts', 'structures']);
// A few place heads read as a place only with a determiner or a modifier: "schools" alone is enough, "base" is not.

// One person named by role: "a soldier", "the prime minister", "a local physician".
const personNouns = new Set([
  'soldier', 'officer', 'commander', 'general', 'minister', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'leader',
  'physician', 'doctor', 'hostage', 'hero', 'adviser', 'advisor', 'envoy', 'ambassador', 'official', 'diplomat', 'sheikh',
  'militant', 'fighter', 'bomber', 'gunman', 'journalist', 'reporter', 'prime minister', 'secretary', 'service member',
  'servicemember', 'chief', 'deputy', 'governor', 'mayor', 'judge', 'cleric', 'imam', 'successor', 'predecessor', 'brother',
  'assistant', 'aide',
]);
// Nouns for anyone at all, or for kin: they describe no actor ("the first person", "our men and women", "his brother").
const tooGeneral = new Set(['person', 'persons', 'man', 'men', 'woman', 'women', 'friends', 'relatives', 'relative', 'guests', 'guest']);
// Nouns too general to describe a group alone that still join one: "family and friends", "men and women".
const coordinatedPeople = new Set(['friends', 'relatives', 'men', 'women', 'loved ones']);
// Heads whose "of" phrase holds the real head: "a group of buildings", "a unit of the army".
const partitives = new Set(['group', 'groups', 'unit', 'units', 'number', 'part', 'team', 'network', 'family', 'members', 'member']);

// Words that open a noun phrase and belong to it.
const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'all', 'both', 'each', 'every', 'some', 'many', 'several', 'other', 'another', 'any', 'no', 'our', 'its', 'their', 'his', 'her', 'my', 'your', 'whose', 'such']);
const pointing = new Set(['the', 'this', 'that', 'these', 'those', 'our', 'its', 'their', 'his', 'her', 'my', 'your']);
// Heads whose "of" phrase is part of the description: "the families of the victims", "the government of Iraq".
const ofHeads = new Set(['families', 'family', 'people', 'government', 'members', 'leaders', 'residents', 'citizens', 'population', 'part', 'ministers', 'representatives', 'community', 'parties', 'alumni']);
// Quantities that lead into a plural of people: "hundreds of people", "scores of others".
const quantityNouns = new Set(['hundreds', 'thousands', 'dozens', 'scores', 'millions', 'tens']);
// Modifiers that make a noun a thing, not people ("people smugglers" is fine, "group photo" is not a group).
const adjectiveTags = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

// Bodies that act by force, and the actions they are named before: "coalition airstrikes", "regime shelling".
const actorBodies = new Set(['coalition', 'regime', 'government', 'army', 'militia', 'police']);
const actionNouns = new Set(['airstrike', 'airstrikes', 'strike', 'strikes', 'bombardment', 'bombardments', 'bombing', 'bombings', 'shelling', 'offensive', 'operation', 'operations', 'campaign', 'attack', 'attacks', 'raid', 'raids', 'assault', 'advance', 'crackdown']);

// Peoples named by faith or ethnicity, in the plural: "Sunnis", "the Kurds".
const peoples = new Set(['sunnis', 'shiites', 'shias', 'arabs', 'kurds', 'yazidis', 'christians', 'muslims', 'alawites', 'turkmen', 'pashtuns', 'baloch', 'tajiks', 'hazaras']);

/** "Iraqis", "the Syrians", "local Arabs": a people named in the plural is a group of people. */
function isPeople(token: Token): boolean {
  if (!/^\p{Lu}\p{Ll}+s$|^Turkmen$/u.test(token.text)) return false;
  // A plural the nationality list holds is a people, also when its singular is a noun of its own ("Turks", "Poles", "Britons").
  return peoples.has(token.lower) || (victimsNationalities.has(token.lower) && token.lower !== 'swiss');
}

function headKind(word: string): Description['kind'] | undefined {
  if (tooGeneral.has(word)) return undefined;
  if (bodyNouns.has(word)) return 'organization';
  const victim = victimsNouns.get(word);
  if (victim) return victim.plural === word && victim.plural !== victim.singular ? 'organization' : word === 'police' || word === 'personnel' || word === 'staff' ? 'organization' : 'person';
  if (personNouns.has(word)) return 'person';
  if (placeNouns.has(word)) return 'location';
  return undefined;
}

function isPlural(word: string): boolean {
  return /(?:[^s]s|people|men|children|police|personnel|staff|media|headquarters)$/u.test(word);
}

/**
 * Noun phrases headed by a noun for a group of people, a body, a person's role or a kind of
 * place, in mixed-case text: lower-case heads with their determiner, modifiers (names included:
 * "ISIL tactical units") and, for a few heads, their "of" phrase. Names themselves are not descriptions.
 */
export function findDescriptions(analyzed: AnalyzedText, mentions: readonly Mention[], skipBefore = 0): Description[] {
  const { tokens, text } = analyzed;
  if (analyzed.caseMode !== 'mixed') return [];
  const nameAt: (Mention | undefined)[] = new Array(tokens.length);
  for (const m of mentions) for (let k = m.tokenStart; k < m.tokenEnd; k += 1) nameAt[k] = m;
  const out: Description[] = [];
  for (let h = 0; h < tokens.length; h += 1) {
    const token = tokens[h] as Token;
    if (token.start < skipBefore || nameAt[h]) continue;
    const people = isPeople(token);
    // "The Members of the Security Council": a capitalised collective over a body's name.
    if (/^(?:Members|Ministers|Leaders|Representatives|Envoys)$/u.test(token.text) && tokens[h + 1]?.lower === 'of') {
      const k = tokens[h + 2]?.lower === 'the' ? h + 3 : h + 2;
      const body = nameAt[k];
      if (body && body.tokenStart === k && body.places.length === 0) {
        const from = tokens[h - 1]?.lower === 'the' && tokens[h - 1]?.sentence === token.sentence ? h - 1 : h;
        const first = tokens[from] as Token;
        const last = tokens[body.tokenEnd - 1] as Token;
        out.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end), tokenStart: from, tokenEnd: body.tokenEnd, sentence: token.sentence, kind: 'organization', head: token.lower, definite: from < h, plural: true });
        continue;
      }
    }
    if (!people && !/^\p{Ll}/u.test(token.text)) continue;
    let headEnd = h;
    let word = token.lower;
    // Two-word heads: "prime minister", "service members", "task force", "front line".
    const next = tokens[h + 1];
    if (next && next.sentence === token.sentence && !nameAt[h + 1] && headKind(`${word} ${next.lower}`) && !(next.joined && !/^\p{L}/u.test(next.text))) {
      word = `${word} ${next.lower}`;
      headEnd = h + 1;
    }
    const kind = people ? 'organization' : headKind(word);
    if (!kind) continue;
    // "a senior Iraqi general killed": a role word the tagger calls an adjective is a noun when nothing follows for it to modify.
    const following = tokens[h + 1];
    const roleNoun = kind === 'person' && personNouns.has(word) && token.pos === 'ADJ' && (following === undefined || following.sentence !== token.sentence || !['NOUN', 'PROPN', 'ADJ'].includes(following.pos)) && tokens.slice(Math.max(0, h - 6), h).some((t) => t.sentence === token.sentence && determiners.has(t.lower));
    if (token.pos !== 'NOUN' && token.pos !== 'PROPN' && !(headEnd > h) && !roleNoun) continue;
    // "Iraqis" before another capitalised word is part of a name.
    if (people && tokens[h + 1] && /^\p{Lu}/u.test((tokens[h + 1] as Token).text) && !(tokens[h + 1] as Token).joined) continue;
    // Not the head when another noun follows ("coalition forces", "group members") or it is a possessor ("the camp's residents").
    const after = tokens[headEnd + 1];
    if (after && after.sentence === token.sentence && !/[,;:()]/u.test(text.slice(tokens[headEnd]!.end, after.start))) {
      // Not a noun after all: a time word ("told reporters today") or a participle starting a clause ("fighters firing on…").
      const afterNext = tokens[headEnd + 2];
      const clause = /ing$/u.test(after.lower) && afterNext !== undefined && (afterNext.pos === 'ADP' || afterNext.pos === 'DET');
      if (/^\p{Ll}/u.test(after.text) && (after.pos === 'NOUN' || headKind(after.lower)) && !after.joined && !timeWords.has(after.lower) && !clause) {
        // "a coalition airstrike", "regime bombardment": a body named before its own action is the actor, alone.
        if (headEnd === h && actorBodies.has(word) && actionNouns.has(after.lower)) {
          out.push({ start: token.start, end: token.end, text: token.text, tokenStart: h, tokenEnd: h + 1, sentence: token.sentence, kind: 'organization', head: word, definite: false, plural: false });
        }
        continue;
      }
      // A body owning something is still that body: "the regime’s attacks"; a place or a person owning is left to names.
      // "the Asad regime’s attacks": the article may stand before a name that modifies the body.
      const modifierName = nameAt[h - 1];
      const articleAt = modifierName ? modifierName.tokenStart - 1 : h - 1;
      if ((/^[’']s?$/u.test(after.text) || (after.joined && /^[’']/u.test(after.text))) && !(kind === 'organization' && !people && !victimsNouns.has(word) && /^the$/u.test(tokens[articleAt]?.lower ?? ''))) continue;
      if (after.joined && after.text === '-') continue;
      // "a group of buildings": the head is what follows "of".
      if (after.lower === 'of' && partitives.has(word) && !ofHeads.has(word)) {
        const object = tokens[headEnd + 2];
        if (object && object.pos !== 'DET' && object.pos !== 'PROPN') continue;
      }
    }
    // Walk left over modifiers to the determiner.
    let from = h;
    let determiner: string | undefined;
    let coordinated = false;
    for (let k = h - 1, steps = 0; k >= 0 && steps < 7; k -= 1, steps += 1) {
      const left = tokens[k] as Token;
      if (left.sentence !== token.sentence || left.start < skipBefore) break;
      const gap = text.slice(left.end, (tokens[k + 1] as Token).start);
      // Coordinated modifiers: "Kurdish and Yezidi fighters", "U.S., German, and Canadian companies".
      const modifierAt = (m: number): boolean => {
        const t = tokens[m];
        return t !== undefined && t.sentence === token.sentence && !nameAt[m] && ((t.pos === 'ADJ' && /^\p{Ll}/u.test(t.text)) || victimsNationalities.has(t.lower) || (t.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(t.text)));
      };
      if ((left.lower === 'and' || left.lower === 'or' || (left.text === ',' && coordinated)) && from === k + 1 && from < h && modifierAt(k + 1) && modifierAt(k - 1)) {
        coordinated = true;
        from = k;
        continue;
      }
      if (/[,;:()"“”\n]/u.test(gap) && !(coordinated && left.text === ',' )) break;
      // "reports that ISIL forces have…": "that" or "this" before a plural head joins a clause, it points at nothing.
      if ((left.lower === 'that' || left.lower === 'this') && /[^s]s$/u.test(tokens[headEnd]!.lower) && !/(?:quarters|series|species|means|news)$/u.test(tokens[headEnd]!.lower)) break;
      if (determiners.has(left.lower) && (left.pos === 'DET' || left.pos === 'PRON' || left.pos === 'ADJ')) {
        from = k;
        determiner = left.lower;
        break;
      }
      // A possessor inside the phrase: "the camp’s residents", "ISIL’s self-proclaimed capital".
      if (/^[’']s?$/u.test(left.text) && left.joined) {
        from = k;
        continue;
      }
      // Hyphenated modifiers: "ISIL-held buildings", "counter-ISIL coalition", "U.S.-led forces".
      if (left.text === '-' && left.joined) {
        from = k;
        continue;
      }
      const compound = (left.joined && tokens[k - 1]?.text === '-') || (from === k + 1 && (tokens[k + 1] as Token).text === '-' && (tokens[k + 1] as Token).joined);
      if (compound) {
        from = k;
        continue;
      }
      // Ordinals are modifiers whatever the tagger makes of them: "407th AEG commander", "the 3rd brigade".
      if (adjectiveTags.has(left.pos) || nameAt[k] || /^\d+(?:st|nd|rd|th)$/u.test(left.lower) || (left.pos === 'VERB' && /(?:ed|ing)$/u.test(left.lower) && tokens[k - 1] !== undefined && (determiners.has((tokens[k - 1] as Token).lower) || (tokens[k - 1] as Token).pos === 'NUM'))) {
        from = k;
        continue;
      }
      break;
    }
    // A phrase that starts inside a name keeps the whole name: "the ISIL terrorist group".
    const firstName = nameAt[from];
    if (firstName && firstName.tokenStart < from) from = firstName.tokenStart;
    // Quantities: "hundreds of people".
    if (!determiner && from === h && kind === 'organization') {
      const of = tokens[h - 1];
      const quantity = tokens[h - 2];
      if (of?.lower === 'of' && quantity && quantityNouns.has(quantity.lower) && quantity.sentence === token.sentence) from = h - 2;
    }
    let to = headEnd;
    // "the families of the victims", "the government of Iraq", "commander of U.S. Central Command": the "of" phrase belongs to a few heads.
    const preposition = tokens[to + 1]?.lower;
    // "the city of Mosul" is two mentions, "the city" and "Mosul"; "the Iraqi city of Mosul" names one place.
    const plainSettlement = /^(?:city|town|village)$/u.test(word) && from >= h - 1;
    if (kind === 'location' && preposition === 'of' && placeOfHeads.has(word) && !plainSettlement) {
      let k = to + 2;
      if (tokens[k]?.lower === 'the') k += 1;
      const place = nameAt[k];
      if (place && place.tokenStart === k && (place.places.length > 0 || place.guessedKind === 'location')) {
        to = place.tokenEnd - 1;
        // "Anbar Province": the division word after the name.
        if (/^(?:Province|province|District|district|Governorate|governorate)$/u.test(tokens[to + 1]?.text ?? '')) to += 1;
      }
    } else if ((ofHeads.has(word) || kind === 'person') && (preposition === 'of' || (kind === 'person' && preposition === 'for')) && tokens[to + 1]?.sentence === token.sentence) {
      let k = to + 2;
      if (tokens[k] && determiners.has((tokens[k] as Token).lower)) k += 1;
      let end = -1;
      for (let steps = 0; k < tokens.length && steps < 4; steps += 1) {
        const part = tokens[k] as Token;
        if (part.sentence !== token.sentence) break;
        const name = nameAt[k];
        if (name) {
          end = name.tokenEnd - 1;
          k = name.tokenEnd;
          break;
        }
        if (part.pos === 'NOUN') {
          end = k;
          k += 1;
          const more = tokens[k];
          if (more && more.pos === 'NOUN' && more.sentence === token.sentence) continue;
          break;
        }
        // A nationality is a modifier, whatever the tagger makes of it: "alumni of British universities".
        if (part.pos !== 'ADJ' && !victimsNationalities.has(part.lower)) break;
        k += 1;
      }
      if (end > to) to = end;
    }
    // Coordinated heads are one group: "allies and partners", "the family and friends", "translators and linguists".
    const conjunction = tokens[to + 1];
    if (conjunction && (conjunction.lower === 'and' || conjunction.lower === 'or') && conjunction.sentence === token.sentence && kind === 'organization') {
      let k = to + 2;
      while (tokens[k] && (tokens[k] as Token).pos === 'ADJ' && k < to + 4) k += 1;
      const second = tokens[k];
      const secondKind = second && /^\p{Ll}/u.test(second.text) ? (coordinatedPeople.has(second.lower) ? 'organization' : headKind(second.lower)) : undefined;
      const afterSecond = tokens[k + 1];
      // Only two bare nouns: "opposition forces and innocent civilians" are two groups.
      const bare = k === to + 2 && (from === h || (from === h - 1 && determiner !== undefined));
      if (second && bare && secondKind === 'organization' && isPlural(second.lower) === isPlural(word) && !(afterSecond && afterSecond.pos === 'NOUN' && /^\p{Ll}/u.test(afterSecond.text) && afterSecond.sentence === token.sentence)) {
        to = k;
        headEnd = k;
      }
    }
    const plural = isPlural(word);
    const definite = determiner !== undefined && pointing.has(determiner);
    // A bare singular is a modifier or a mass use ("group photo", "area"): a description needs a determiner,
    // unless it is a person's role set off beside the name ("Gen. Joseph Votel, commander of U.S. Central Command").
    // A bare role word before another comma is a title in a list ("Gen. Volesky, commander, Combined Joint Forces …").
    const appositive = kind === 'person' && to > headEnd && besideName(analyzed, mentions, (tokens[from] as Token).start, (tokens[to] as Token).end);
    if (!determiner && from === h && !plural && !massBodies.has(word) && !appositive) continue;
    // Vague place words say little alone: "the area" points, "area" does not.
    if (kind === 'location' && vaguePlaces.has(word) && from === h) continue;
    const first = tokens[from] as Token;
    const last = tokens[to] as Token;
    // One person needs a determiner, unless the phrase stands beside the person's name: "Votel, commander of U.S. Central Command".
    // "one hostage": the number one counts a single person as a determiner does.
    const one = first.lower === 'one';
    if (kind === 'person' && !determiner && !one && !besideName(analyzed, mentions, first.start, last.end)) continue;
    // A phrase that is exactly a name is that name.
    if (mentions.some((m) => m.start === first.start && m.end === last.end)) continue;
    out.push({
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      tokenStart: from,
      tokenEnd: to + 1,
      sentence: token.sentence,
      kind,
      head: word,
      definite,
      plural,
    });
    h = headEnd;
  }
  out.push(...findTitles(analyzed, nameAt, skipBefore));
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

function isPersonName(m: Mention): boolean {
  return m.guessedKind === 'person' || m.names.some((name) => name.kind === 'person');
}

/** A phrase set off by a comma next to a person's name: "Gen. Joseph Votel, commander of …", "The Foreign Secretary, Boris Johnson". */
export function besideName(analyzed: AnalyzedText, mentions: readonly Mention[], start: number, end: number): boolean {
  const { text } = analyzed;
  const before = /,[ \t]*$/u.exec(text.slice(Math.max(0, start - 3), start));
  if (before && mentions.some((m) => isPersonName(m) && m.end === start - before[0].length)) return true;
  const after = /^[ \t]*,[ \t]*/u.exec(text.slice(end, end + 4));
  return after !== null && mentions.some((m) => isPersonName(m) && m.start === end + after[0].length);
}

function titleWord(token: Token): string {
  return token.lower.replace(/\.$/u, '');
}

/**
 * A person named by office alone, in capitals: "The Foreign Secretary", "the Iraqi Foreign Minister",
 * "Minister for the Middle East", "the UN High Commissioner for Refugees". Not a title before a name
 * ("Foreign Secretary Boris Johnson"), which is part of that name.
 */
function findTitles(analyzed: AnalyzedText, nameAt: readonly (Mention | undefined)[], skipBefore: number): Description[] {
  const { tokens, text } = analyzed;
  const out: Description[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (token.start < skipBefore || !/^\p{Lu}/u.test(token.text) || !strongTitles.has(titleWord(token)) || nameAt[i]) continue;
    // The office's words before its head: "Iraqi Foreign", "UN High", "Acting General", "Pentagon Press".
    let from = i;
    for (let k = i - 1; k >= 0 && i - k <= 5; k -= 1) {
      const left = tokens[k] as Token;
      if (left.sentence !== token.sentence || /[,;:()"“”\n]/u.test(text.slice(left.end, (tokens[k + 1] as Token).start))) break;
      const word = titleWord(left);
      if (/^[\p{Lu}\d]/u.test(left.text) && (personTitles.has(word) || portfolios.has(word) || nameAt[k] || victimsNationalities.has(word) || left.pos === 'PROPN' || left.pos === 'NOUN' || left.pos === 'ADJ' || left.pos === 'NUM')) {
        from = nameAt[k] ? (nameAt[k] as Mention).tokenStart : k;
        k = from;
        continue;
      }
      break;
    }
    // "Spc.", "Maj.": an abbreviated rank stands before a name.
    if (tokens[i + 1]?.text === '.' && tokens[i + 1]?.joined) continue;
    if (/\.$/u.test(token.text)) continue;
    let to = i;
    // Further title words: "Secretary General", "Prime Minister-designate".
    while (tokens[to + 1] && /^\p{Lu}/u.test((tokens[to + 1] as Token).text) && personTitles.has(titleWord(tokens[to + 1] as Token)) && !nameAt[to + 1]) to += 1;
    if (tokens[to + 1]?.text === '-' && tokens[to + 1]?.joined && /^\p{Ll}+$/u.test(tokens[to + 2]?.text ?? '')) to += 2;
    // A grade in a rank: "Operator 1st Class".
    if (/^\d+(?:st|nd|rd|th)$/u.test(tokens[to + 1]?.text ?? '') && tokens[to + 2]?.text === 'Class') to += 2;
    // "of State", "for the Middle East", "of Foreign Affairs of Iraq", "for Refugees".
    for (let rounds = 0; rounds < 2; rounds += 1) {
      const connector = tokens[to + 1];
      if (!connector || (connector.lower !== 'of' && connector.lower !== 'for') || connector.sentence !== token.sentence) break;
      let k = to + 2;
      if (tokens[k]?.lower === 'the') k += 1;
      let end = -1;
      while (tokens[k] && (tokens[k] as Token).sentence === token.sentence && /^\p{Lu}/u.test((tokens[k] as Token).text)) {
        const name = nameAt[k];
        end = name ? name.tokenEnd - 1 : k;
        k = end + 1;
        // Stop before a person's name: "Minister for the Middle East Tobias Ellwood".
        if (nameAt[k] && isPersonName(nameAt[k] as Mention)) break;
      }
      if (end < 0) break;
      to = end;
    }
    // An invisible direction mark copied in from the web ("Prime Minister\u200e Haider") stands between nothing.
    let nextAt = to + 1;
    while (tokens[nextAt] && /^\p{Cf}+$/u.test((tokens[nextAt] as Token).text)) nextAt += 1;
    const next = tokens[nextAt];
    // Before a name, the office is part of that name; also a name opening with a particle ("Special Envoy de Mistura").
    const nameNext = next !== undefined && (/^\p{Lu}/u.test(next.text) || (nameAt[nextAt] !== undefined && isPersonName(nameAt[nextAt] as Mention)));
    if (next && next.sentence === token.sentence && nameNext && !/[,;:()\n]/u.test(text.slice((tokens[to] as Token).end, next.start))) {
      i = to;
      continue;
    }
    let start = from;
    let definite = false;
    // "a new Prime Minister-designate", "The former leader": an article with plain adjectives.
    let articleAt = from - 1;
    while (tokens[articleAt] && /^(?:new|former|current|then|late|acting)$/u.test((tokens[articleAt] as Token).text)) articleAt -= 1;
    const article = tokens[articleAt];
    if (article && article.sentence === token.sentence && /^(?:the|a|an|his|her|its|their)$/iu.test(article.text)) {
      start = articleAt;
      definite = /^(?:the|his|her|its|their)$/iu.test(article.text);
    }
    const first = tokens[start] as Token;
    const last = tokens[to] as Token;
    out.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end), tokenStart: start, tokenEnd: to + 1, sentence: token.sentence, kind: 'person', head: titleWord(token), definite, plural: false });
    i = to;
  }
  return out;
}
