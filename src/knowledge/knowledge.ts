import type { EntityKind, LocationLevel } from '../model/index.js';

/** A place in the gazetteer. Countries may lack a GeoNames id; admin1/admin2/cities carry one. */
export interface Place {
  geonamesId?: number;
  name: string;
  level: LocationLevel;
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
  /** GeoNames admin1 code, e.g. "AF.18", and its name. */
  admin1?: string;
  admin1Name?: string;
  /** GeoNames admin2 code, e.g. "AF.18.1234". */
  admin2?: string;
  lat?: number;
  lon?: number;
  population?: number;
}

/** An alias of a known name, with the list it came from. */
export interface SourcedAlias {
  name: string;
  source: string;
}

/** A known actor or named thing: armed group, organization, state, military or publication. */
export interface KnownName {
  /** Stable key, e.g. "grp:islamic-state-khorasan-province" or "org:united-nations". */
  id: string;
  name: string;
  kind: EntityKind;
  aliases: SourcedAlias[];
  /** The parent organisation's id (Islamic State provinces → Islamic State). */
  parent?: string;
  /** ISO2 country most associated with it, when there is one. */
  country?: string;
  /** Aliases (folded) that are short or shared and must be resolved by context, never blindly. */
  ambiguous?: string[];
}

/** What a folded phrase may refer to. */
export interface PhraseEntry {
  places: readonly Place[];
  names: readonly KnownName[];
  /** True when the phrase is a short or shared form (IS, ISIS, IMU): link only with context. */
  ambiguous: boolean;
  /** True when found only by transliteration folding (vowels and connectors ignored), not by a listed spelling. */
  approximate?: boolean;
  /** True when the phrase is also an ordinary English word ("reading", "hit", "door"): trust it only when capitalised. */
  commonWord?: boolean;
}

/** Read-only reference data the pipeline looks names up in. */
export interface Knowledge {
  /** Longest phrase length, in folded tokens, that any entry has. */
  readonly maxPhraseTokens: number;
  /** Entries for a phrase of folded tokens joined by one space (see foldName). */
  lookup(foldedPhrase: string): PhraseEntry | undefined;
  /** True when some entry starts with these folded tokens (to stop extending a window early). */
  hasPrefix(foldedPhrase: string): boolean;
  /** A country by ISO2 code. */
  country(code: string): Place | undefined;
  /** A known name by id. */
  name(id: string): KnownName | undefined;
  /** An admin1 division by its GeoNames code ("AF.18"). */
  admin1(code: string): Place | undefined;
  /** True when a folded word is a given name of people ("haider", "julie"), when the knowledge has that list. */
  personName?(foldedWord: string): boolean;
}
