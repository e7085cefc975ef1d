import { findEntity } from '../../ingest/services/find-entity.js';
import { vocabulary, type IncidentType } from '../../model/index.js';
import type { IncidentFilter } from '../../store/index.js';
import type { CommandSpec } from '../command.js';
import { exitCodes } from '../exit-codes.js';
import { dbOption, jsonOption, print, withStore } from './with-store.js';

/** `sitrep incidents`: stored incidents, most recent first, filtered. */
export const incidentsCommand: CommandSpec = {
  name: 'incidents',
  summary: 'List incidents, most recent first, by group, country, dates and type.',
  usage: 'sitrep incidents [--group NAME] [--country CC] [--since DATE] [--until DATE] [--type TYPE] [--db URL] [--json]',
  options: [
    dbOption,
    jsonOption,
    { name: 'group', type: 'string', value: 'NAME', description: 'Only incidents this group is named a perpetrator of.' },
    { name: 'country', type: 'string', value: 'CC', description: 'ISO country code, e.g. AF.' },
    { name: 'since', type: 'string', value: 'YYYY-MM-DD', description: 'Incidents on or after this date.' },
    { name: 'until', type: 'string', value: 'YYYY-MM-DD', description: 'Incidents on or before this date.' },
    { name: 'type', type: 'string', value: 'TYPE', description: `One of ${vocabulary.incidentTypes.join(', ')}.` },
    { name: 'limit', type: 'string', value: 'N', description: 'At most N incidents.', default: '100' },
  ],
  async run(context) {
    const o = context.options;
    const filter: IncidentFilter = { limit: Number(o.limit) || 100 };
    if (typeof o.type === 'string') {
      if (!(vocabulary.incidentTypes as readonly string[]).includes(o.type)) {
        context.stderr.write(`sitrep incidents: unknown --type '${o.type}'\n`);
        return exitCodes.usage;
      }
      filter.type = o.type as IncidentType;
    }
    if (typeof o.country === 'string') filter.country = o.country.toUpperCase();
    if (typeof o.since === 'string') filter.since = o.since;
    if (typeof o.until === 'string') filter.until = o.until;
    const incidents = await withStore(context, async (store) => {
      if (typeof o.group === 'string') filter.group = (await findEntity(store, o.group)).id;
      return store.incidents.list(filter);
    });
    if (o.json === true) await print(context, `${JSON.stringify(incidents, null, 2)}\n`);
    else {
      const lines = incidents.map((i) => {
        const date = i.date.value ?? (i.date.latest ? `≤${i.date.latest}` : '?');
        return `#${i.id}  ${date}  ${i.type}${i.suicide ? ' (suicide)' : ''}  ${i.location?.name ?? '?'}${i.location?.country ? `, ${i.location.country}` : ''}: ${i.best.killed ?? '?'} killed, ${i.best.wounded ?? '?'} wounded\n`;
      });
      await print(context, lines.join(''));
    }
    return exitCodes.ok;
  },
};
