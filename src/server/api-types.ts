// The JSON shapes the API returns; the web UI imports these as types only.
import type { GroupRankRow, GtiScoreRow } from '../analytics/index.js';
import type { Evidence, IncidentType, LocationLevel, Modality, Predicate } from '../model/index.js';
import type { BestFigures, FigureKind, ReviewStatus, StoredIncidentDate, StoredIncidentLocation, UserRole } from '../store/index.js';

/** An entity as the API names it. */
export interface EntityRef {
  id: number;
  name: string;
  kind: string;
}

/** The object of a claim, with entity and incident ids resolved to names. */
export type ClaimObjectView =
  | { entity: EntityRef }
  | { incident: { id: number; type: IncidentType; date: string | null } }
  | { text: string }
  | { date: string; precision: string }
  | { quantity: { min?: number; max?: number; unit?: string } };

/** A claim with who said it, when, and the sentence that said it. */
export interface ClaimView {
  id: number;
  predicate: Predicate;
  object: ClaimObjectView;
  accordingTo: EntityRef[];
  asOf: string | null;
  validFrom: string | null;
  validTo: string | null;
  modality: Modality;
  confidence: number;
  evidence: Evidence[];
  document: { id: number; title: string | null } | null;
  reviewStatus: ReviewStatus;
}

/** An area a group controls or is present in, with where to draw it. */
export interface AreaView {
  entity: EntityRef;
  relation: 'controls' | 'present_in' | 'based_in';
  level: LocationLevel | null;
  lat: number | null;
  lon: number | null;
  claim: ClaimView;
}

/** An incident in a list. */
export interface IncidentSummary {
  id: number;
  type: IncidentType;
  suicide: boolean;
  claimed: boolean;
  date: StoredIncidentDate;
  location: StoredIncidentLocation | null;
  best: BestFigures;
  perpetrators: Array<EntityRef & { role: string }>;
}

/** A group's profile: everything the store holds about it, each fact sourced. */
export interface GroupProfile {
  id: number;
  name: string;
  kind: string;
  aliases: Array<{ name: string; source: string; firstSeen: string | null }>;
  facts: ClaimView[];
  founding: ClaimView[];
  relationships: Array<ClaimView & { direction: 'outgoing' | 'incoming'; other: EntityRef | null }>;
  strength: ClaimView[];
  areas: AreaView[];
  incidents: IncidentSummary[];
  deadliest: IncidentSummary[];
  sources: Array<{ id: number; title: string | null; published: string | null }>;
}

/** One report of an incident: the document's text and what it said. */
export interface IncidentReportView {
  document: { id: number; title: string | null; published: string | null; url: string | null; text: string };
  fields: Array<{ field: string; value: string; evidence: Evidence[] }>;
  evidence: Evidence[];
  figures: Array<{ kind: FigureKind; min: number | null; max: number | null; best: number | null; reportedOn: string | null; accordingTo: EntityRef[] }>;
}

/** An incident with every report and the figures each gave. */
export interface IncidentDetail extends IncidentSummary {
  claims: ClaimView[];
  reports: IncidentReportView[];
}

/** A report and what was read from it. */
export interface DocumentView {
  id: number;
  title: string | null;
  url: string | null;
  published: string | null;
  text: string;
  claims: ClaimView[];
  incidents: number[];
}

/** Search hits across reports, groups, places and incidents. */
export interface SearchView {
  query: string;
  documents: Array<{ id: number; title: string | null; snippet: string }>;
  groups: EntityRef[];
  places: EntityRef[];
  others: EntityRef[];
  incidents: IncidentSummary[];
}

/** The graph of groups at a date. */
export interface GraphView {
  date: string;
  nodes: EntityRef[];
  edges: Array<{ id: number; source: number; target: number; predicate: Predicate; validFrom: string | null; validTo: string | null; asOf: string | null }>;
}

/** A GeoJSON feature of an incident; `shape` says whether to draw a point or an area. */
export interface MapFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { incidentId: number; type: IncidentType; date: string | null; killed: number | null; place: string; level: LocationLevel; shape: 'point' | 'area'; radiusKm: number };
}

/** Incident features as a GeoJSON FeatureCollection. */
export interface MapView {
  type: 'FeatureCollection';
  features: MapFeature[];
}

/** Who a token belongs to. */
export interface MeView {
  name: string;
  role: UserRole;
}

/** One row of the deadliest-groups ranking; `entityId` null is the unattributed row (the analytics row as served). */
export type RankRowView = GroupRankRow;

/** GET /api/rankings/deadliest?since&until&country&pool: groups by attributed deaths, the unattributed row apart. */
export interface DeadliestRankingView {
  query: { since: string | null; until: string | null; country: string | null; pool: boolean };
  rows: RankRowView[];
  unattributed: RankRowView;
  /** Deaths in every counted incident, each incident once (rows can sum past it: an incident naming two groups counts for each). */
  totalDeaths: number;
  totalIncidents: number;
}

/** One country's GTI-style score in one year, with the figures behind it (the analytics row as served). */
export type GtiScoreView = GtiScoreRow;

/** GET /api/rankings/gti?country&year (or since&until): rows by year, then score descending. */
export interface GtiRankingView {
  query: { since: string | null; until: string | null; country: string | null };
  rows: GtiScoreView[];
}

/**
 * GET /api/reports/{kind}/{name}?format=json: the brief as data (format=html or md
 * returns the rendered document as text/html or text/markdown instead).
 */
export type { Brief as BriefView } from '../export/brief/brief-types.js';
