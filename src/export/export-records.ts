// One entry point for `sitrep export` and the API: load the filtered records, write one format.
import { SitrepError } from '../model/index.js';
import type { Store } from '../store/index.js';
import { loadExportData, type ExportFilter } from './load-export-data.js';
import { toAcledCsv } from './to-acled-csv.js';
import { toGeoJson } from './to-geojson.js';
import { toGtdCsv } from './to-gtd-csv.js';
import { toJsonl } from './to-jsonl.js';
import { toStixBundle } from './to-stix-bundle.js';

/** The export formats. */
export const exportFormats = ['stix', 'csv-gtd', 'csv-acled', 'geojson', 'jsonl'] as const;
/** One export format. */
export type ExportFormat = (typeof exportFormats)[number];

/** Writes the records matching `filter` in `format`, as text. */
export async function exportRecords(store: Store, format: ExportFormat, filter: ExportFilter = {}): Promise<string> {
  const data = await loadExportData(store, filter);
  switch (format) {
    case 'stix':
      return `${JSON.stringify(toStixBundle(data), null, 2)}\n`;
    case 'csv-gtd':
      return toGtdCsv(data);
    case 'csv-acled':
      return toAcledCsv(data);
    case 'geojson':
      return `${JSON.stringify(toGeoJson(data), null, 2)}\n`;
    case 'jsonl':
      return toJsonl(data);
    default:
      throw new SitrepError('USAGE', `unknown export format: ${String(format)}`);
  }
}
