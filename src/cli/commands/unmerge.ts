import type { CommandSpec } from '../command.js';
import { exitCodes } from '../exit-codes.js';
import { dbOption, withStore } from './with-store.js';

/** `sitrep unmerge MERGE_ID`: undo a merge, audited. */
export const unmergeCommand: CommandSpec = {
  name: 'unmerge',
  summary: 'Undo a merge: everything it moved goes back; later changes stay.',
  usage: 'sitrep unmerge MERGE_ID [--by NAME] [--db URL]',
  options: [dbOption, { name: 'by', type: 'string', value: 'NAME', description: 'Who unmerges, for the audit log (default: $USER).' }],
  async run(context) {
    const id = Number(context.positionals[0]);
    if (!Number.isInteger(id) || id <= 0) {
      context.stderr.write(`sitrep unmerge: give a merge id\nUsage: ${this.usage}\n`);
      return exitCodes.usage;
    }
    const actor = typeof context.options.by === 'string' ? context.options.by : context.env.USER || 'cli';
    const merge = await withStore(context, (store) => store.merges.unmerge(id, actor));
    context.stdout.write(`merge ${merge.id} undone: ${merge.kind} ${merge.merged} is separate from ${merge.survivor} again\n`);
    return exitCodes.ok;
  },
};
