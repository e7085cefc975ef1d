import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { exportFormats, exportRecords, type ExportFilter, type ExportFormat } from '../../export/index.js';
import { defaultStoreUrl, foldName, openStore } from '../../store/index.js';
import type { CommandSpec } from '../command.js';
import { exitCodes } from '../exit-codes.js';

const isoDate = /^\d{4}(-\d{2}(-\d{2})?)?$/u;

/** `sitrep export --format FORMAT`: the record as STIX 2.1, GTD-/ACLED-like CSV, GeoJSON or JSONL. */
export const exportCommand: CommandSpec = {
  name: 'export',
  summary: 'Export the record as STIX 2.1, GTD-like or ACLED-like CSV, GeoJSON or JSONL (docs/exports.md).',
  usage: 'sitrep export --format stix|csv-gtd|csv-acled|geojson|jsonl [--out FILE] [--group NAME|ID] [--country CC] [--since DATE] [--until DATE] [--db URL]',
  options: [
    { name: 'format', type: 'string', value: 'FORMAT', description: 'stix, csv-gtd, csv-acled, geojson or jsonl.', default: 'jsonl' },
    { name: 'out', type: 'string', value: 'FILE', description: 'Write to FILE instead of standard output.' },
    { name: 'group', type: 'string', value: 'NAME|ID', description: 'Only this group: its incidents and its claims.' },
    { name: 'country', type: 'string', value: 'CC', description: 'Only incidents in this country (code as stored, e.g. AF).' },
    { name: 'since', type: 'string', value: 'DATE', description: 'Only incidents on or after DATE.' },
    { name: 'until', type: 'string', value: 'DATE', description: 'Only incidents on or before DATE.' },
    { name: 'db', type: 'string', value: 'URL', description: 'Database: a SQLite file, postgres://… or pglite:DIR.', default: defaultStoreUrl },
  ],
  async run(context) {
    const format = String(context.options.format ?? 'jsonl');
    if (!(exportFormats as readonly string[]).includes(format)) {
      context.stderr.write(`sitrep export: --format must be one of ${exportFormats.join(', ')}, not '${format}'\n`);
      return exitCodes.usage;
    }
    const filter: ExportFilter = {};
    for (const name of ['since', 'until'] as const) {
      const value = context.options[name];
      if (value === undefined) continue;
      if (typeof value !== 'string' || !isoDate.test(value)) {
        context.stderr.write(`sitrep export: --${name} must be YYYY[-MM[-DD]], not '${String(value)}'\n`);
        return exitCodes.usage;
      }
      filter[name] = name === 'since' ? value : value.length === 4 ? `${value}-12-31` : value.length === 7 ? `${value}-31` : value;
    }
    if (typeof context.options.country === 'string') filter.country = context.options.country.toUpperCase();
    const store = await openStore(String(context.options.db ?? defaultStoreUrl));
    try {
      const group = context.options.group;
      if (typeof group === 'string') {
        const matches = /^\d+$/u.test(group) ? [await store.entities.resolve(Number(group))] : await store.entities.findByFoldedName(foldName(group), 'armed_group');
        if (matches.length !== 1 || matches[0] === undefined) {
          context.stderr.write(`sitrep export: --group '${group}' matches ${matches.length} groups${matches.length > 1 ? ` (${matches.map((m) => `${m.id} ${m.canonicalName}`).join('; ')}); give an id` : ''}\n`);
          return matches.length === 0 ? exitCodes.notFound : exitCodes.usage;
        }
        filter.group = matches[0].id;
      }
      const text = await exportRecords(store, format as ExportFormat, filter);
      const out = context.options.out;
      if (typeof out === 'string') await writeFile(resolve(context.cwd, out), text, 'utf8');
      else context.stdout.write(text);
      return exitCodes.ok;
    } finally {
      await store.close();
    }
  },
};
