import type { LocationLevel } from '../model/index.js';
import type { Knowledge, KnownName, PhraseEntry, Place } from './knowledge.js';
import type { KnowledgeData, PlaceRow } from './knowledge-data.js';
import { levelCodes } from './knowledge-data.js';
import { foldName } from './fold-name.js';
import { transliterationSkeleton } from './transliteration-skeleton.js';
import { divisionWords } from './place-name-variants.js';

/** Knowledge plus look-ups by id that the resolver and exports use. */
export interface KnowledgeBase extends Knowledge {
  /** A place by GeoNames id. */
  place(geonamesId: number): Place | undefined;
  /** Every known name (groups, organizations, states, militaries, publications). */
  knownNames(): readonly KnownName[];
}

/** Options for building a knowledge base. */
export interface CreateKnowledgeOptions {
  /** Folded words that are also place names: phrases equal to one are marked ambiguous. */
  commonWords?: Iterable<string>;
  /** Countries whose place names are also matched by transliteration skeleton (vowels ignored). */
  transliterationCountries?: Iterable<string>;
  /** Folded given names and surnames: words that point to a person in an unknown capitalised name. */
  personNames?: Iterable<string>;
}

/** Countries where names come through Arabic, Persian, Pashto or Urdu and spellings vary most. */
export const defaultTransliterationCountries = ['AF', 'PK', 'IQ', 'SY', 'IR', 'YE', 'SO', 'LY', 'LB', 'PS', 'JO', 'SA', 'EG', 'TJ', 'UZ', 'TM'];

const levelByCode = new Map<string, LocationLevel>(Object.entries(levelCodes).map(([level, code]) => [code, level as LocationLevel]));

// Importance within one phrase: country > admin1 > region > big city > admin2 > small city.
function placeRank(p: Place): number {
  switch (p.level) {
    case 'country':
      return 0;
    case 'admin1':
      return 1;
    case 'region':
      return 2;
    case 'city':
      return (p.population ?? 0) >= 100000 ? 3 : 5;
    case 'admin2':
      return 4;
    default:
      return 6;
  }
}

function comparePlaces(a: Place, b: Place): number {
  return placeRank(a) - placeRank(b) || (b.population ?? 0) - (a.population ?? 0);
}

// Within one phrase: the entity whose own name it is, then those for which it is a clear alias.
function nameRank(n: KnownName, key: string): number {
  if (foldName(n.name) === key) return 0;
  return n.ambiguous?.includes(key) ? 2 : 1;
}

interface SkeletonCandidate {
  spelling: string;
  tokens: number;
  place: Place;
}

/** The words of a folded name without ezafe connectors ("sar e pol" → sar, pol). */
function contentTokens(folded: string): string[] {
  return folded.split(' ').filter((t, i, all) => !(i > 0 && i < all.length - 1 && (t === 'e' || t === 'i' || t === 'ye')));
}

/** A folded name without spaces and ezafe connectors, for comparing transliterations letter by letter. */
function compactSpelling(folded: string): string {
  return contentTokens(folded).join('');
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed limit. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length] ?? limit + 1;
}

interface MutableEntry extends PhraseEntry {
  places: Place[];
  names: KnownName[];
}

/** Build an in-memory knowledge base from its data (pure: tests pass tiny inline data). */
export function createKnowledge(data: KnowledgeData, options: CreateKnowledgeOptions = {}): KnowledgeBase {
  const commonWords = new Set(options.commonWords ?? []);
  const wordKeys = new Set(data.commonWordKeys ?? []);
  for (const w of commonWords) wordKeys.add(w);
  const skeletonCountries = new Set(options.transliterationCountries ?? defaultTransliterationCountries);
  // Every phrase key and every word-prefix of one: the entry for a phrase, null for a prefix only.
  // One map answers both lookup() and hasPrefix() (an entry's key is always a prefix too).
  const keys = new Map<string, MutableEntry | null>();
  const skeletons = new Map<string, SkeletonCandidate[]>();
  const skeletonPrefixes = new Set<string>();
  const countries = new Map<string, Place>();
  const admin1s = new Map<string, Place>();
  const byGeonamesId = new Map<number, Place>();
  const namesById = new Map<string, KnownName>();
  let maxPhraseTokens = 1;

  const entryFor = (key: string): MutableEntry => {
    let e = keys.get(key);
    if (!e) {
      e = { places: [], names: [], ambiguous: false };
      keys.set(key, e);
      let tokens = 1;
      for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) {
        const prefix = key.slice(0, at);
        if (!keys.has(prefix)) keys.set(prefix, null);
        tokens++;
      }
      if (tokens > maxPhraseTokens) maxPhraseTokens = tokens;
    }
    return e;
  };

  // Admin1 rows first so cities and districts can carry their province's name.
  const rows = [...data.places].sort((a, b) => Number(b[2] === levelCodes.admin1) - Number(a[2] === levelCodes.admin1));
  for (const row of rows) {
    const place = toPlace(row, admin1s);
    if (place.level === 'country') countries.set(place.country, place);
    if (place.level === 'admin1' && place.admin1) admin1s.set(place.admin1, place);
    if (place.geonamesId) byGeonamesId.set(place.geonamesId, place);
    // Approximate matching only for divisions and towns of some size: villages add noise, not recall.
    const transliterate =
      skeletonCountries.has(place.country) && (place.level === 'admin1' || place.level === 'admin2' || (place.level === 'city' && (place.population ?? 0) >= 20000));
    for (const key of row[9]) {
      entryFor(key).places.push(place);
      if (transliterate && key.length >= 5) addSkeleton(key, place);
    }
  }

  function addSkeleton(key: string, place: Place): void {
    const sk = transliterationSkeleton(key);
    if (sk.length < 4) return;
    const list = skeletons.get(sk) ?? [];
    list.push({ spelling: compactSpelling(key), tokens: contentTokens(key).length, place });
    skeletons.set(sk, list);
    const tokens = key.split(' ');
    for (let i = 1; i < tokens.length; i++) skeletonPrefixes.add(transliterationSkeleton(tokens.slice(0, i).join(' ')));
  }

  for (const name of data.names) {
    namesById.set(name.id, name);
    const keys = new Set(name.aliases.map((a) => foldName(a.name)));
    keys.add(foldName(name.name));
    for (const key of keys) {
      if (!key) continue;
      const e = entryFor(key);
      if (!e.names.includes(name)) e.names.push(name);
    }
  }

  for (const [key, e] of keys) {
    if (!e) continue;
    if (e.places.length > 1) e.places.sort(comparePlaces);
    if (e.names.length > 1) e.names.sort((a, b) => nameRank(a, key) - nameRank(b, key));
    e.ambiguous = commonWords.has(key) || e.names.length > 1 || e.names.some((n) => n.ambiguous?.includes(key) ?? false);
    if (wordKeys.has(key)) e.commonWord = true;
  }

  // Same consonants, and at most a couple of letters changed: "Jawzjaan" → Jowzjan, not "armed" → Armad.
  function approximateLookup(foldedPhrase: string): PhraseEntry | undefined {
    if (foldedPhrase.length < 5 || wordKeys.has(foldedPhrase)) return undefined;
    const tokens = contentTokens(foldedPhrase);
    if (tokens.some((t) => t.length < 3 || wordKeys.has(t) || divisionWords.has(t))) return undefined;
    const candidates = skeletons.get(transliterationSkeleton(foldedPhrase));
    if (!candidates) return undefined;
    const spelling = compactSpelling(foldedPhrase);
    const limit = spelling.length >= 6 ? 2 : 1;
    const places: Place[] = [];
    for (const c of candidates) {
      if (c.tokens === tokens.length && c.spelling[0] === spelling[0] && !places.includes(c.place) && editDistance(c.spelling, spelling, limit) <= limit) places.push(c.place);
    }
    if (places.length === 0) return undefined;
    places.sort(comparePlaces);
    return { places, names: [], ambiguous: false, approximate: true };
  }

  // The pipeline asks about the same windows in every report; the approximate answers are pure, so they are kept.
  const approximateCache = new Map<string, PhraseEntry | null>();
  const skeletonPrefixCache = new Map<string, boolean>();
  let lastPhrase: string | undefined;
  let lastKnown = false;

  const personNames = options.personNames ? new Set(options.personNames) : undefined;
  return {
    maxPhraseTokens,
    lookup(foldedPhrase: string): PhraseEntry | undefined {
      const exact = keys.get(foldedPhrase);
      // The pipeline asks hasPrefix() about the phrase it just looked up: keep the answer.
      lastPhrase = foldedPhrase;
      lastKnown = exact !== undefined;
      if (exact) return exact;
      // Phrases too short for approximate matching need no cache entry (approximateLookup's first test).
      if (foldedPhrase.length < 5) return undefined;
      // Computed once per phrase: this runs for every window of every report.
      const known = approximateCache.get(foldedPhrase);
      if (known !== undefined) return known ?? undefined;
      if (approximateCache.size >= rememberLimit) approximateCache.clear();
      const value = approximateLookup(foldedPhrase) ?? null;
      approximateCache.set(foldedPhrase, value);
      return value ?? undefined;
    },
    hasPrefix(foldedPhrase: string): boolean {
      if (foldedPhrase === lastPhrase ? lastKnown : keys.has(foldedPhrase)) return true;
      const known = skeletonPrefixCache.get(foldedPhrase);
      if (known !== undefined) return known;
      if (skeletonPrefixCache.size >= rememberLimit) skeletonPrefixCache.clear();
      const value = skeletonPrefixes.has(transliterationSkeleton(foldedPhrase));
      skeletonPrefixCache.set(foldedPhrase, value);
      return value;
    },
    country: (code) => countries.get(code.toUpperCase()),
    name: (id) => namesById.get(id),
    admin1: (code) => admin1s.get(code),
    place: (geonamesId) => byGeonamesId.get(geonamesId),
    knownNames: () => data.names,
    ...(personNames ? { personName: (foldedWord: string) => personNames.has(foldedWord) } : {}),
  };
}

function toPlace(row: PlaceRow, admin1s: ReadonlyMap<string, Place>): Place {
  const [geonamesId, name, levelCode, country, admin1, admin2, lat, lon, population] = row;
  const place: Place = { name, level: levelByCode.get(levelCode) ?? 'city', country };
  if (geonamesId) place.geonamesId = geonamesId;
  if (admin1) {
    place.admin1 = admin1;
    const a1 = place.level === 'admin1' ? name : admin1s.get(admin1)?.name;
    if (a1) place.admin1Name = a1;
  }
  if (admin2) place.admin2 = admin2;
  if (lat !== null && lon !== null) {
    place.lat = lat;
    place.lon = lon;
  }
  if (population) place.population = population;
  return place;
}

// Answers kept per cache; a full cache starts afresh, so memory stays bounded.
const rememberLimit = 200_000;
