import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { briefFormats, buildBrief, renderBrief, type Brief, type BriefFormat, type BriefOptions } from '../../export/index.js';
import { SitrepError } from '../../model/index.js';
import { adminAreaLocator } from '../../server/locate-admin-areas.js';
import type { Store } from '../../store/index.js';
import type { CommandSpec } from '../command.js';
import { exitCodes } from '../exit-codes.js';
import { dbOption, print, withStore } from './with-store.js';

/** `sitrep report GROUP|COUNTRY`: a brief an analyst can send, in Markdown or self-contained HTML. */
export const reportCommand: CommandSpec = {
  name: 'report',
  summary: 'Write a brief on a group or a country: sourced facts, strength, areas, incidents and deaths over time, a map, numbered sources (docs/reports.md).',
  usage: 'sitrep report GROUP|COUNTRY [--kind group|country] [--format md|html] [--out FILE] [--db URL]',
  options: [
    { name: 'format', type: 'string', value: 'FORMAT', description: 'md (Markdown) or html (one self-contained, printable page).', default: 'md' },
    { name: 'kind', type: 'string', value: 'KIND', description: 'group or country; by default a group of that name, else a country (ISO code or English name).' },
    { name: 'out', short: 'o', type: 'string', value: 'FILE', description: 'Write to FILE instead of standard output.' },
    dbOption,
  ],
  async run(context) {
    const name = context.positionals.join(' ').trim();
    if (name === '') {
      context.stderr.write(`sitrep report: name a group or a country\nUsage: ${this.usage}\n`);
      return exitCodes.usage;
    }
    const format = String(context.options.format ?? 'md');
    if (!(briefFormats as readonly string[]).includes(format)) {
      context.stderr.write(`sitrep report: --format must be md or html, not '${format}'\n`);
      return exitCodes.usage;
    }
    const kind = context.options.kind;
    if (kind !== undefined && kind !== 'group' && kind !== 'country') {
      context.stderr.write(`sitrep report: --kind must be group or country, not '${String(kind)}'\n`);
      return exitCodes.usage;
    }
    const text = await withStore(context, async (store) => {
      const options = { locate: adminAreaLocator() };
      const brief = kind === undefined ? await buildGroupOrCountry(store, name, options) : await buildBrief(store, kind, name, options);
      return renderBrief(brief, format as BriefFormat);
    });
    const out = context.options.out;
    if (typeof out === 'string' && out !== '') await writeFile(resolve(context.cwd, out), text, 'utf8');
    else await print(context, text);
    return exitCodes.ok;
  },
};

const isNotFound = (error: unknown): boolean => error instanceof SitrepError && error.code === 'NOT_FOUND';

/** A group of that name when there is one, else a country; NOT_FOUND naming both when neither matches. */
async function buildGroupOrCountry(store: Store, name: string, options: BriefOptions): Promise<Brief> {
  try {
    return await buildBrief(store, 'group', name, options);
  } catch (groupError) {
    if (!isNotFound(groupError)) throw groupError;
    try {
      return await buildBrief(store, 'country', name, options);
    } catch (countryError) {
      if (isNotFound(countryError)) throw new SitrepError('NOT_FOUND', `no group or country named '${name}'`, { cause: countryError });
      throw countryError;
    }
  }
}
