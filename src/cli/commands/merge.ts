import { findEntity } from '../../ingest/services/find-entity.js';
import type { CommandSpec } from '../command.js';
import { exitCodes } from '../exit-codes.js';
import { dbOption, withStore } from './with-store.js';

/** `sitrep merge A B`: merge entity (or incident) B into A, audited and reversible. */
export const mergeCommand: CommandSpec = {
  name: 'merge',
  summary: 'Merge entity B into entity A (or incident B into A with --incidents); reversible with sitrep unmerge.',
  usage: 'sitrep merge A B [--incidents] [--by NAME] [--db URL]',
  options: [
    dbOption,
    { name: 'incidents', type: 'boolean', description: 'A and B are incident ids, not entities.' },
    { name: 'by', type: 'string', value: 'NAME', description: 'Who merges, for the audit log (default: $USER).' },
  ],
  async run(context) {
    const [a, b] = context.positionals;
    if (a === undefined || b === undefined || context.positionals.length !== 2) {
      context.stderr.write(`sitrep merge: give two ids or names\nUsage: ${this.usage}\n`);
      return exitCodes.usage;
    }
    const actor = typeof context.options.by === 'string' ? context.options.by : context.env.USER || 'cli';
    const merge = await withStore(context, async (store) => {
      if (context.options.incidents === true) return store.merges.mergeIncidents(Number(a), Number(b), actor);
      const survivor = await findEntity(store, a);
      const merged = await findEntity(store, b);
      return store.merges.mergeEntities(survivor.id, merged.id, actor);
    });
    context.stdout.write(`merge ${merge.id}: ${merge.kind} ${merge.merged} merged into ${merge.survivor} (undo: sitrep unmerge ${merge.id})\n`);
    return exitCodes.ok;
  },
};
