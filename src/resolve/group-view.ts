// The current view of an armed group, derived from its claims by ONE policy:
//
// 1. Rejected claims are left out; every other claim counts, whatever its modality.
// 2. Claims with the same predicate and object are one fact; the fact keeps every
//    source (document, as_of, according_to, modality, evidence) and the span of
//    as_of dates over which it was said (`from` … `to`).
// 3. Single-valued facts (founding date, current leader) take the claim with the
//    newest as_of (an undated claim is the oldest); the others are kept as history.
// 4. Strength estimates are never folded together: each is listed with who said
//    it and as of when, oldest first.
// 5. Everything else (names, affiliations, rivals, areas, targets, …) is listed with its sources.
import type { DatePrecision, Evidence, Modality, Predicate, Quantity } from '../model/index.js';

/** A claim as the group view reads it (a subset of the store's StoredClaim). */
export interface GroupClaim {
  id: number;
  subject: { entity: number } | { incident: number };
  predicate: Predicate;
  object: { entity: number } | { incident: number } | { text: string; date?: string; precision?: DatePrecision } | { date: string; precision: DatePrecision } | { quantity: Quantity };
  accordingTo: number[];
  asOf: string | null;
  modality: Modality;
  confidence: number;
  documentId: number | null;
  evidence: Evidence[];
  reviewStatus: string;
}

/** One source of a fact: who said it, where and as of when. */
export interface FactSource {
  claimId: number;
  documentId: number | null;
  asOf: string | null;
  accordingTo: string[];
  modality: Modality;
  evidence: string | null;
}

/** A fact's object, with entity names resolved. */
export type FactValue =
  | { entity: number; name: string }
  | { incident: number }
  | { text: string; date?: string; precision?: DatePrecision }
  | { date: string; precision: DatePrecision }
  | { quantity: Quantity };

/** One fact about the group with every source that states it. */
export interface GroupFact {
  predicate: Predicate;
  value: FactValue;
  /** Earliest and latest as_of among its sources (null when undated). */
  from: string | null;
  to: string | null;
  /** True when the group is the object of the claim (e.g. another group names it a rival). */
  inverse: boolean;
  sources: FactSource[];
}

/** One strength estimate with who gave it and when. */
export interface StrengthEstimate {
  min: number | null;
  max: number | null;
  unit: string | null;
  asOf: string | null;
  source: FactSource;
}

/** A name of the group and where it came from. */
export interface GroupName {
  name: string;
  sources: string[];
}

/** The derived profile of a group. */
export interface GroupView {
  names: GroupName[];
  types: GroupFact[];
  ideologies: GroupFact[];
  affiliations: GroupFact[];
  rivals: GroupFact[];
  origins: GroupFact[];
  founded: GroupFact | null;
  leader: GroupFact | null;
  leaders: GroupFact[];
  basedIn: GroupFact[];
  strength: StrengthEstimate[];
  rankings: GroupFact[];
  areas: { controls: GroupFact[]; presentIn: GroupFact[] };
  targets: GroupFact[];
  other: GroupFact[];
}

/** What the view is built from: the group's claims (as subject and as object), its aliases and a way to name entities. */
export interface GroupViewInput {
  groupId: number;
  claims: readonly GroupClaim[];
  aliases: ReadonlyArray<{ name: string; source: string }>;
  nameOf: (entityId: number) => string;
}

const affiliationPredicates: ReadonlySet<Predicate> = new Set<Predicate>(['affiliated_with', 'allied_with', 'splinter_of', 'merged_into']);
const rivalPredicates: ReadonlySet<Predicate> = new Set<Predicate>(['rival_of', 'opposes']);
// Relations that hold both ways: when another group states them, they are the group's too.
const symmetricPredicates: ReadonlySet<Predicate> = new Set<Predicate>(['rival_of', 'allied_with']);

/** Derives a group's current view from its claims by the policy above. */
export function groupView(input: GroupViewInput): GroupView {
  const facts = new Map<string, GroupFact>();
  const strength: StrengthEstimate[] = [];
  const names = new Map<string, Set<string>>();
  for (const alias of input.aliases) addName(names, alias.name, alias.source);

  for (const claim of input.claims) {
    if (claim.reviewStatus === 'rejected') continue;
    const asSubject = 'entity' in claim.subject && claim.subject.entity === input.groupId;
    const asObject = 'entity' in claim.object && claim.object.entity === input.groupId;
    if (!asSubject && !(asObject && symmetricPredicates.has(claim.predicate))) continue;
    const source = toSource(claim, input.nameOf);
    if (asSubject && claim.predicate === 'alias' && 'text' in claim.object) {
      addName(names, claim.object.text, claim.documentId === null ? 'unknown' : `document:${claim.documentId}`);
      continue;
    }
    if (asSubject && claim.predicate === 'strength' && 'quantity' in claim.object) {
      const q = claim.object.quantity;
      strength.push({ min: q.min ?? null, max: q.max ?? null, unit: q.unit ?? null, asOf: claim.asOf, source });
      continue;
    }
    let value: FactValue;
    if (!asSubject && 'entity' in claim.subject) value = { entity: claim.subject.entity, name: input.nameOf(claim.subject.entity) };
    else if ('entity' in claim.object) value = { entity: claim.object.entity, name: input.nameOf(claim.object.entity) };
    else value = claim.object;
    const key = `${claim.predicate}|${JSON.stringify('entity' in value ? { entity: value.entity } : value)}`;
    const fact = facts.get(key) ?? { predicate: claim.predicate, value, from: null, to: null, inverse: !asSubject, sources: [] };
    fact.sources.push(source);
    if (claim.asOf !== null) {
      if (fact.from === null || claim.asOf < fact.from) fact.from = claim.asOf;
      if (fact.to === null || claim.asOf > fact.to) fact.to = claim.asOf;
    }
    facts.set(key, fact);
  }

  const all = [...facts.values()];
  const of = (predicates: ReadonlySet<Predicate> | Predicate): GroupFact[] =>
    all.filter((fact) => (typeof predicates === 'string' ? fact.predicate === predicates : predicates.has(fact.predicate)));
  const used = new Set<Predicate>([
    ...affiliationPredicates,
    ...rivalPredicates,
    'type',
    'ideology',
    'founded_by_members_of',
    'founded_on',
    'leader',
    'based_in',
    'ranked',
    'controls',
    'present_in',
    'targets',
  ]);
  strength.sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? '') || a.source.claimId - b.source.claimId);
  const leaders = of('leader');
  return {
    names: [...names.entries()].map(([name, sources]) => ({ name, sources: [...sources] })),
    types: of('type'),
    ideologies: of('ideology'),
    affiliations: of(affiliationPredicates),
    rivals: of(rivalPredicates),
    origins: of('founded_by_members_of'),
    founded: newest(of('founded_on')),
    leader: newest(leaders),
    leaders,
    basedIn: of('based_in'),
    strength,
    rankings: of('ranked'),
    areas: { controls: of('controls'), presentIn: of('present_in') },
    targets: of('targets'),
    other: all.filter((fact) => !used.has(fact.predicate)),
  };
}

/** The fact stated as of the newest date; undated facts count as the oldest. */
function newest(facts: GroupFact[]): GroupFact | null {
  let best: GroupFact | null = null;
  for (const fact of facts) if (best === null || (fact.to ?? '') > (best.to ?? '')) best = fact;
  return best;
}

function toSource(claim: GroupClaim, nameOf: (id: number) => string): FactSource {
  return {
    claimId: claim.id,
    documentId: claim.documentId,
    asOf: claim.asOf,
    accordingTo: claim.accordingTo.map(nameOf),
    modality: claim.modality,
    evidence: claim.evidence[0]?.text ?? null,
  };
}

function addName(names: Map<string, Set<string>>, name: string, source: string): void {
  const sources = names.get(name) ?? new Set<string>();
  sources.add(source);
  names.set(name, sources);
}
