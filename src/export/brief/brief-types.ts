// The data of a brief, apart from how it is written: the markdown and HTML
// renderers take this object and nothing else, so both carry the same facts.
import type { IncidentType, LocationLevel, Modality } from '../../model/index.js';

/** What a brief is about. */
export type BriefKind = 'group' | 'country';

/** One numbered source: a stored document every cited fact points at by number. */
export interface BriefSource {
  /** 1-based, the number facts cite. */
  number: number;
  documentId: number;
  title: string | null;
  /** The document's id in its source (file name, feed guid), when it had one. */
  sourceId: string | null;
  published: string | null;
  url: string | null;
}

/** One fact with its sources: several claims of the same value are one fact. */
export interface BriefFact {
  /** What is stated, e.g. "affiliated with", "type". */
  label: string;
  /** The value as text, e.g. "Islamic State". */
  value: string;
  /** When it holds: "2015-01-26 – 2021-12-31", "as of 2021-08-27", or null when undated. */
  when: string | null;
  /** Bodies the reports cite ("UN Security Council"). */
  accordingTo: string[];
  /** The modalities of its claims other than asserted (estimated, claimed, alleged, denied). */
  modalities: Modality[];
  /** Source numbers; a name from a dictionary list cites it by name in `origins`. */
  sources: number[];
  /** Sources that are not documents, e.g. "dictionary:ucdp". */
  origins: string[];
}

/** A titled list of facts. */
export interface BriefSection {
  title: string;
  facts: BriefFact[];
}

/** One strength estimate: who said it, as of when, from which source. */
export interface BriefStrength {
  asOf: string | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  /** "500–3000 fighters". */
  text: string;
  accordingTo: string[];
  modality: Modality;
  sources: number[];
}

/** An area a group controls, is present in or is based in, with where to draw it. */
export interface BriefArea {
  name: string;
  relation: 'controls' | 'present_in' | 'based_in';
  level: LocationLevel | null;
  country: string | null;
  /** GeoNames admin1 code of the place, when stored. */
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  when: string | null;
  accordingTo: string[];
  sources: number[];
  /** For a country brief: the group said to be there. */
  group?: string;
}

/** Incidents and deaths in one month (YYYY-MM) or year (YYYY). */
export interface BriefPeriod {
  period: string;
  incidents: number;
  deaths: number;
}

/** Incidents and deaths over time. */
export interface BriefTimeline {
  granularity: 'month' | 'year';
  periods: BriefPeriod[];
  /** Incidents without a date that pins a period (counted apart). */
  undatedIncidents: number;
  undatedDeaths: number;
}

/** One incident row of a table. */
export interface BriefIncident {
  id: number;
  date: string | null;
  type: IncidentType;
  suicide: boolean;
  place: string | null;
  level: LocationLevel | null;
  country: string | null;
  killed: number | null;
  wounded: number | null;
  /** "Islamic State Khorasan Province (claimed)". */
  perpetrators: string[];
  sources: number[];
}

/** One group of a country's ranking by attributed deaths. */
export interface BriefGroupRow {
  rank: number | null;
  name: string;
  deaths: number;
  incidents: number;
  suspectedDeaths: number;
  suspectedIncidents: number;
}

/** The GTI-style score of one year. */
export interface BriefScore {
  year: number;
  score: number;
  weighted: number;
  incidents: number;
  deaths: number;
  injuries: number;
  hostages: number;
}

/** Something drawn on the map. */
export interface BriefMapMark {
  label: string;
  lon: number;
  lat: number;
  level: LocationLevel;
  /** `area` marks a place known only to an admin area or country: never a point. */
  shape: 'point' | 'area';
  radiusKm: number;
  /** What the mark stands for: a group's area, or an incident. */
  role: 'area' | 'incident';
  killed: number | null;
}

/** A country to shade: found on the basemap by its point when known, else by its English name. */
export interface BriefMapCountry {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: string;
  lat: number | null;
  lon: number | null;
}

/** The map: marks, and countries to shade. */
export interface BriefMap {
  marks: BriefMapMark[];
  countries: BriefMapCountry[];
}

/** Key figures at the top of a brief. */
export interface BriefFigure {
  label: string;
  value: string;
}

/** A brief on a group or a country, every fact citing numbered sources. */
export interface Brief {
  kind: BriefKind;
  /** Group name, or country name. */
  title: string;
  /** One line under the title: entity id and known id, or country code. */
  subtitle: string;
  figures: BriefFigure[];
  /** Group: names, profile, founding, relations, leaders. Country: empty. */
  sections: BriefSection[];
  strength: BriefStrength[];
  areas: BriefArea[];
  timeline: BriefTimeline;
  deadliest: BriefIncident[];
  /** Country: groups by attributed deaths there, the unattributed row last. */
  groups: BriefGroupRow[];
  /** Country: the GTI-style score by year. */
  scores: BriefScore[];
  map: BriefMap;
  sources: BriefSource[];
  /** What the figures do and do not mean. */
  notes: string[];
}

/** Where a stored place without coordinates can be drawn: a representative point and the precision it stands for. */
export type AreaLocator = (place: { name: string; level: LocationLevel | null; country: string | null; admin1: string | null }) => { lat: number; lon: number; level: LocationLevel } | undefined;

/** Options of buildBrief. */
export interface BriefOptions {
  /** Places the store holds without coordinates (provinces, say) are drawn where this says. */
  locate?: AreaLocator;
}
