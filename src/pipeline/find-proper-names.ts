import type { EntityKind } from '../model/index.js';
import type { AnalyzedText, Token } from './analyze-text.js';
import {
  groupHeads,
  locationHeads,
  locationLeads,
  nameParticles,
  notNames,
  organizationHeads,
  personLeads,
  personTitles,
  personVerbs,
  placePrepositions,
  stateBodyModifiers,
  stateBodyNouns,
  strongTitles,
} from './classify-name.js';
import type { Mention } from './find-mentions.js';
import { victimsNationalities } from './victims-nationalities.js';

/** Facility nouns: a place followed by one of these is a facility of that place. */
export const facilityWords: ReadonlySet<string> = new Set([
  'airport', 'hospital', 'mosque', 'hotel', 'market', 'marketplace', 'embassy', 'consulate', 'school', 'university', 'base',
  'airbase', 'bridge', 'church', 'shrine', 'temple', 'stadium', 'checkpoint', 'prison', 'jail', 'bazaar', 'station', 'compound',
  'camp', 'barracks', 'port', 'dam', 'refinery', 'pipeline', 'square', 'palace', 'ministry', 'court', 'headquarters', 'mall',
  'airfield', 'barrage',
]);

// Heads that make an armed group of an unknown name only when the words say so ("Jaish al-Fatah", "Hamza Brigades").
const militantHeads = new Set(['front', 'brigade', 'brigades', 'militia', 'militias', 'jamaat', 'jamaah', 'lashkar', 'jaish', 'harakat', 'tehrik', 'ansar', 'hizb', 'mujahideen', 'mujahidin', 'rebels', 'guerrillas', 'commandos', 'liwa', 'kataib', 'jabhat', 'saraya', 'faylaq']);
// Arabic group names put the head first: "Jaish al-Ta'ifa al-Mansurah", "Liwa al-Quds".
const militantLeads = new Set(['jaish', 'lashkar', 'harakat', 'tehrik', 'ansar', 'hizb', 'liwa', 'kataib', 'jabhat', 'saraya', 'faylaq', 'jamaat', 'jamaah', 'ahrar', 'jund']);
/** Portfolios after "Secretary of", "Minister for": part of the title, not a name. */
export const portfolios: ReadonlySet<string> = new Set(['state', 'defense', 'defence', 'foreign', 'affairs', 'interior', 'homeland', 'security', 'justice', 'finance', 'health', 'education', 'energy', 'trade', 'commerce', 'agriculture', 'information', 'culture', 'oil', 'transport', 'labour', 'labor', 'war', 'the', 'staff', 'international', 'development', 'treasury', 'army', 'navy', 'air', 'force', 'central', 'asia', 'europe', 'africa', 'americas', 'middle', 'east', 'north', 'south', 'public', 'works', 'planning', 'human', 'rights', 'migration', 'displacement', 'religious', 'endowments', 'municipalities', 'housing', 'electricity', 'water', 'resources', 'industry', 'minerals', 'youth', 'sports', 'women', 'communications', 'technology', 'higher', 'environment', 'tourism', 'antiquities', 'heritage', 'national', 'reconciliation', 'legal', 'economic', 'political', 'military', 'operations', 'counterterrorism', 'terrorism']);

const connectorWords = new Set(['of', 'for']);
const divisionHeads = new Set(['province', 'provinces', 'governorate', 'district', 'region', 'county', 'municipality', 'subdistrict', 'prefecture', 'city', 'town', 'village']);
// Bodies that a text names by their noun alone, capitalised: "the Coalition", "the Army", "the Government".
const singleWordBodies = new Set(['coalition', 'army', 'navy', 'government', 'cabinet', 'parliament', 'senate', 'congress', 'marines', 'alliance', 'regime', 'police', 'council', 'commission', 'ministry', 'opposition', 'department', 'agency', 'committee']);
const shipPrefixes = new Set(['USS', 'HMS', 'FS', 'HMCS', 'HMAS', 'HMNZS', 'INS', 'RFS', 'TCG', 'ITS', 'SPS', 'USNS']);
// Verbs of going after which "to" leads to a place: "reassigned to Tabqa", "fled to Jabla".
const motionVerbs = new Set(['moved', 'fled', 'returned', 'travelled', 'traveled', 'deployed', 'redeployed', 'reassigned', 'transferred', 'sent', 'headed', 'went', 'withdrew', 'retreated', 'relocated', 'evacuated', 'driven', 'marched', 'advanced', 'flown', 'flew']);
const placeNounsBeforeOf = new Set(['city', 'town', 'village', 'cities', 'towns', 'villages', 'province', 'district', 'governorate', 'region', 'vicinity', 'outskirts', 'suburbs', 'suburb', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'centre', 'center', 'heart', 'area', 'capital', 'neighbourhood', 'neighborhood', 'streets', 'ruins', 'island', 'port']);
// Short forms in capitals that name weapons, vehicles, units of measure or times, not bodies.
const thingAcronyms = new Set(['ied', 'vbied', 'svbied', 'pbied', 'uav', 'ucav', 'rpg', 'mrap', 'apc', 'ifv', 'manpad', 'manpads', 'atgm', 'sam', 'ak', 'gmt', 'utc', 'est', 'edt', 'pst', 'cst', 'am', 'pm', 'tv', 'hq', 'ok', 'dns', 'url', 'gps', 'sms', 'pdf', 'faq', 'ceo', 'cv', 'id', 'gdp', 'km', 'kg', 'mm', 'ddg', 'cvn', 'lhd', 'lha', 'tnt', 'c4', 'dna', 'hiv', 'aids', 'covid', 'vip', 'pow', 'pows', 'idp', 'idps', 'mp', 'mps', 'isr', 'rocs', 'ad', 'bc', 'ce', 'bce', 'ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'xii', 'us', 'uk', 'eu', 'un', 'petn', 'cctv', 'awol', 'hr', 'ct', 'mw', 'kw', 'gw', 'mph', 'rpm', 'pc', 'ict', 'it', 'ai', 'lng', 'lpg', 'bbl', 'usd', 'eur', 'gbp', 'iq', 'sos']);
const eventHeads = new Set(['campaign', 'offensive', 'operation', 'battle', 'war', 'massacre', 'uprising', 'revolution', 'crisis', 'agreement', 'accord', 'conference', 'summit', 'talks', 'process', 'initiative', 'plan', 'act', 'law', 'resolution', 'declaration', 'charter', 'treaty', 'dialogue', 'forum', 'day', 'strategy', 'doctrine', 'incident', 'attack', 'attacks', 'bombing', 'bombings', 'siege', 'intifada']);
const directionWords = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'northeast', 'northwest', 'southeast', 'southwest', 'central', 'upper', 'lower']);

interface Run {
  from: number;
  /** Inclusive. */
  to: number;
}

/** A word starting with a capital letter (or a dotted initial, or an all-caps short form). */
function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

function foldedOf(folded: string[], index: number): string {
  return folded[index] ?? '';
}

function isHyphen(token: Token | undefined): boolean {
  return token !== undefined && token.joined && /^[-‐‑]$/u.test(token.text);
}

/**
 * "al-Baghdadi", "al-Masri": after a glued article, a place's name with an added -i is an Arabic
 * surname of origin, not the place (the place list only matched it by its consonants).
 */
function isNisba(tokens: readonly Token[], folded: string[], m: Mention): boolean {
  const word = foldedOf(folded, m.tokenStart);
  if (!word.endsWith('i') || m.places.length === 0) return false;
  if (!isHyphen(tokens[m.tokenStart - 1]) || !/^(?:al|el)$/u.test(tokens[m.tokenStart - 2]?.lower ?? '')) return false;
  return m.places.every((place) => !place.name.toLowerCase().endsWith('i'));
}

/**
 * Capitalised names the dictionaries do not know, typed by their own words (head nouns, titles,
 * name particles) and by context (a locative preposition, a verb of saying), in mixed-case text.
 * Known mentions inside a longer organisation or place name give way to it ("U.S. Central Command").
 */
export function findProperNames(analyzed: AnalyzedText, folded: string[], known: Mention[], skipBefore: number, personNames?: (folded: string) => boolean): Mention[] {
  const { tokens } = analyzed;
  const coveredBy: (Mention | undefined)[] = new Array(tokens.length);
  // "God", "West", "Northern": one-word places that in prose are a word or a direction.
  // "German", "Mobile" at a sentence start, "Wadi" in "Wadi Barada": a nationality, or an English word next to other capitals.
  known = known.filter((m) => {
    if (m.names.length > 0 || m.tokenEnd - m.tokenStart !== 1) return true;
    if (isNisba(tokens, folded, m)) return false;
    const word = foldedOf(folded, m.tokenStart);
    if (notNames.has(word) || directionWords.has(word) || victimsNationalities.has(word)) return false;
    if (!m.commonWord) return true;
    const next = tokens[m.tokenEnd];
    const nextCapital = next !== undefined && next.sentence === m.sentence && !next.joined && isCapitalised(next);
    return !(isSentenceStart(analyzed, m.tokenStart) || nextCapital);
  });
  for (const mention of known) {
    for (let k = mention.tokenStart; k < mention.tokenEnd; k += 1) coveredBy[k] = mention;
  }
  const out: Mention[] = [];
  const consumed = new Set<Mention>();
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (token.start < skipBefore || !canStart(analyzed, folded, i, coveredBy)) {
      i += 1;
      continue;
    }
    const run = readRun(analyzed, folded, i, coveredBy);
    for (const mention of typeRun(analyzed, folded, run, coveredBy, personNames)) {
      out.push(mention);
      for (let k = mention.tokenStart; k < mention.tokenEnd; k += 1) {
        const inner = coveredBy[k];
        if (inner) consumed.add(inner);
      }
    }
    i = run.to + 1;
  }
  const merged = [...known.filter((mention) => !consumed.has(mention)), ...out];
  merged.push(...findStateBodies(analyzed, folded, merged, skipBefore));
  merged.sort((a, b) => a.start - b.start || b.end - a.end);
  merged.push(...findNameReferences(analyzed, folded, merged, skipBefore));
  merged.sort((a, b) => a.start - b.start || b.end - a.end);
  merged.push(...findTitleReferences(analyzed, folded, merged, skipBefore));
  merged.sort((a, b) => a.start - b.start || b.end - a.end);
  merged.push(...findPlaceReferences(analyzed, folded, merged, skipBefore));
  merged.sort((a, b) => a.start - b.start || b.end - a.end);
  return merged;
}

function isPlace(m: Mention | undefined): boolean {
  return m !== undefined && m.names.length === 0 && (m.places.length > 0 || m.guessedKind === 'location');
}

/**
 * Unknown one-word names that are places by the company they keep: a name the text has already
 * used as a place ("the Syrian town of Dabiq" … "Dabiq held"), or one listed with places
 * ("Aleppo and Daraya", "Qamenas, Sarmin and Talamenes").
 */
function findPlaceReferences(analyzed: AnalyzedText, folded: string[], mentions: Mention[], skipBefore: number): Mention[] {
  const { tokens, text } = analyzed;
  const at: (Mention | undefined)[] = new Array(tokens.length);
  for (const m of mentions) for (let k = m.tokenStart; k < m.tokenEnd; k += 1) at[k] = m;
  const named = new Set(mentions.filter((m) => m.guessedKind === 'location' && m.tokenEnd - m.tokenStart === 1).map((m) => m.text));
  const out: Mention[] = [];
  const listed = (k: number, step: 1 | -1): boolean => {
    // Across ", " or "and"/"or" (", and"), the next name in the list is a place.
    let m = k + step;
    const gapOk = (a: number, b: number): boolean => /^[ \t\u00a0]*,?[ \t\u00a0]*$/u.test(text.slice((tokens[Math.min(a, b)] as Token).end, (tokens[Math.max(a, b)] as Token).start));
    if (tokens[m]?.text === ',') m += step;
    if (tokens[m] && /^(?:and|or)$/u.test((tokens[m] as Token).text)) m += step;
    if (m === k + step || !tokens[m] || (tokens[m] as Token).sentence !== (tokens[k] as Token).sentence) return false;
    const neighbour = at[m];
    if (!isPlace(neighbour)) return false;
    return gapOk(k, k + step) || /^(?:,|and|or)$/u.test((tokens[k + step] as Token).text);
  };
  for (let k = 0; k < tokens.length; k += 1) {
    const token = tokens[k] as Token;
    if (token.start < skipBefore || at[k] || !/^\p{Lu}\p{Ll}{2,}$/u.test(token.text) || token.pos !== 'PROPN') continue;
    const word = foldedOf(folded, k);
    if (notNames.has(word) || directionWords.has(word) || victimsNationalities.has(word) || personTitles.has(word)) continue;
    // A word inside a longer capitalised name is not a name alone.
    const previous = tokens[k - 1];
    const next = tokens[k + 1];
    if ((previous && previous.sentence === token.sentence && /^\p{Lu}/u.test(previous.text) && !/^(?:And|Or)$/u.test(previous.text)) || (next && next.sentence === token.sentence && /^\p{Lu}/u.test(next.text))) continue;
    if (next?.joined && /^[-’']/u.test(next.text)) continue;
    if (named.has(token.text) || listed(k, -1) || listed(k, 1)) out.push(mention(analyzed, k, k, 'location'));
  }
  return out;
}

function canStart(analyzed: AnalyzedText, folded: string[], index: number, coveredBy: (Mention | undefined)[]): boolean {
  const token = analyzed.tokens[index] as Token;
  if (coveredBy[index]) return coveredBy[index]?.tokenStart === index;
  // Military units are numbered: "3rd Battalion", "the 507th Air Refueling Wing".
  const next = analyzed.tokens[index + 1];
  if (/^\d+(?:st|nd|rd|th)$/u.test(token.text) && next && next.sentence === token.sentence && isCapitalised(next)) return true;
  // "al-Abadi": a lower-case particle glued to a capitalised name.
  if (nameParticles.has(token.lower) && isHyphen(analyzed.tokens[index + 1]) && analyzed.tokens[index + 2] && isCapitalised(analyzed.tokens[index + 2] as Token)) return true;
  if (!isCapitalised(token)) return false;
  if (foldedOf(folded, index) === '') return false;
  if (notNames.has(foldedOf(folded, index))) return false;
  // Capitalised function words ("The", "In", "He") start sentences, not names; capitals-only short forms may be names.
  if (['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'NUM', 'PUNCT', 'SYM', 'INTJ'].includes(token.pos) && (token.text !== token.text.toUpperCase() || token.text.length < 2)) return false;
  if (token.pos === 'PRON') return false;
  return true;
}

/** The longest run of capitalised words (with glued particles, and "of"/"for" after a head or title) from a start. */
function readRun(analyzed: AnalyzedText, folded: string[], from: number, coveredBy: (Mention | undefined)[]): Run {
  const { tokens } = analyzed;
  const first = tokens[from] as Token;
  let to = from;
  const knownStart = coveredBy[from];
  if (knownStart) to = knownStart.tokenEnd - 1;
  let j = to + 1;
  let bodyOf = false;
  while (j < tokens.length) {
    const token = tokens[j] as Token;
    if (token.sentence !== first.sentence) break;
    const between = analyzed.text.slice((tokens[j - 1] as Token).end, token.start);
    if (between.includes('\n')) break;
    const covered = coveredBy[j];
    if (covered && covered.tokenStart === j) {
      to = covered.tokenEnd - 1;
      j = covered.tokenEnd;
      continue;
    }
    if (covered) break;
    // A word the tokeniser split at a letter it does not know: "Çavu|şoğlu".
    if (token.joined && /^\p{L}/u.test(token.text) && /\p{L}$/u.test((tokens[j - 1] as Token).text) && j - 1 === to) {
      to = j;
      j += 1;
      continue;
    }
    // A nickname in quotes inside a name: Col. John “J.D.” Dorrian, Richard "Tex" Coe.
    if (/^[“"]$/u.test(token.text) && tokens[j + 1] && isCapitalised(tokens[j + 1] as Token)) {
      const close = [j + 2, j + 3].find((m) => tokens[m] && /^[”"]$/u.test((tokens[m] as Token).text));
      const after = close === undefined ? undefined : tokens[close + 1];
      if (close !== undefined && after && after.sentence === first.sentence && isCapitalised(after)) {
        j = close + 1;
        continue;
      }
    }
    // Ranks with ordinals: "Operator 1st Class".
    // A country's numbered unit: "U.S. 5th Fleet", "UK 3rd Division".
    const country = coveredBy[to]?.places.some((place) => place.level === 'country') === true && coveredBy[to]?.tokenEnd === to + 1;
    if (/^\d+(?:st|nd|rd|th)$/u.test(token.text) && tokens[j + 1] && isCapitalised(tokens[j + 1] as Token) && (personTitles.has(foldedOf(folded, to)) || country)) {
      j += 1;
      continue;
    }
    if (isCapitalised(token) && foldedOf(folded, j) !== '' && !notNames.has(foldedOf(folded, j)) && token.pos !== 'PRON') {
      to = j;
      j += 1;
      continue;
    }
    // Initials inside names: "Stephen J. Townsend" (wink keeps the dot), "John “J.D.” Dorrian".
    if (isHyphen(token) && tokens[j + 1]?.joined && (isCapitalised(tokens[j + 1] as Token) || nameParticles.has((tokens[j + 1] as Token).lower))) {
      j += 1;
      continue;
    }
    if (nameParticles.has(token.lower) && (isHyphen(tokens[j + 1]) || (tokens[j + 1] && isCapitalised(tokens[j + 1] as Token) && /^(?:al|el|bin|ibn|bint|de|van|von|da|di)$/u.test(token.lower)))) {
      j += 1;
      continue;
    }
    if (connectorWords.has(token.lower) && tokens[j + 1]) {
      const head = foldedOf(folded, to);
      const headOk = organizationHeads.has(head) || groupHeads.has(head) || locationHeads.has(head) || personTitles.has(head) || portfolios.has(head);
      let next = j + 1;
      if ((tokens[next] as Token).lower === 'the') next += 1;
      const nextToken = tokens[next];
      if (headOk && nextToken && nextToken.sentence === first.sentence && isCapitalised(nextToken) && !notNames.has(foldedOf(folded, next))) {
        if (organizationHeads.has(head)) bodyOf = true;
        j = next;
        continue;
      }
    }
    // "Ministry of Culture and Tourism": a body's portfolio joined by "and" to a last unknown word.
    const joined = tokens[j + 1];
    const afterJoined = tokens[j + 2];
    if (bodyOf && token.lower === 'and' && joined && joined.sentence === first.sentence && !coveredBy[j + 1] && isCapitalised(joined) && !notNames.has(foldedOf(folded, j + 1)) && !(afterJoined && afterJoined.sentence === first.sentence && isCapitalised(afterJoined))) {
      to = j + 1;
      j += 2;
      continue;
    }
    break;
  }
  return { from, to };
}

function mention(analyzed: AnalyzedText, from: number, to: number, kind: EntityKind, facility?: string): Mention {
  const first = analyzed.tokens[from] as Token;
  const last = analyzed.tokens[to] as Token;
  return {
    start: first.start,
    end: last.end,
    text: analyzed.text.slice(first.start, last.end),
    tokenStart: from,
    tokenEnd: to + 1,
    sentence: first.sentence,
    places: [],
    names: [],
    guessedKind: kind,
    ...(facility ? { facility } : {}),
    ambiguous: false,
  };
}

/** Words of a run, folded, without the glue of particles and hyphens. */
function wordsOf(folded: string[], from: number, to: number): string[] {
  const words: string[] = [];
  for (let k = from; k <= to; k += 1) if (folded[k]) words.push(folded[k] as string);
  return words;
}

function isSentenceStart(analyzed: AnalyzedText, index: number): boolean {
  const token = analyzed.tokens[index] as Token;
  const sentence = analyzed.sentences[token.sentence];
  if (!sentence) return false;
  if (sentence.firstToken === index) return true;
  // After an opening quote or a colon the next word may be capitalised for its position alone.
  const previous = analyzed.tokens[index - 1];
  return previous !== undefined && /^[“"‘(:]$/u.test(previous.text);
}

/** Type one run: whole-run organisations and places, titled persons, or the unknown gaps between known names. */
function typeRun(analyzed: AnalyzedText, folded: string[], run: Run, coveredBy: (Mention | undefined)[], personNames?: (folded: string) => boolean): Mention[] {
  const { tokens } = analyzed;
  const { from, to } = run;
  const words = wordsOf(folded, from, to);
  if (words.length === 0) return [];
  const knownInside = new Set<Mention>();
  for (let k = from; k <= to; k += 1) if (coveredBy[k]) knownInside.add(coveredBy[k] as Mention);
  const onlyKnown = knownInside.size === 1 && [...knownInside][0]?.tokenStart === from && [...knownInside][0]?.tokenEnd === to + 1;
  if (onlyKnown) return [];
  const lead = words[0] as string;
  // "Government of Iraq", "Ministry of Defence": the head stands before the first "of"/"for".
  const connectorAt = words.findIndex((word, index) => index > 0 && connectorWords.has(word));
  // "Mobile Unit Two", "Task Force One": a number word after the head only counts the bodies.
  const counted = connectorAt <= 0 && words.length >= 3 && /^(?:one|two|three|four|five|six|seven|eight|nine|ten)$/u.test(words[words.length - 1] as string);
  const head = (connectorAt > 0 ? words[connectorAt - 1] : words[words.length - (counted ? 2 : 1)]) as string;
  // A known one-word head ("Navy", "Army") under unknown modifiers is that body's own name: "Royal Navy".
  const headMention = coveredBy[to];
  // So is a body's head noun that some small town is also called: "Westminster International University", "U.S. 5th Fleet".
  const headCovered = connectorAt > 0 ? false : headMention !== undefined && !(headMention.tokenStart === to && organizationHeads.has(head) && (!coveredBy[from] || isWeakPlace(headMention)));

  // Organisations and places named by their head noun take the whole run, known names inside included.
  // "Mount Sinjar", "Camp Hurriya": a place word before a name makes one place.
  if (words.length >= 2 && locationLeads.has(lead) && !coveredBy[from]) return [mention(analyzed, from, to, 'location', facilityWords.has(lead) ? lead : undefined)];
  if (words.length >= 2 && !headCovered) {
    const militant = militantHeads.has(head) || militantLeads.has(lead);
    if (organizationHeads.has(head) || groupHeads.has(head) || militant) {
      // A nationality just before a body's name belongs to it: "the Syrian Arab Coalition", "Jordanian 71st … Battalion".
      const nationality = tokens[from - 1];
      const withNationality = nationality && nationality.sentence === (tokens[from] as Token).sentence && !coveredBy[from - 1] && isCapitalised(nationality) && victimsNationalities.has(nationality.lower) && !/\n/u.test(analyzed.text.slice(nationality.end, (tokens[from] as Token).start));
      return [mention(analyzed, withNationality ? from - 1 : from, to, militant ? 'armed_group' : 'organization')];
    }
    if (locationHeads.has(head) || (locationLeads.has(lead) && !coveredBy[from])) {
      // "Ninewa province", "Mosul district": a known place and its division word stay the known place, and
      // "Mosul Dam" stays Mosul's facility (the facility pass extends it); "Oxford Street" is a place of its own.
      const knownBeforeHead = coveredBy[to - 1];
      if (knownBeforeHead && knownBeforeHead.places.length > 0 && knownBeforeHead.tokenStart === from && (divisionHeads.has(head) || facilityWords.has(head))) return [];
      return [mention(analyzed, from, to, 'location', facilityWords.has(head) ? head : undefined)];
    }
  }
  // A titled person: "Foreign Minister Julie Bishop", "Navy Capt. Jeff Davis", "Mr Johnson".
  const titleStart = findTitle(folded, from, to, coveredBy);
  if (titleStart !== undefined) {
    const titleEnd = readTitle(analyzed, folded, titleStart, to);
    // A rank or an honorific right before one town's name makes it a surname: "Major General Hassan", "Mr Jordan".
    const town = coveredBy[to];
    if (titleEnd === to && town && town.tokenStart === to && town.tokenEnd === to + 1 && town.names.length === 0 && personalRanks.has(foldedOf(folded, to - 1)) && town.places.every((place) => place.level !== 'country' && place.level !== 'admin1')) {
      const person = mention(analyzed, to, to, 'person');
      person.title = wordsOf(folded, titleStart, to - 1).filter((word) => personTitles.has(word)).join(' ');
      return [person];
    }
    const nameFrom = lastNameSegment(folded, titleEnd, to, coveredBy);
    if (nameFrom === undefined) return [];
    const nameWords = wordsOf(folded, nameFrom, to);
    const nameHead = nameWords[nameWords.length - 1] ?? '';
    if (nameWords.length === 0 || organizationHeads.has(nameHead) || locationHeads.has(nameHead)) return [];
    const known = coveredBy[nameFrom];
    // "First Minister of Scotland": a title over a place or a body names no one here.
    if (known && known.tokenStart === nameFrom && known.tokenEnd - 1 === to && (known.names.some((name) => name.kind !== 'person' && name.kind !== 'state') || (known.places.length > 0 && !isWeakPlace(known)))) return [];
    const person = mention(analyzed, nameFrom, to, 'person');
    const title = wordsOf(folded, titleStart, titleEnd - 1).filter((word) => personTitles.has(word));
    if (title.length > 0) person.title = title.join(' ');
    return [person];
  }
  // A single capitalised organisation word used as a name: "the Coalition", "the Army".
  if (words.length === 1 && !coveredBy[from] && singleWordBodies.has(head)) {
    const before = (tokens[from - 1] as Token | undefined)?.lower;
    // "the Committee to Protect Journalists": the start of a longer name, not the body alone.
    const link = tokens[to + 1];
    const rest = tokens[to + 2];
    if (link && rest && link.sentence === rest.sentence && /^\p{Ll}+$/u.test(link.text) && link.pos !== 'VERB' && link.pos !== 'AUX' && isCapitalised(rest)) return [];
    if (before === 'the' || (!isSentenceStart(analyzed, from) && head === 'coalition')) return [mention(analyzed, from, to, 'organization')];
    return [];
  }
  // Otherwise the known names stay and each unknown stretch between them is typed alone; a small
  // place's name glued to unknown words may be part of a personal name ("Abu Ghadiya", "Julie Bishop").
  const out: Mention[] = [];
  const weak = (m: Mention | undefined): boolean => m !== undefined && isWeakPlace(m);
  let k = from;
  while (k <= to) {
    if (coveredBy[k] && !weak(coveredBy[k])) {
      k = (coveredBy[k] as Mention).tokenEnd;
      continue;
    }
    let end = k;
    while (end + 1 <= to && (!coveredBy[end + 1] || weak(coveredBy[end + 1]))) end += 1;
    let unknownWords = 0;
    for (let m = k; m <= end; m += 1) if (!coveredBy[m] && foldedOf(folded, m) !== '') unknownWords += 1;
    // One unknown word glued before a known name qualifies it ("New Delhi", "Northern Ireland"): no name of its own.
    const qualifier = unknownWords === 1 && end === k && end < to && coveredBy[end + 1] !== undefined;
    const typed = unknownWords > 0 && !qualifier ? typeGap(analyzed, folded, k, end, personNames, coveredBy) : undefined;
    if (typed && (typed.guessedKind === 'person' || !weak(coveredBy[k]))) out.push(typed);
    else if (!typed) {
      // The weak places stay; the unknown pieces between them are typed alone.
      for (let m = k; m <= end; m += 1) {
        if (coveredBy[m]) {
          m = (coveredBy[m] as Mention).tokenEnd - 1;
          continue;
        }
        let pieceEnd = m;
        while (pieceEnd + 1 <= end && !coveredBy[pieceEnd + 1]) pieceEnd += 1;
        if (pieceEnd < end || m > k) {
          const piece = typeGap(analyzed, folded, m, pieceEnd, personNames, coveredBy);
          if (piece) out.push(piece);
        }
        m = pieceEnd;
      }
    }
    k = end + 1;
  }
  return out;
}

// Ranks and honorifics that stand only before a person's own name, never before a place's or a body's.
const personalRanks: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lord', 'lady', 'dame', 'gen', 'general', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major',
  'capt', 'captain', 'cpt', 'sgt', 'sergeant', 'spc', 'pfc', 'pvt', 'cpl', 'corporal', 'adm', 'admiral', 'brig', 'brigadier', 'cmdr',
  'cdr', 'commodore', 'sheikh', 'shaykh', 'sheik', 'imam', 'mullah', 'ayatollah',
]);

/** A known mention that is only a town's name, one word: it may be a word of some other name. */
function isWeakPlace(m: Mention): boolean {
  return m.names.length === 0 && m.tokenEnd - m.tokenStart === 1 && m.places.length > 0 && m.places.every((place) => place.level !== 'country' && place.level !== 'admin1' && (place.population ?? 0) < 100000);
}

/** Where the title words at the start of a run end: "Iraqi Prime Minister", "Deputy Secretary of State", "HE Dr". */
function readTitle(analyzed: AnalyzedText, folded: string[], from: number, to: number): number {
  const { tokens } = analyzed;
  let k = from;
  // A nationality before a title belongs to it: "Iraqi President", "Russian Foreign Minister".
  if (victimsNationalities.has(foldedOf(folded, k)) && k + 1 <= to && personTitles.has(foldedOf(folded, k + 1))) k += 1;
  let sawTitle = false;
  while (k <= to) {
    const word = foldedOf(folded, k);
    const token = tokens[k] as Token;
    if (word === '') {
      // Dots and hyphens inside titles: "Lt. Gen.", "Minister-designate".
      k += 1;
      continue;
    }
    if (personTitles.has(word) || (token.text === 'HE' && k < to)) {
      sawTitle = true;
      k += 1;
      continue;
    }
    // "Secretary of State", "Minister for Foreign Affairs": the portfolio is part of the title.
    if (sawTitle && connectorWords.has(word)) {
      let m = k + 1;
      while (m <= to && portfolios.has(foldedOf(folded, m))) m += 1;
      if (m > k + 1) {
        k = m;
        continue;
      }
    }
    // Ordinals in ranks: "Operator 1st Class".
    if (/^\d+(?:st|nd|rd|th)$/u.test(token.text)) {
      k += 1;
      continue;
    }
    break;
  }
  return sawTitle ? k : from;
}

/** Where the title before a name starts: the first strong title not inside a known name, with the title words before it. */
function findTitle(folded: string[], from: number, to: number, coveredBy: (Mention | undefined)[]): number | undefined {
  for (let k = from; k < to; k += 1) {
    if (coveredBy[k] || !strongTitles.has(foldedOf(folded, k))) continue;
    let start = k;
    while (start - 1 >= from && !coveredBy[start - 1] && (personTitles.has(foldedOf(folded, start - 1)) || foldedOf(folded, start - 1) === '' || victimsNationalities.has(foldedOf(folded, start - 1)))) start -= 1;
    while (start < k && foldedOf(folded, start) === '') start += 1;
    return start;
  }
  return undefined;
}

/** The name after a title: the capitalised words after the last known name or connector inside the run. */
function lastNameSegment(folded: string[], from: number, to: number, coveredBy: (Mention | undefined)[]): number | undefined {
  let start = from;
  let afterConnector = false;
  for (let k = from; k <= to; k += 1) {
    const word = foldedOf(folded, k);
    if (connectorWords.has(word)) {
      start = k + 1;
      afterConnector = true;
    } else if (coveredBy[k] && (coveredBy[k]?.names.some((name) => name.kind !== 'person') || ((coveredBy[k]?.places.length ?? 0) > 0 && !isWeakPlace(coveredBy[k] as Mention) && !isSurnamePlace(folded, coveredBy[k] as Mention, start, to)))) {
      start = (coveredBy[k] as Mention).tokenEnd;
      afterConnector = false;
    }
  }
  // "Chief of Plans", "Advisor for MEK Resettlement": words right after "of"/"for" are the office's, not a name.
  if (afterConnector) return undefined;
  while (start <= to && foldedOf(folded, start) === '') start += 1;
  if (start > to) return undefined;
  if (foldedOf(folded, start) === 'the') start += 1;
  return start <= to ? start : undefined;
}

/** "Scott C. Dayton": a city's name closing a run after a given name or an initial is a surname. */
function isSurnamePlace(folded: string[], m: Mention, start: number, to: number): boolean {
  if (m.tokenEnd - 1 !== to || m.tokenEnd - m.tokenStart !== 1 || m.names.length > 0) return false;
  if (m.places.some((place) => place.level === 'country' || place.level === 'admin1')) return false;
  let unknown = 0;
  for (let k = start; k < m.tokenStart; k += 1) if (foldedOf(folded, k) !== '') unknown += 1;
  return unknown >= 1 && unknown <= 3;
}

/** An unknown stretch of capitalised words, typed by its words and its surroundings, or left alone. */
function typeGap(analyzed: AnalyzedText, folded: string[], from: number, to: number, personNames?: (folded: string) => boolean, coveredBy: readonly (Mention | undefined)[] = []): Mention | undefined {
  const { tokens, text } = analyzed;
  const words = wordsOf(folded, from, to);
  if (words.length === 0) return undefined;
  const first = tokens[from] as Token;
  const last = tokens[to] as Token;
  const lead = words[0] as string;
  const head = words[words.length - 1] as string;
  const sentenceStart = isSentenceStart(analyzed, from);
  if (words.every((word) => victimsNationalities.has(word))) return undefined;
  // "the Kurdish YPG": a nationality before a body's unknown short form only qualifies it; the short form is the name.
  if (words.length >= 2 && victimsNationalities.has(lead) && foldedOf(folded, from) !== '') {
    const body = typeGap(analyzed, folded, from + 1, to, personNames, coveredBy);
    if (body?.guessedKind === 'organization') return body;
  }
  // "Foreign Secretary", "Prime Minister": an office named alone is no one's name (a description finds it).
  if (words.some((word) => strongTitles.has(word)) && words.every((word) => personTitles.has(word) || portfolios.has(word) || victimsNationalities.has(word))) return undefined;
  // Events are named like people: "the Al-Anfal Campaign", "Operation Sulat al-Fursan".
  const previousWord = tokens[from - 1]?.lower ?? '';
  if (eventHeads.has(head) || previousWord === 'operation' || previousWord === 'exercise') return undefined;
  // "the Oberoi Trident hotel", "the Al Bu Nimr tribe", "Greenwich Mean Time": part of a longer name or a facility's.
  const following = tokens[to + 1];
  if (following && following.sentence === first.sentence && (facilityWords.has(following.lower) || /^(?:tribe|clan|family|ship|vessel)$/u.test(following.lower) || (isCapitalised(following) && !following.joined && notNames.has(foldedOf(folded, to + 1))))) return undefined;
  // Ships are named like people: "USS Hopper", "HMS Ocean", "FS Charles de Gaulle".
  if (shipPrefixes.has(first.text)) return undefined;
  // An unknown short form in capitals is an organisation's ("NAVCENT", "SRTF", "UNGA"), unless it names a thing.
  const label = /^\s*:/u.test(text.slice(last.end, last.end + 3));
  // "DoD", "MoD": a lower-case "o" (of) between capitals is still a short form.
  if (words.length === 1 && !label && /^\p{Lu}(?:[\p{Lu}&-]|o(?=\p{Lu})){1,7}s?$/u.test(first.text) && /\p{Lu}.*\p{Lu}/u.test(first.text) && !thingAcronyms.has(lead) && !thingAcronyms.has(lead.replace(/s$/u, '')) && !(analyzed.text.slice(first.start, last.end) === analyzed.sentences[first.sentence]?.text)) {
    // "CTF 50", "TF 151": a numbered task force keeps its number.
    const number = tokens[to + 1];
    const afterNumber = tokens[to + 2];
    if (number && number.sentence === first.sentence && !number.joined && /^\d{1,3}$/u.test(number.text) && /F$/u.test(first.text) && !(afterNumber && afterNumber.sentence === first.sentence && afterNumber.pos === 'NOUN')) return mention(analyzed, from, to + 1, 'organization');
    return mention(analyzed, from, to, 'organization');
  }
  // Single stretches that are ordinary words at a sentence start are not names.
  // Unless a known name is the subject of a clause: "Assad has been…", "Karzai said…".
  const subjectName = words.length === 1 && (personNames?.(lead) ?? false) && first.pos === 'PROPN' && !notNames.has(lead) && !victimsNationalities.has(lead) && !personTitles.has(lead);
  const subjectVerb = /^(?:[ \t]+(?:has|had|is|was|will|would|has been|had been)\b|[’']s[ \t]+\p{Ll})/u.test(text.slice(last.end, last.end + 20)) || personVerbs.test(text.slice(last.end, last.end + 40));
  if (sentenceStart && words.length === 1 && !(subjectName && subjectVerb)) return undefined;
  if (sentenceStart && words.length === 1) return mention(analyzed, from, to, 'person');
  if (militantLeads.has(lead) && words.length >= 2) return mention(analyzed, from, to, 'armed_group');
  // "…Homeland Security and Counterterrorism John O. Brennan": the end of an office before a name.
  if (words.length >= 3 && (portfolios.has(lead) || personTitles.has(lead)) && foldedOf(folded, from) !== '') return typeGap(analyzed, folded, from + 1, to, personNames, coveredBy);
  const previous = tokens[from - 1];
  const before = previous && previous.sentence === first.sentence ? previous.lower : '';
  const after = text.slice(last.end, Math.min(text.length, last.end + 40));
  const particles = words.filter((word) => nameParticles.has(word)).length;
  const nameWords = words.length - particles;
  // "the city of Babylon", "the vicinity of Ayn Issa": a name after a place noun and "of" is a place.
  const beforeOf = tokens[from - 2];
  if (before === 'of' && beforeOf && beforeOf.sentence === first.sentence && placeNounsBeforeOf.has(beforeOf.lower)) return mention(analyzed, from, to, 'location');
  // "out of Kobane", "fled to Jabla": "of" and "to" are locative after a word of leaving or going.
  const beforeThat = tokens[from - 2]?.sentence === first.sentence ? tokens[from - 2]?.lower ?? '' : '';
  const locative = placePrepositions.has(before) && ((before !== 'of' && before !== 'to') || (before === 'of' && beforeThat === 'out') || (before === 'to' && motionVerbs.has(beforeThat)));
  // "Palmyra, Syria": a name set before a country or province it lies in is a place (not "Assad, Syria's president").
  const region = tokens[to + 1]?.text === ',' ? coveredBy[to + 2] : undefined;
  const inRegion = region !== undefined && region.tokenStart === to + 2 && region.places.some((place) => place.level === 'country' || place.level === 'admin1') && !/^[’']/u.test(tokens[region.tokenEnd]?.text ?? '');
  // "near Al Huwayjah", "in Amarah": a name after a locative preposition is a place.
  if ((locative || inRegion) && !personLeads.has(lead)) {
    if (words.length === 1 && sentenceStart) return undefined;
    return mention(analyzed, from, to, 'location');
  }
  if (personLeads.has(lead) && nameWords >= 2) return mention(analyzed, from, to, 'person');
  // "al-Zarqawi said", "its leader, al-Zawahiri, told…": a surname with its article alone, acting as a person does.
  if (nameWords === 1 && particles > 0 && !nameParticles.has(head) && personVerbs.test(after.replace(/^[ \t]*,(?![ \t]*who\b)/u, ''))) return mention(analyzed, from, to, 'person');
  // One unknown word inside a sentence that the name list knows: "Assad has been…", "said Russell";
  // not a word used as a modifier ("the Lockerbie bombing", "Antonov planes") nor a rank alone.
  const nextToken = tokens[to + 1];
  const modifies = nextToken !== undefined && nextToken.sentence === first.sentence && /^\p{Ll}/u.test(nextToken.text) && nextToken.pos === 'NOUN' && !stateBodyNouns.has(nextToken.lower);
  if (words.length === 1 && !sentenceStart && !modifies && !personTitles.has(lead) && (personNames?.(lead) ?? false) && first.pos === 'PROPN' && !victimsNationalities.has(lead)) return mention(analyzed, from, to, 'person');
  if (nameWords >= 2 && nameWords <= 5) {
    const given = personNames?.(lead) ?? false;
    // "Saddam Hussein's reign": a known surname closing two unknown words inside a sentence, the first not an English word.
    const surname = nameWords === 2 && !sentenceStart && !notNames.has(lead) && !victimsNationalities.has(lead) && (personNames?.(head) ?? false) && first.pos === 'PROPN';
    if (given || surname || particles > 0 || personVerbs.test(after)) return mention(analyzed, from, to, 'person');
  }
  return undefined;
}

/**
 * "the Iraqi government", "Iraqi security forces", "Syrian regime forces": a nationality with a
 * state body noun names that state's organisation; typed organisation, never an armed group.
 */
function findStateBodies(analyzed: AnalyzedText, folded: string[], mentions: Mention[], skipBefore: number): Mention[] {
  const { tokens } = analyzed;
  const covered = new Set<number>();
  for (const m of mentions) for (let k = m.tokenStart; k < m.tokenEnd; k += 1) covered.add(k);
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (token.start < skipBefore || covered.has(i) || !isCapitalised(token)) continue;
    if (!victimsNationalities.has(foldedOf(folded, i))) continue;
    let k = i + 1;
    let end: number | undefined;
    for (let steps = 0; k < tokens.length && steps < 3; steps += 1, k += 1) {
      const next = tokens[k] as Token;
      if (next.sentence !== token.sentence || covered.has(k)) break;
      const word = next.lower;
      if (stateBodyNouns.has(word)) end = k;
      else if (!stateBodyModifiers.has(word) && !(isHyphen(next) && steps === 0)) break;
    }
    if (end === undefined) continue;
    out.push(mention(analyzed, i, end, 'organization'));
    for (let m = i; m <= end; m += 1) covered.add(m);
    i = end;
  }
  return out;
}

/** Later uses of a person's surname or given name alone ("Carter", "Abadi", "Mr Johnson"): the same person. */
function findNameReferences(analyzed: AnalyzedText, folded: string[], mentions: Mention[], skipBefore: number): Mention[] {
  const { tokens } = analyzed;
  const parts = new Set<string>();
  for (const m of mentions) {
    if (m.guessedKind !== 'person') continue;
    // "Ash Carter", "Abu Ghadiya": a capitalised word that looks like a particle is a name here.
    const all = wordsOf(folded, m.tokenStart, m.tokenEnd - 1);
    const words = all.filter((word) => !nameParticles.has(word) && !personLeads.has(word) && word.length > 2);
    if (all.filter((word) => word.length > 1).length < 2 || words.length === 0) continue;
    for (const word of words) if (!notNames.has(word)) parts.add(word);
  }
  if (parts.size === 0) return [];
  const covered = new Set<number>();
  // A town's name that is also the surname of a person named in full here is that person ("Davis said").
  // A city's name too, once the person has been named in full before it ("Scott C. Dayton" … "Dayton was wounded").
  const firstFull = new Map<string, number>();
  for (const m of mentions) {
    if (m.guessedKind !== 'person') continue;
    for (const word of wordsOf(folded, m.tokenStart, m.tokenEnd - 1)) if (!firstFull.has(word) && m.tokenEnd - m.tokenStart > 1) firstFull.set(word, m.start);
  }
  const cityAfterPerson = (m: Mention): boolean => {
    const word = foldedOf(folded, m.tokenStart);
    const named = firstFull.get(word);
    return named !== undefined && named < m.start && m.names.length === 0 && m.tokenEnd - m.tokenStart === 1 && m.places.length > 0 && m.places.every((place) => place.level === 'city');
  };
  for (const m of mentions) {
    if ((isWeakPlace(m) || cityAfterPerson(m)) && parts.has(foldedOf(folded, m.tokenStart))) {
      m.places = [];
      m.guessedKind = 'person';
    }
  }
  for (const m of mentions) for (let k = m.tokenStart; k < m.tokenEnd; k += 1) covered.add(k);
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (token.start < skipBefore || covered.has(i) || !isCapitalised(token)) continue;
    let from = i;
    // "al-Abadi" refers to Haider al-Abadi as "Abadi" does.
    const word = foldedOf(folded, i);
    if (!parts.has(word)) continue;
    if (i >= 2 && isHyphen(tokens[i - 1]) && nameParticles.has((tokens[i - 2] as Token).lower) && !covered.has(i - 2)) from = i - 2;
    // "Abu Suruj" is some other name than "Abu Ghadiya"; a word after a name's lead belongs to that name.
    const previous = tokens[i - 1];
    if (previous && !previous.joined && /^(?:Abu|Umm|Abd|Abdul|Abdel)$/u.test(previous.text)) continue;
    // A surname followed by more capitalised words is part of some other name ("Carter Center").
    const next = tokens[i + 1];
    if (next && next.sentence === token.sentence && !next.joined && isCapitalised(next) && !notNames.has(foldedOf(folded, i + 1))) continue;
    // "Jong-un": a word glued to more letters by a hyphen is part of that longer name.
    if (isHyphen(next) && tokens[i + 2]?.joined && /^\p{L}/u.test(tokens[i + 2]?.text ?? '')) continue;
    out.push(mention(analyzed, from, i, 'person'));
  }
  return out;
}

/** "the Foreign Secretary", "the prime minister", "The secretary": the last person named with that title before. */
function findTitleReferences(analyzed: AnalyzedText, folded: string[], mentions: Mention[], skipBefore: number): Mention[] {
  const { tokens } = analyzed;
  const titled = mentions.filter((m) => m.guessedKind === 'person' && m.title && !m.antecedent);
  if (titled.length === 0) return [];
  const covered = new Set<number>();
  for (const m of mentions) for (let k = m.tokenStart; k < m.tokenEnd; k += 1) covered.add(k);
  const out: Mention[] = [];
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const the = tokens[i] as Token;
    if (the.lower !== 'the' || the.start < skipBefore) continue;
    let best: { person: Mention; end: number } | undefined;
    for (const person of titled) {
      if (person.start >= the.start) break;
      const words = (person.title as string).split(' ');
      // The whole title, or its last word alone: "the Foreign Secretary", "the secretary".
      for (const phrase of [words, words.slice(-1)]) {
        if (!strongTitles.has(phrase[phrase.length - 1] as string)) continue;
        let k = i + 1;
        let ok = true;
        for (const word of phrase) {
          while (k < tokens.length && foldedOf(folded, k) === '' && (tokens[k] as Token).joined) k += 1;
          if (foldedOf(folded, k) !== word || covered.has(k) || (tokens[k] as Token).sentence !== the.sentence) {
            ok = false;
            break;
          }
          k += 1;
        }
        if (!ok) continue;
        // "the Foreign Secretary Boris Johnson" names someone; "the minister of…" is some other office.
        const next = tokens[k];
        if (next && next.sentence === the.sentence && ((isCapitalised(next) && !next.joined) || next.lower === 'of' || next.lower === 'for' || isHyphen(next))) continue;
        if (!best || person.start > best.person.start || k > best.end) best = { person, end: k };
      }
    }
    if (!best) continue;
    const reference = mention(analyzed, i + 1, best.end - 1, 'person');
    reference.antecedent = best.person;
    out.push(reference);
    for (let k = i + 1; k < best.end; k += 1) covered.add(k);
  }
  return out;
}

