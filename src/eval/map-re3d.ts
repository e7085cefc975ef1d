import type { EntityKind, ExtractResult, ExtractedEntity, Predicate } from '../model/index.js';

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
    if (type) for (const m of entity.mentions ?? []) add(m.start, m.end, type);
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
