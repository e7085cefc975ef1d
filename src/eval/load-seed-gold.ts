import { readdirSync } from 'node:fs';
import path from 'node:path';
import { SitrepError } from '../model/index.js';
import { isDirectory, readJson, readText, requirePath } from './read-data-file.js';

/** An entity of the gold file, named by any of its names. */
export interface SeedGoldEntity {
  key: string;
  kind: string;
  names: string[];
  level?: string;
  country?: string;
  geonames?: number;
  within?: string;
}

/** One must / should / must_not item, kept as the gold file states it. */
export interface SeedGoldFact {
  id: string;
  subject?: string;
  predicate?: string;
  object?: unknown;
  according_to?: string | string[];
  as_of?: string;
  qualifier?: string;
  sentence?: string;
  note?: string;
  what?: string;
  incident?: Record<string, unknown>;
  development?: Record<string, unknown>;
  entities_recognized?: string[];
  locations_geocoded?: string[];
}

/** A seed gold file plus the report it describes. */
export interface SeedGold {
  /** The gold file's path relative to the shared root, e.g. "corpus/seed/x.txt". */
  document: string;
  about: string;
  published: string;
  dateline?: string;
  entities: SeedGoldEntity[];
  must: SeedGoldFact[];
  should: SeedGoldFact[];
  must_not: SeedGoldFact[];
  /** The report's text, read beside the gold; evidence offsets refer to it. */
  documentText?: string;
}

/** Parse one gold object (the file's JSON), checking the fields the scorer relies on. */
export function parseSeedGold(raw: unknown, where: string): SeedGold {
  if (!raw || typeof raw !== 'object') throw new SitrepError('INPUT_FORMAT', `${where}: gold must be an object`);
  const gold = raw as Partial<SeedGold>;
  if (typeof gold.published !== 'string' || !Array.isArray(gold.entities) || !Array.isArray(gold.must)) {
    throw new SitrepError('INPUT_FORMAT', `${where}: gold needs published, entities and must`);
  }
  return {
    document: gold.document ?? '',
    about: gold.about ?? '',
    published: gold.published,
    ...(gold.dateline ? { dateline: gold.dateline } : {}),
    entities: gold.entities,
    must: gold.must,
    should: gold.should ?? [],
    must_not: gold.must_not ?? [],
  };
}

/**
 * Load every `*.gold.json` under `<sharedRoot>/gold` with the report it names (resolved against
 * the shared root). The shared root is the eval data root's parent (../shared).
 */
export function loadSeedGold(sharedRoot: string): SeedGold[] {
  const dir = requirePath(path.join(sharedRoot, 'gold'), 'Seed gold (gold/)');
  if (!isDirectory(dir)) throw new SitrepError('DATASET_MISSING', `${dir} is not a directory`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();
  if (!files.length) throw new SitrepError('DATASET_MISSING', `no *.gold.json in ${dir}`);
  return files.map((file) => {
    const gold = parseSeedGold(readJson(path.join(dir, file), `gold file ${file}`), file);
    if (gold.document) gold.documentText = readText(path.join(sharedRoot, gold.document), `seed report ${gold.document}`);
    return gold;
  });
}
