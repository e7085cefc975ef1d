// Where to draw a stored place that has no coordinates: GeoNames admin1 rows
// carry none, so a province is drawn around its most populous town, and a town
// or district without coordinates at its province, at province precision.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AreaLocator } from '../export/index.js';
import { foldName } from '../knowledge/fold-name.js';
import { knowledgeDataVersion, levelCodes, type KnowledgeData } from '../knowledge/knowledge-data.js';

interface Point {
  lat: number;
  lon: number;
}

interface AdminIndex {
  /** admin1 code → its most populous town. */
  admin1: Map<string, Point>;
  /** country|folded admin1 name → admin1 code. */
  admin1ByName: Map<string, string>;
  /** ISO2 → the country's point. */
  country: Map<string, Point>;
}

const defaultData = fileURLToPath(new URL('../../data/knowledge.json.gz', import.meta.url));
const indexes = new Map<string, AdminIndex | null>();

function loadIndex(path: string): AdminIndex | null {
  if (indexes.has(path)) return indexes.get(path) ?? null;
  let index: AdminIndex | null = null;
  try {
    const data = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as KnowledgeData;
    if (data.version === knowledgeDataVersion) {
      index = { admin1: new Map(), admin1ByName: new Map(), country: new Map() };
      const population = new Map<string, number>();
      for (const [, name, level, country, admin1, , lat, lon, people] of data.places) {
        if (level === levelCodes.admin1 && admin1 !== '') index.admin1ByName.set(`${country}|${foldName(name)}`, admin1);
        if (lat === null || lon === null) continue;
        if (level === levelCodes.country) index.country.set(country, { lat, lon });
        if (level === levelCodes.city && admin1 !== '' && (people ?? 0) >= (population.get(admin1) ?? -1)) {
          population.set(admin1, people ?? 0);
          index.admin1.set(admin1, { lat, lon });
        }
      }
    }
  } catch {
    // Without the shipped gazetteer, places without coordinates are simply not drawn.
    index = null;
  }
  indexes.set(path, index);
  return index;
}

/** A locator over the shipped gazetteer (data/knowledge.json.gz), loaded on first use. */
export function adminAreaLocator(path: string = defaultData): AreaLocator {
  return (place) => {
    const index = loadIndex(path);
    if (index === null) return undefined;
    const code = place.admin1 ?? (place.level === 'admin1' && place.country !== null ? index.admin1ByName.get(`${place.country}|${foldName(place.name)}`) : undefined);
    const town = code === undefined ? undefined : index.admin1.get(code);
    if (town !== undefined) return { ...town, level: 'admin1' };
    const country = place.country === null ? undefined : index.country.get(place.country);
    return country === undefined ? undefined : { ...country, level: 'country' };
  };
}
