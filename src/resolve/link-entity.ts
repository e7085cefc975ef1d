// Cross-document entity linking. Pure: the ingest flow loads the candidates.
// Rule of DESIGN.md: never merge on one shared or ambiguous name — when a name
// points at several stored entities, or only at an ambiguous alias, the entity
// is created anew and a scored same-as link is proposed for an analyst.
import type { EntityKind, ExtractedEntity } from '../model/index.js';
import { foldName } from '../knowledge/fold-name.js';

/** What linking needs to know about a stored entity (a subset of the store's StoredEntity). */
export interface EntityCandidate {
  id: number;
  kind: EntityKind;
  country: string | null;
  geonamesId: number | null;
  knownId: string | null;
  /** A place's level (country, admin1, city…), when known. */
  level?: string | null;
}

/** The stored entities that may be this one: by dictionary key, and by each folded name. */
export interface EntityCandidates {
  byKnownId: EntityCandidate[];
  /** Folded name → unmerged stored entities having that name as an alias. */
  byName: ReadonlyMap<string, EntityCandidate[]>;
}

/** A scored proposal that the new entity is the same as a stored one. */
export interface SameAsProposal {
  entityId: number;
  score: number;
  reason: string;
}

/** The decision: link to a stored entity, or create one (with proposals). */
export type EntityLink =
  | { action: 'link'; entityId: number; via: 'knownId' | 'geonamesId' | 'name' }
  // 'geonamesId': the same place by its GeoNames id, or the same country by its ISO code.
  | { action: 'create'; proposals: SameAsProposal[] };

/** Options of linkEntity. */
export interface LinkEntityOptions {
  /** Whether a folded name is shared or ambiguous (dictionary knowledge); short acronyms always are. */
  isAmbiguous?: (foldedName: string) => boolean;
}

/** The folded names of an extracted entity, canonical name first, without repeats. */
export function entityNames(entity: Pick<ExtractedEntity, 'name' | 'aliases'>): string[] {
  return [...new Set([entity.name, ...entity.aliases].map(foldName).filter((name) => name !== ''))];
}

/** Decides whether an extracted entity is a stored one: dictionary key first, then a place's GeoNames id (a country's ISO code), then a unique, unambiguous name of the same kind and place. */
export function linkEntity(entity: ExtractedEntity, candidates: EntityCandidates, options: LinkEntityOptions = {}): EntityLink {
  const known = entity.knownId === undefined ? undefined : candidates.byKnownId.find((c) => c.kind === entity.kind && c.knownId === entity.knownId);
  if (known !== undefined) return { action: 'link', entityId: known.id, via: 'knownId' };
  // A GeoNames id names one place, and so does a country's ISO code: the same id is the same place, whatever
  // other places share its name ("Iraq" is also a town). The oldest such entity wins, so a store that already
  // holds duplicates stays stable.
  if (entity.kind === 'location') {
    const country = entity.country === '' ? undefined : entity.country;
    const samePlace = (candidate: EntityCandidate): boolean => {
      if (candidate.kind !== 'location') return false;
      if (entity.geonamesId !== undefined && candidate.geonamesId !== null) return candidate.geonamesId === entity.geonamesId;
      return entity.level === 'country' && candidate.level === 'country' && country !== undefined && candidate.country === country;
    };
    let place: EntityCandidate | undefined;
    for (const name of entityNames(entity)) {
      for (const candidate of candidates.byName.get(name) ?? []) if (samePlace(candidate) && (place === undefined || candidate.id < place.id)) place = candidate;
    }
    if (place !== undefined) return { action: 'link', entityId: place.id, via: 'geonamesId' };
  }
  const ambiguous = (name: string): boolean => isShortAcronym(name) || (options.isAmbiguous?.(name) ?? false);
  // Per candidate: the names it shares with this entity, and whether any of them is unambiguous.
  const matches = new Map<number, { names: string[]; clear: boolean }>();
  for (const name of entityNames(entity)) {
    for (const candidate of candidates.byName.get(name) ?? []) {
      if (!compatible(entity, candidate)) continue;
      const match = matches.get(candidate.id) ?? { names: [], clear: false };
      match.names.push(name);
      match.clear ||= !ambiguous(name);
      matches.set(candidate.id, match);
    }
  }
  const entries = [...matches.entries()];
  const only = entries.length === 1 ? entries[0] : undefined;
  if (only !== undefined && only[1].clear) return { action: 'link', entityId: only[0], via: 'name' };
  const proposals = entries.map(([entityId, match]) => ({
    entityId,
    score: round(Math.min(0.9, (match.clear ? 0.5 : 0.25) + 0.1 * (match.names.length - 1)) / (entries.length > 1 ? 1.5 : 1)),
    reason: `${match.clear ? 'shared name' : 'ambiguous name only'}: ${match.names.join(', ')}${entries.length > 1 ? ` (${entries.length} stored entities share it)` : ''}`,
  }));
  return { action: 'create', proposals };
}

function compatible(entity: ExtractedEntity, candidate: EntityCandidate): boolean {
  if (candidate.kind !== entity.kind) return false;
  // Two different dictionary entries are two entities, whatever names they share.
  if (entity.knownId !== undefined && candidate.knownId !== null && candidate.knownId !== entity.knownId) return false;
  if (entity.kind === 'location') {
    if (entity.geonamesId !== undefined && candidate.geonamesId !== null && entity.geonamesId !== candidate.geonamesId) return false;
  }
  const country = entity.country === '' ? undefined : entity.country;
  if (country !== undefined && candidate.country !== null && candidate.country !== '' && candidate.country !== country) return false;
  return true;
}

/** "IS", "UN": two letters or fewer name too many things to link on. */
function isShortAcronym(folded: string): boolean {
  return folded.replace(/\s+/g, '').length <= 2;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
