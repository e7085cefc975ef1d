import type {
  DatePrecision,
  EntityKind,
  IncidentType,
  LocationLevel,
  Modality,
  PerpetratorRole,
  Predicate,
  TargetCategory,
} from './vocabulary.js';

/** The version tag written on every extract line; change it on purpose. */
export const extractSchema = 'sitrep.extract/1' as const;

/** A span of the document's own text; `text` equals the document at [start, end). */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

/** An entity as one document knows it. */
export interface ExtractedEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  level?: LocationLevel;
  country?: string;
  admin1?: string;
  geonamesId?: number;
  lat?: number;
  lon?: number;
  /** Dictionary key when the entity was linked to the knowledge layer. */
  knownId?: string;
  mentions?: Evidence[];
  /** Pronouns and descriptions that refer to the entity without naming it ("he", "the group", "we"). */
  references?: Evidence[];
}

/** A span that refers to an actor, a person or a place the document does not name ("opposition forces", "the camp"). */
export interface DescriptionSpan extends Evidence {
  kind: 'organization' | 'person' | 'location';
}

/** A quantity: a range with an optional unit. */
export interface Quantity {
  min?: number;
  max?: number;
  unit?: string;
}

/** The object of a claim: exactly one of the shapes. */
export type ClaimObject =
  | { entity: string }
  | { incident: string }
  | { text: string; date?: string; precision?: DatePrecision }
  | { date: string; precision: DatePrecision }
  | { quantity: Quantity };

/** A sourced statement about an entity or incident. */
export interface Claim {
  subject: string;
  predicate: Predicate;
  object: ClaimObject;
  according_to?: string[];
  as_of?: string;
  modality: Modality;
  confidence: number;
  evidence: Evidence[];
  extractor: string;
  qualifier?: string;
}

/** A count with uncertainty: the smallest and largest figure stated, and the best estimate. */
export interface Count {
  min?: number;
  max?: number;
  best?: number;
}

export interface IncidentDate {
  value?: string;
  precision: DatePrecision;
  earliest?: string;
  latest?: string;
}

export interface IncidentLocation {
  entity?: string;
  name: string;
  level: LocationLevel;
  country?: string;
  admin1?: string;
  admin2?: string;
  geonamesId?: number;
  lat?: number;
  lon?: number;
}

export interface IncidentPerpetrator {
  entity: string;
  role: PerpetratorRole;
}

export interface IncidentTarget {
  category: TargetCategory;
  nationality?: string;
  entity?: string;
  text: string;
  count?: number;
}

/** One event, however many sentences describe it. */
export interface Incident {
  id: string;
  type: IncidentType;
  suicide: boolean;
  claimed: boolean;
  date: IncidentDate;
  location: IncidentLocation | null;
  perpetrators: IncidentPerpetrator[];
  targets: IncidentTarget[];
  weapons: string[];
  killed: Count;
  wounded: Count;
  captured: Count;
  perpetrators_killed: Count;
  evidence: Evidence[];
  extractor: string;
}

/** A per-document problem: the document is still reported, never the batch aborted. */
export interface Diagnostic {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line?: number;
}

/** One line of `sitrep extract` output. */
export interface ExtractResult {
  schema: typeof extractSchema;
  id: string;
  published: string | null;
  title?: string;
  url?: string;
  entities: ExtractedEntity[];
  claims: Claim[];
  incidents: Incident[];
  /** Descriptions of actors, people and places that resolve to no entity of the document. */
  descriptions?: DescriptionSpan[];
  diagnostics: Diagnostic[];
}

/** A report handed to the pipeline: text plus what is known about it. */
export interface SourceDocument {
  id: string;
  text: string;
  published?: string;
  title?: string;
  url?: string;
}
