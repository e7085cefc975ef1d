import { rankDeadliestGroups, scoreCountries, type RankingQuery } from '../../analytics/index.js';
import { defaultStoreUrl, openStore } from '../../store/index.js';
import type { CommandSpec } from '../command.js';
import { exitCodes } from '../exit-codes.js';

const isoDate = /^\d{4}(-\d{2}(-\d{2})?)?$/u;

/** `sitrep rank [--by deaths|gti]`: deadliest groups or the GTI-style score per country, from the store. */
export const rankCommand: CommandSpec = {
  name: 'rank',
  summary: 'Rank groups by attributed deaths (unattributed shown) or countries by a GTI-style score, from what was ingested.',
  usage: 'sitrep rank [--by deaths|gti] [--since DATE] [--until DATE] [--country CC] [--pool-affiliates] [--json] [--db URL]',
  options: [
    { name: 'by', type: 'string', value: 'WHAT', description: 'deaths: groups by attributed deaths; gti: countries by GTI-style score (0–10).', default: 'deaths' },
    { name: 'since', type: 'string', value: 'DATE', description: 'First day counted (YYYY, YYYY-MM or YYYY-MM-DD).' },
    { name: 'until', type: 'string', value: 'DATE', description: 'Last day counted (YYYY, YYYY-MM or YYYY-MM-DD).' },
    { name: 'country', type: 'string', value: 'CC', description: 'Only incidents in this country (code as stored, e.g. AF).' },
    { name: 'pool-affiliates', type: 'boolean', description: 'Count affiliates (affiliated_with claims) under their parent group.' },
    { name: 'json', type: 'boolean', description: 'Print JSON instead of a table.' },
    { name: 'db', type: 'string', value: 'URL', description: 'Database: a SQLite file, postgres://… or pglite:DIR.', default: defaultStoreUrl },
  ],
  async run(context) {
    const by = String(context.options.by ?? 'deaths');
    if (by !== 'deaths' && by !== 'gti') {
      context.stderr.write(`sitrep rank: --by must be deaths or gti, not '${by}'\n`);
      return exitCodes.usage;
    }
    const query: RankingQuery = {};
    for (const name of ['since', 'until'] as const) {
      const value = context.options[name];
      if (value === undefined) continue;
      if (typeof value !== 'string' || !isoDate.test(value)) {
        context.stderr.write(`sitrep rank: --${name} must be YYYY[-MM[-DD]], not '${String(value)}'\n`);
        return exitCodes.usage;
      }
      query[name] = name === 'since' ? padDate(value, '01') : padDate(value, '31');
    }
    if (typeof context.options.country === 'string') query.country = context.options.country.toUpperCase();
    if (context.options['pool-affiliates'] === true) query.poolAffiliates = true;
    const store = await openStore(String(context.options.db ?? defaultStoreUrl));
    try {
      const json = context.options.json === true;
      if (by === 'gti') {
        const rows = await scoreCountries(store, query);
        if (json) context.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        else {
          context.stdout.write(table(['year', 'country', 'score', 'weighted', 'incidents', 'deaths', 'injured', 'hostages'], rows.map((r) => [String(r.year), r.country, r.score.toFixed(3), r.weighted.toFixed(2), String(r.incidents), String(r.deaths), String(r.injuries), String(r.hostages)])));
          context.stdout.write('GTI-style score of what was ingested, not of the world (docs/exports.md).\n');
        }
        return exitCodes.ok;
      }
      const ranking = await rankDeadliestGroups(store, query);
      if (json) context.stdout.write(`${JSON.stringify(ranking, null, 2)}\n`);
      else {
        const rows = [...ranking.rows, ranking.unattributed].map((r, i) => [r.entityId === null ? '-' : String(i + 1), r.name, String(r.deaths), String(r.incidents), String(r.suspectedDeaths), String(r.suspectedIncidents)]);
        context.stdout.write(table(['#', 'group', 'deaths', 'incidents', 'suspected deaths', 'suspected incidents'], rows));
        context.stdout.write(`${ranking.totalDeaths} deaths in ${ranking.totalIncidents} incidents; an incident named to two groups counts for each.\n`);
      }
      return exitCodes.ok;
    } finally {
      await store.close();
    }
  },
};

/** Completes YYYY or YYYY-MM to a day, so string comparison with stored dates works. */
function padDate(value: string, day: '01' | '31'): string {
  if (value.length === 4) return `${value}-${day === '01' ? '01' : '12'}-${day}`;
  if (value.length === 7) return `${value}-${day}`;
  return value;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}
