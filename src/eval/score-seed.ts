import { violentIncidentTypes } from '../model/index.js';
import type { Claim, ClaimObject, Evidence, ExtractResult, ExtractedEntity, Incident } from '../model/index.js';
import type { SeedGold, SeedGoldEntity, SeedGoldFact } from './load-seed-gold.js';

/** The three tiers of a gold file. */
export type SeedTier = 'must' | 'should' | 'must_not';

/** The verdict on one gold item. */
export interface SeedFactResult {
  id: string;
  tier: SeedTier;
  pass: boolean;
  /** Why it failed (absent when it passed). */
  reason?: string;
}

/** Every gold item's verdict and the per-tier tallies. */
export interface SeedScore {
  document: string;
  facts: SeedFactResult[];
  totals: Record<SeedTier, { passed: number; total: number }>;
  /** True when every must and must_not item passed. */
  acceptable: boolean;
  /** True when every item of every tier passed. */
  perfect: boolean;
}

type Check = { ok: true } | { ok: false; reason: string };
const ok: Check = { ok: true };
const fail = (reason: string): Check => ({ ok: false, reason });

/** Fold a name for comparison: case, quotes, punctuation and a leading article do not count. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(the|a|an) /, '');
}

/** Gold text objects name a concept in canonical words; these are the report's other words for them. */
const textSynonyms: ReadonlyArray<readonly string[]> = [
  ['shia muslims', 'shiites', 'shia', 'shias', 'shiite muslims'],
  ['organization', 'organisation', 'outfit', 'group'],
];

function textMatches(gold: string, found: string): boolean {
  const g = fold(gold);
  const f = fold(found);
  if (!g || !f) return false;
  if (g === f || f.includes(g) || g.includes(f)) return true;
  // Replace synonyms by the first of their set on both sides, then compare again.
  const canon = (s: string): string => {
    let out = ` ${s} `;
    for (const set of textSynonyms) for (const alt of set.slice(1)) out = out.split(` ${alt} `).join(` ${set[0]} `);
    return out.trim();
  };
  const gc = canon(g);
  const fc = canon(f);
  return gc === fc || fc.includes(gc) || gc.includes(fc);
}

/** Is `date` (any precision prefix) later than `limit`? Compared on the shared prefix, so 2021-08 is not after 2021-08-27. */
function dateAfter(date: string, limit: string): boolean {
  const n = Math.min(date.length, limit.length);
  return date.slice(0, n) > limit.slice(0, n);
}

interface Region {
  start: number;
  end: number;
}

/** Sentence spans of a text: ends at . ! ? (with closing quotes) before whitespace, and at line breaks. */
function sentenceSpans(text: string): Region[] {
  const spans: Region[] = [];
  const boundary = /[.!?]["'’”)]*(?=\s)|\n+/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m[0].startsWith('\n') ? m.index : m.index + m[0].length;
    if (end > start) spans.push({ start, end });
    start = m.index + m[0].length;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/** Text with whitespace folded and typographic quotes straightened, with a map back to original offsets. */
function searchable(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let ch = text[i]!;
    if (/\s/.test(ch)) {
      if (folded.endsWith(' ')) continue;
      ch = ' ';
    }
    ch = ch.replace(/[‘’]/, "'").replace(/[“”]/, '"').toLowerCase();
    folded += ch;
    offsets.push(i);
  }
  return { folded, offsets };
}

/**
 * The document regions a gold quote designates: each quoted part ("…" separates parts of one
 * passage, " / " alternatives) widened to the sentences it lies in; a multi-part passage also
 * yields the span from its first to its last part.
 */
function quoteRegions(text: string, quote: string): Region[] | undefined {
  const sentences = sentenceSpans(text);
  const { folded, offsets } = searchable(text);
  const sentenceAt = (offset: number): Region | undefined => sentences.find((s) => offset >= s.start && offset < s.end);
  const regions: Region[] = [];
  for (const alternative of quote.split(' / ')) {
    const parts = alternative.split(/\s*(?:\.\.\.|…)\s*/).map((p) => searchable(p.trim()).folded).filter(Boolean);
    const partRegions: Region[] = [];
    for (const part of parts) {
      let found = false;
      for (let at = folded.indexOf(part); at >= 0; at = folded.indexOf(part, at + 1)) {
        const start = offsets[at]!;
        const end = offsets[at + part.length - 1]! + 1;
        const first = sentenceAt(start) ?? { start, end };
        const last = sentenceAt(end - 1) ?? { start, end };
        partRegions.push({ start: Math.min(first.start, start), end: Math.max(last.end, end) });
        found = true;
      }
      if (!found) return undefined;
    }
    regions.push(...partRegions);
    if (partRegions.length > 1) {
      regions.push({ start: Math.min(...partRegions.map((r) => r.start)), end: Math.max(...partRegions.map((r) => r.end)) });
    }
  }
  return regions;
}

/** Everything the checks need, computed once per score. */
class SeedContext {
  readonly entityById = new Map<string, ExtractedEntity>();
  readonly goldByKey = new Map<string, SeedGoldEntity>();
  private readonly keyByName = new Map<string, Set<string>>();

  constructor(
    readonly gold: SeedGold,
    readonly result: ExtractResult,
  ) {
    for (const e of gold.entities) {
      this.goldByKey.set(e.key, e);
      for (const name of e.names) {
        const f = fold(name);
        if (!this.keyByName.has(f)) this.keyByName.set(f, new Set());
        this.keyByName.get(f)!.add(e.key);
      }
    }
    for (const e of result.entities) this.entityById.set(e.id, e);
  }

  /** The gold keys an extracted entity is named by (any of its names against any gold alias). */
  keysOfEntity(entity: ExtractedEntity | undefined): Set<string> {
    const keys = new Set<string>();
    if (!entity) return keys;
    for (const name of [entity.name, ...entity.aliases]) for (const k of this.keyByName.get(fold(name)) ?? []) keys.add(k);
    return keys;
  }

  keysOfId(id: string | undefined): Set<string> {
    return this.keysOfEntity(id === undefined ? undefined : this.entityById.get(id));
  }

  /** Gold keys named by a free string (e.g. an incident's location name or a nationality). */
  keysOfName(name: string | undefined): Set<string> {
    return new Set(name === undefined ? [] : (this.keyByName.get(fold(name)) ?? []));
  }

  /** Does one of the spans lie inside the region the gold quote designates? */
  evidenceInside(evidence: readonly Evidence[], quote: string | undefined): Check {
    if (!evidence.length) return fail('it has no evidence');
    if (!quote) return ok;
    const text = this.gold.documentText;
    if (text === undefined) {
      // No report text: judge by the evidence's own text against the quote's parts.
      const parts = quote.split(/\s*(?:\.\.\.|…| \/ )\s*/).map(fold).filter(Boolean);
      return evidence.some((ev) => parts.some((p) => fold(ev.text).includes(p) || p.includes(fold(ev.text))))
        ? ok
        : fail(`its evidence is not the quoted sentence "${quote}"`);
    }
    const regions = quoteRegions(text, quote);
    if (!regions) return fail(`the gold quote "${quote}" is not in the report`);
    const valid = evidence.filter((ev) => text.slice(ev.start, ev.end) === ev.text);
    if (!valid.length) return fail('its evidence text differs from the report at the stated offsets');
    const inside = valid.some((ev) => regions.some((r) => ev.start >= r.start && ev.end <= r.end && ev.end > ev.start));
    return inside ? ok : fail(`its evidence [${valid.map((e) => `${e.start}-${e.end}`).join(', ')}] lies outside the sentence "${quote}"`);
  }
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function describe(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Does a claim's object match one element of a gold object? */
function objectMatches(ctx: SeedContext, fact: SeedGoldFact, element: unknown, object: ClaimObject, incidentIds: Set<string>): boolean {
  if (typeof element === 'string') {
    if (element.startsWith('incident:')) return 'incident' in object && incidentIds.has(object.incident);
    // In alias facts the strings are names ("ISK" is also a gold key); elsewhere a gold key names an entity.
    if (fact.predicate !== 'alias' && ctx.goldByKey.has(element)) return 'entity' in object && ctx.keysOfId(object.entity).has(element);
    // A name (alias facts) or a text value: a text object, or an entity so named.
    if ('text' in object && typeof object.text === 'string') return fact.predicate === 'alias' ? fold(object.text) === fold(element) : textMatches(element, object.text);
    if ('entity' in object) {
      const entity = ctx.entityById.get(object.entity);
      if (!entity) return false;
      const names = [entity.name, ...(fact.predicate === 'alias' ? [] : entity.aliases)];
      return names.some((n) => (fact.predicate === 'alias' ? fold(n) === fold(element) : textMatches(element, n)));
    }
    return false;
  }
  if (!element || typeof element !== 'object') return false;
  const want = element as Record<string, unknown>;
  if ('text' in want) {
    if (!('text' in object) || typeof object.text !== 'string' || !textMatches(String(want.text), object.text)) return false;
    if (typeof want.date === 'string') {
      const got = object as { date?: string; precision?: string };
      if (!got.date?.startsWith(want.date) || (want.precision !== undefined && got.precision !== want.precision)) return false;
    }
    return true;
  }
  if ('date' in want) {
    if (!('date' in object) || typeof object.date !== 'string') return false;
    return object.date.startsWith(String(want.date)) && (want.precision === undefined || object.precision === want.precision);
  }
  if ('min' in want || 'max' in want || 'max_at_least' in want) {
    if (!('quantity' in object)) return false;
    const q = object.quantity;
    if (typeof want.min === 'number' && q.min !== want.min) return false;
    if (typeof want.max === 'number' && q.max !== want.max) return false;
    if (typeof want.max_at_least === 'number' && (q.max === undefined || q.max < want.max_at_least)) return false;
    if (typeof want.unit === 'string' && !(q.unit !== undefined && textMatches(want.unit.replace(/s$/, ''), q.unit))) return false;
    return true;
  }
  return false;
}

/** Check a subject–predicate–object fact: every element of its object needs a claim. */
function checkClaimFact(ctx: SeedContext, fact: SeedGoldFact, incidentIds: Set<string>): Check {
  const subject = fact.subject ?? '';
  const byPredicate = ctx.result.claims.filter((c) => c.predicate === fact.predicate);
  const bySubject = byPredicate.filter((c) => ctx.keysOfId(c.subject).has(subject));
  if (!bySubject.length) return fail(`no ${fact.predicate} claim about ${subject}${byPredicate.length ? ` (${byPredicate.length} about other subjects)` : ''}`);
  if (fact.predicate === 'alias') {
    const canonical = ctx.goldByKey.get(subject)?.names[0];
    const named = ctx.result.entities.filter((e) => ctx.keysOfEntity(e).has(subject));
    if (canonical && !named.some((e) => fold(e.name) === fold(canonical))) {
      return fail(`no entity of ${subject} has the canonical name "${canonical}" (got ${named.map((e) => `"${e.name}"`).join(', ') || 'none'})`);
    }
  }
  const sources = fact.according_to === undefined ? [] : asList(fact.according_to).map(String);
  const problems: string[] = [];
  for (const element of asList(fact.object)) {
    const byObject = bySubject.filter((c) => objectMatches(ctx, fact, element, c.object, incidentIds));
    if (!byObject.length) {
      problems.push(`no claim with object ${describe(element)}`);
      continue;
    }
    const qualified = byObject.filter((c) => qualifiersMatch(ctx, fact, sources, c));
    if (!qualified.length) {
      problems.push(`object ${describe(element)}: ${qualifierProblem(ctx, fact, sources, byObject[0]!)}`);
      continue;
    }
    const evidenced = qualified.map((c) => ctx.evidenceInside(c.evidence, fact.sentence));
    // "All four names resolve to one entity": a name the document uses outside the alias statement
    // is evidenced where it is used, so long as the statement itself yields alias claims too.
    const aliasUsedElsewhere = fact.predicate === 'alias' && bySubject.some((c) => ctx.evidenceInside(c.evidence, fact.sentence).ok);
    if (!evidenced.some((c) => c.ok) && !aliasUsedElsewhere) {
      const first = evidenced.find((c): c is { ok: false; reason: string } => !c.ok);
      problems.push(`object ${describe(element)}: the claim's ${first?.reason ?? 'evidence is wrong'}`);
    }
  }
  return problems.length ? fail(problems.join('; ')) : ok;
}

function qualifiersMatch(ctx: SeedContext, fact: SeedGoldFact, sources: string[], claim: Claim): boolean {
  return qualifierProblem(ctx, fact, sources, claim) === '';
}

function qualifierProblem(ctx: SeedContext, fact: SeedGoldFact, sources: string[], claim: Claim): string {
  const found = new Set((claim.according_to ?? []).flatMap((id) => [...ctx.keysOfId(id)]));
  const missing = sources.filter((s) => !found.has(s));
  if (missing.length) return `according_to lacks ${missing.join(', ')} (has ${[...found].join(', ') || 'nothing'})`;
  if (fact.as_of && !claim.as_of?.startsWith(fact.as_of)) return `as_of is ${claim.as_of ?? 'missing'}, not ${fact.as_of}`;
  if (fact.qualifier && !(claim.qualifier && textMatches(fact.qualifier, claim.qualifier))) return `qualifier is ${claim.qualifier ?? 'missing'}, not "${fact.qualifier}"`;
  return '';
}

/** Does an incident's location name the gold location at an allowed level? */
function locationProblem(ctx: SeedContext, incident: Incident, key: string, levels: string[] | undefined): string {
  const location = incident.location;
  if (!location) return 'no location';
  const keys = new Set([...ctx.keysOfId(location.entity), ...ctx.keysOfName(location.name)]);
  const gold = ctx.goldByKey.get(key);
  // "facility or city": the facility itself, or the city it lies within at city level.
  const candidates = [key, ...(gold?.within && levels?.includes('city') ? [gold.within] : [])];
  const hit = candidates.find((k) => keys.has(k));
  if (!hit) return `location "${location.name}" is not ${key}`;
  const expectedLevel = ctx.goldByKey.get(hit)?.level;
  if (expectedLevel && location.level !== expectedLevel) return `location level ${location.level}, not ${expectedLevel}`;
  return '';
}

function dateProblem(incident: Incident, spec: unknown): string {
  const limit = (spec as { on_or_before?: string } | undefined)?.on_or_before;
  if (!limit) return '';
  const { value, latest, earliest } = incident.date;
  if (!value && !latest) return 'no date';
  for (const d of [value, latest, earliest]) if (d && dateAfter(d, limit)) return `date ${d} is after ${limit}`;
  return '';
}

/** All the ways an incident differs from the gold incident spec (empty when it matches). */
function incidentProblems(ctx: SeedContext, incident: Incident, spec: Record<string, unknown>, quote: string | undefined): string[] {
  const problems: string[] = [];
  if (typeof spec.type === 'string' && incident.type !== spec.type) problems.push(`type ${incident.type}, not ${spec.type}`);
  if (typeof spec.suicide === 'boolean' && incident.suicide !== spec.suicide) problems.push(`suicide is ${incident.suicide}`);
  if (typeof spec.location === 'string') {
    const levels = typeof spec.location_precision === 'string' ? spec.location_precision.split(/\s+or\s+/) : undefined;
    const p = locationProblem(ctx, incident, spec.location, levels);
    if (p) problems.push(p);
  }
  if (typeof spec.country === 'string') {
    const want = spec.country;
    const iso = typeof spec.location === 'string' ? ctx.goldByKey.get(spec.location)?.country : undefined;
    const got = incident.location?.country;
    if (!got || !(got === iso || ctx.keysOfName(got).has(want))) problems.push(`country ${got ?? 'missing'}, not ${want}${iso ? ` (${iso})` : ''}`);
  }
  const d = dateProblem(incident, spec.date);
  if (d) problems.push(d);
  for (const perp of asList(spec.perpetrators ?? []) as Array<{ group?: string; role?: string }>) {
    if (!perp.group) continue;
    const match = incident.perpetrators.filter((p) => ctx.keysOfId(p.entity).has(perp.group!));
    if (!match.length) problems.push(`perpetrator ${perp.group} missing`);
    else if (perp.role && !match.some((p) => p.role === perp.role)) problems.push(`perpetrator ${perp.group} is ${match.map((p) => p.role).join('/')}, not ${perp.role}`);
    if (perp.role === 'claimed' && !incident.claimed) problems.push('claimed flag not set');
  }
  for (const field of ['killed', 'wounded', 'captured'] as const) {
    const want = spec[field] as { min?: number; max?: number; best?: number } | undefined;
    if (!want) continue;
    for (const bound of ['min', 'max', 'best'] as const) {
      if (typeof want[bound] === 'number' && incident[field][bound] !== want[bound]) problems.push(`${field}.${bound} ${incident[field][bound] ?? 'missing'}, not ${want[bound]}`);
    }
  }
  for (const victim of asList(spec.victims ?? []) as Array<{ category?: string; nationality?: string; count?: number }>) {
    const match = incident.targets.some(
      (t) =>
        (!victim.category || t.category === victim.category) &&
        (!victim.nationality || (t.nationality !== undefined && ctx.keysOfName(t.nationality).has(victim.nationality))) &&
        (victim.count === undefined || t.count === victim.count),
    );
    if (!match) problems.push(`no target ${[victim.category, victim.nationality, victim.count].filter((x) => x !== undefined).join(' ')}`);
  }
  const ev = ctx.evidenceInside(incident.evidence, quote);
  if (!ev.ok) problems.push(`its ${ev.reason}`);
  return problems;
}

/** Incidents meeting an incident spec, or the problems of the closest one. */
function matchIncidents(ctx: SeedContext, spec: Record<string, unknown>, quote: string | undefined): { ids: Set<string>; check: Check } {
  let best: { id: string; problems: string[] } | undefined;
  const ids = new Set<string>();
  for (const incident of ctx.result.incidents) {
    const problems = incidentProblems(ctx, incident, spec, quote);
    if (!problems.length) ids.add(incident.id);
    else if (!best || problems.length < best.problems.length) best = { id: incident.id, problems };
  }
  if (ids.size) return { ids, check: ok };
  if (!best) return { ids, check: fail('no incident extracted') };
  return { ids, check: fail(`closest incident ${best.id}: ${best.problems.join('; ')}`) };
}

function checkDevelopment(ctx: SeedContext, fact: SeedGoldFact): Check {
  const spec = fact.development ?? {};
  const converted: Record<string, unknown> = { type: spec.type, date: spec.date };
  const problems: string[] = [];
  let best: string[] | undefined;
  for (const incident of ctx.result.incidents) {
    const p = incidentProblems(ctx, incident, converted, fact.sentence);
    if (typeof spec.actor === 'string' && !incident.perpetrators.some((x) => ctx.keysOfId(x.entity).has(spec.actor as string))) p.push(`actor ${spec.actor} missing`);
    if (typeof spec.location === 'string') {
      const loc = incident.location;
      const keys = new Set([...ctx.keysOfId(loc?.entity), ...ctx.keysOfName(loc?.name)]);
      if (!keys.has(spec.location)) p.push(`location ${loc?.name ?? 'missing'}, not ${spec.location}`);
    }
    if (!p.length) return ok;
    if (!best || p.length < best.length) best = p;
  }
  problems.push(best ? `closest development: ${best.join('; ')}` : 'no incident or development extracted');
  return fail(problems.join('; '));
}

function checkRecognized(ctx: SeedContext, keys: string[]): Check {
  const missing: string[] = [];
  for (const key of keys) {
    const kind = ctx.goldByKey.get(key)?.kind;
    const found = ctx.result.entities.filter((e) => ctx.keysOfEntity(e).has(key));
    if (!found.length) missing.push(`${key} not recognized`);
    else if (kind && !found.some((e) => e.kind === kind)) missing.push(`${key} is ${found.map((e) => e.kind).join('/')}, not ${kind}`);
  }
  return missing.length ? fail(missing.join('; ')) : ok;
}

function checkGeocoded(ctx: SeedContext, keys: string[]): Check {
  const missing: string[] = [];
  for (const key of keys) {
    const gold = ctx.goldByKey.get(key);
    const found = ctx.result.entities.filter((e) => e.kind === 'location' && ctx.keysOfEntity(e).has(key));
    if (!found.length) {
      missing.push(`${key} not found as a location`);
      continue;
    }
    const good = found.some((e) => {
      if (gold?.geonames !== undefined && e.geonamesId === gold.geonames) return true;
      // Same name, level and country (countries carry none in the gold).
      return gold !== undefined && e.level === gold.level && (gold.country === undefined || e.country === gold.country) && gold.names.some((n) => fold(n) === fold(e.name));
    });
    if (!good) {
      const e = found[0]!;
      missing.push(`${key} resolved to ${e.name} (${e.level ?? '?'}, ${e.country ?? '?'}, geonames ${e.geonamesId ?? 'none'}), want ${gold?.geonames ?? gold?.level}`);
    }
  }
  return missing.length ? fail(missing.join('; ')) : ok;
}

/** The must_not traps of the seed gold, by id; each returns a failure when the trap was sprung. */
const mustNotChecks: Record<string, (ctx: SeedContext) => Check> = {
  X1: (ctx) => {
    const violent = ctx.result.incidents.filter((i) => violentIncidentTypes.has(i.type));
    return violent.length <= 1 ? ok : fail(`${violent.length} violent incidents: ${violent.map((i) => `${i.id} ${i.type}`).join(', ')}`);
  },
  X2: (ctx) => {
    const people = ctx.result.entities.filter((e) => e.kind === 'person');
    return people.length ? fail(`person entities: ${people.map((e) => `"${e.name}"`).join(', ')}`) : ok;
  },
  X3: (ctx) => {
    const bad = ctx.result.claims.filter((c) => {
      if (c.predicate !== 'controls' && c.predicate !== 'present_in') return false;
      if (!('entity' in c.object)) return 'text' in c.object && typeof c.object.text === 'string' && /\b(iran|central asia)\b/.test(fold(c.object.text));
      const entity = ctx.entityById.get(c.object.entity);
      return ctx.keysOfEntity(entity).has('IRN') || (entity !== undefined && /\bcentral asia\b/.test(fold(entity.name)));
    });
    return bad.length ? fail(`${bad.map((c) => `${c.predicate} ${describe(c.object)}`).join(', ')}`) : ok;
  },
  X4: (ctx) => {
    const merged = ctx.result.entities.filter((e) => {
      const keys = ctx.keysOfEntity(e);
      return keys.has('ISK') && keys.has('IS');
    });
    if (merged.length) return fail(`entity ${merged.map((e) => `"${e.name}"`).join(', ')} carries names of both ISK and IS`);
    const linked = ctx.result.claims.filter((c) => {
      if (c.predicate !== 'alias' && c.predicate !== 'merged_into') return false;
      const subject = ctx.keysOfId(c.subject);
      const object = 'entity' in c.object ? ctx.keysOfId(c.object.entity) : 'text' in c.object && typeof c.object.text === 'string' ? ctx.keysOfName(c.object.text) : new Set<string>();
      return (subject.has('ISK') && object.has('IS')) || (subject.has('IS') && object.has('ISK'));
    });
    return linked.length ? fail(`${linked[0]!.predicate} claim links ISK and IS`) : ok;
  },
  X5: (ctx) => {
    const bad = ctx.result.incidents.filter(
      (i) => violentIncidentTypes.has(i.type) && i.perpetrators.some((p) => ['TALIBAN', 'TTP'].some((k) => ctx.keysOfId(p.entity).has(k))),
    );
    const claims = ctx.result.claims.filter(
      (c) => (c.predicate === 'perpetrated' || c.predicate === 'claimed_responsibility_for') && ['TALIBAN', 'TTP'].some((k) => ctx.keysOfId(c.subject).has(k)),
    );
    if (bad.length) return fail(`incident ${bad.map((i) => i.id).join(', ')} names the Taliban or TTP as perpetrator`);
    return claims.length ? fail(`${claims[0]!.predicate} claim by the Taliban or TTP`) : ok;
  },
  X6: (ctx) => {
    const limit = ctx.gold.published;
    const late = ctx.result.incidents.filter((i) => [i.date.value, i.date.earliest].some((d) => d !== undefined && dateAfter(d, limit)));
    return late.length ? fail(`incident ${late.map((i) => `${i.id} (${i.date.value ?? i.date.earliest})`).join(', ')} dated after ${limit}`) : ok;
  },
};

/**
 * Score one extraction against a seed gold file, as its "about" text defines: entities are
 * named by any alias; a fact matches when a claim links the same entities with the same
 * predicate (and attribution, as_of, qualifier when the gold states them) and its evidence
 * lies inside the quoted sentence; incidents, recognition, geocoding and the must_not traps
 * are checked field by field. Every failure carries its reason.
 */
export function scoreSeed(gold: SeedGold, result: ExtractResult): SeedScore {
  const ctx = new SeedContext(gold, result);
  // Incident facts first: claims may point at them ("incident:M12").
  const incidentMatches = new Map<string, { ids: Set<string>; check: Check }>();
  for (const fact of [...gold.must, ...gold.should]) {
    if (fact.incident) incidentMatches.set(fact.id, matchIncidents(ctx, fact.incident, fact.sentence));
  }
  const judge = (fact: SeedGoldFact, tier: SeedTier): SeedFactResult => {
    let check: Check;
    if (tier === 'must_not') {
      const rule = mustNotChecks[fact.id];
      check = rule ? rule(ctx) : fail(`no automatic check for must_not ${fact.id} ("${fact.what ?? ''}")`);
    } else if (fact.incident) {
      check = incidentMatches.get(fact.id)!.check;
    } else if (fact.development) {
      check = checkDevelopment(ctx, fact);
    } else if (fact.entities_recognized) {
      check = checkRecognized(ctx, fact.entities_recognized);
    } else if (fact.locations_geocoded) {
      check = checkGeocoded(ctx, fact.locations_geocoded);
    } else if (fact.predicate) {
      const refs = asList(fact.object).filter((o): o is string => typeof o === 'string' && o.startsWith('incident:'));
      const ids = new Set(refs.flatMap((r) => [...(incidentMatches.get(r.slice('incident:'.length))?.ids ?? [])]));
      check = checkClaimFact(ctx, fact, ids);
    } else {
      check = fail('gold item of an unknown shape');
    }
    return check.ok ? { id: fact.id, tier, pass: true } : { id: fact.id, tier, pass: false, reason: check.reason };
  };
  const facts = [
    ...gold.must.map((f) => judge(f, 'must')),
    ...gold.should.map((f) => judge(f, 'should')),
    ...gold.must_not.map((f) => judge(f, 'must_not')),
  ];
  const totals = { must: { passed: 0, total: 0 }, should: { passed: 0, total: 0 }, must_not: { passed: 0, total: 0 } };
  for (const f of facts) {
    totals[f.tier].total += 1;
    if (f.pass) totals[f.tier].passed += 1;
  }
  const acceptable = totals.must.passed === totals.must.total && totals.must_not.passed === totals.must_not.total;
  return { document: gold.document, facts, totals, acceptable, perfect: acceptable && totals.should.passed === totals.should.total };
}
