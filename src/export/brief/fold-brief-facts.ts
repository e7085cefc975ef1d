// Claims → brief facts: the claims with the same predicate and value are one fact
// that keeps every source, who they cite, and the span of dates they hold for.
import type { Modality } from '../../model/index.js';
import type { StoredClaim, StoredClaimObject, StoredEntity } from '../../store/index.js';
import type { BriefSources } from './brief-sources.js';
import type { BriefArea, BriefFact } from './brief-types.js';

/** Names of the entities claims point at (subjects, objects, according-to bodies). */
export type NameOf = (entityId: number) => string;

/** The text of a claim's object. */
export function claimValueText(object: StoredClaimObject, nameOf: NameOf): string {
  if ('entity' in object) return nameOf(object.entity);
  if ('incident' in object) return `incident ${object.incident}`;
  if ('quantity' in object) return quantityText(object.quantity);
  if ('text' in object) return object.text;
  return object.precision === 'day' || object.precision === 'unknown' ? object.date : `${object.date} (${object.precision})`;
}

/** "500–3000 fighters", "at least 500", "about 200". */
export function quantityText(quantity: { min?: number; max?: number; unit?: string }): string {
  const { min, max } = quantity;
  const range = min !== undefined && max !== undefined ? (min === max ? String(min) : `${min}–${max}`) : min !== undefined ? `at least ${min}` : max !== undefined ? `up to ${max}` : 'unknown';
  return quantity.unit === undefined || quantity.unit === '' ? range : `${range} ${quantity.unit}`;
}

/** When the claims say a fact holds: their stated validity, else the span of their as-of dates. */
export function claimsWhen(claims: readonly Pick<StoredClaim, 'asOf' | 'validFrom' | 'validTo'>[]): string | null {
  const from = claims.map((c) => c.validFrom).filter((d): d is string => d !== null).sort()[0];
  const to = claims.map((c) => c.validTo).filter((d): d is string => d !== null).sort().at(-1);
  if (from !== undefined || to !== undefined) return `${from ?? '…'} – ${to ?? '…'}`;
  const asOf = claims.map((c) => c.asOf).filter((d): d is string => d !== null).sort();
  if (asOf.length === 0) return null;
  return asOf[0] === asOf.at(-1) ? `as of ${asOf[0]}` : `as of ${asOf[0]} – ${asOf.at(-1)}`;
}

/** Folds claims into facts, in order of first appearance; `label` names each claim's fact. */
export function foldBriefFacts(claims: readonly StoredClaim[], label: (claim: StoredClaim) => string, value: (claim: StoredClaim) => string, nameOf: NameOf, sources: BriefSources): BriefFact[] {
  const groups = new Map<string, { label: string; value: string; claims: StoredClaim[] }>();
  for (const claim of claims) {
    const factLabel = label(claim);
    const factValue = value(claim);
    const key = `${factLabel}\u0000${factValue.toLowerCase()}`;
    const group = groups.get(key) ?? { label: factLabel, value: factValue, claims: [] };
    group.claims.push(claim);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => ({
    label: group.label,
    value: group.value,
    when: claimsWhen(group.claims),
    accordingTo: [...new Set(group.claims.flatMap((c) => c.accordingTo.map(nameOf)))],
    modalities: [...new Set(group.claims.map((c) => c.modality).filter((m): m is Exclude<Modality, 'asserted'> => m !== 'asserted'))],
    sources: sources.citeAll(group.claims.map((c) => c.documentId)),
    origins: [],
  }));
}

/** One area of a brief from the claims that place a group there (same predicate and place), the place read from the entities loaded. */
export function toBriefArea(
  claims: readonly StoredClaim[],
  entities: ReadonlyMap<number, StoredEntity>,
  nameOf: (id: number) => string,
  sources: BriefSources,
): BriefArea | undefined {
  const first = claims[0];
  if (first === undefined || !('entity' in first.object)) return undefined;
  const place = entities.get(first.object.entity);
  return {
    name: nameOf(first.object.entity),
    relation: first.predicate as BriefArea['relation'],
    level: place?.level ?? null,
    country: place?.country ?? null,
    admin1: place?.admin1 ?? null,
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    when: claimsWhen(claims),
    accordingTo: [...new Set(claims.flatMap((c) => c.accordingTo.map(nameOf)))],
    sources: sources.citeAll(claims.map((c) => c.documentId)),
  };
}
