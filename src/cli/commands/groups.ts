import { listGroups } from '../../ingest/services/group-profile.js';
import type { CommandSpec } from '../command.js';
import { exitCodes } from '../exit-codes.js';
import { dbOption, jsonOption, print, withStore } from './with-store.js';

/** `sitrep groups`: the armed groups stored, deadliest first. */
export const groupsCommand: CommandSpec = {
  name: 'groups',
  summary: 'List the armed groups stored, with incidents, deaths and claims, deadliest first.',
  usage: 'sitrep groups [--db URL] [--json]',
  options: [dbOption, jsonOption],
  async run(context) {
    const groups = await withStore(context, listGroups);
    if (context.options.json === true) await print(context, `${JSON.stringify(groups, null, 2)}\n`);
    else await print(context, groups.map((g) => `${String(g.id).padStart(5)}  ${g.name}${g.country ? ` (${g.country})` : ''}: ${g.incidents} incidents, ${g.killed} killed, ${g.claims} claims\n`).join(''));
    return exitCodes.ok;
  },
};
