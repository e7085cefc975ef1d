import type { KnownName } from './knowledge.js';

/** Bumped when the shape of data/knowledge.json.gz changes. */
export const knowledgeDataVersion = 1;

/** One-letter codes for place levels, to keep the shipped file small. */
export const levelCodes = {
  country: 'c',
  admin1: '1',
  admin2: '2',
  city: 'p',
  facility: 'f',
  region: 'r',
} as const;

export type LevelCode = (typeof levelCodes)[keyof typeof levelCodes];

/**
 * A place as stored: [geonamesId or 0, name, level code, country ISO2, admin1 code,
 * admin2 code, lat, lon, population, folded lookup keys].
 */
export type PlaceRow = [number, string, string, string, string, string, number | null, number | null, number, string[]];

/** The contents of data/knowledge.json.gz. */
export interface KnowledgeData {
  version: number;
  places: PlaceRow[];
  names: KnownName[];
  /**
   * Ordinary English words that are keys ("reading", "gaza", "hit": match only when capitalised)
   * or that transliteration matching would otherwise take for a place ("percent" → Parkent).
   */
  commonWordKeys?: string[];
}
