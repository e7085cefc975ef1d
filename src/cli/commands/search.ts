import type { CommandSpec } from '../command.js';
import { exitCodes } from '../exit-codes.js';
import { dbOption, jsonOption, print, withStore } from './with-store.js';

/** `sitrep search TEXT`: documents and entities containing every word. */
export const searchCommand: CommandSpec = {
  name: 'search',
  summary: 'Full-text search over stored reports and entity names.',
  usage: 'sitrep search TEXT [--db URL] [--json]',
  options: [dbOption, jsonOption],
  async run(context) {
    const text = context.positionals.join(' ').trim();
    if (text === '') {
      context.stderr.write(`sitrep search: give words to look for\nUsage: ${this.usage}\n`);
      return exitCodes.usage;
    }
    const result = await withStore(context, (store) => store.search(text));
    if (context.options.json === true) await print(context, `${JSON.stringify(result, null, 2)}\n`);
    else {
      const lines = [
        ...result.entities.map((e) => `entity ${e.id}  ${e.canonicalName} (${e.kind})`),
        ...result.documents.map((d) => `document ${d.id}  ${d.title ?? ''}  ${d.snippet.replace(/\s+/g, ' ')}`),
      ];
      await print(context, lines.length === 0 ? 'nothing found\n' : `${lines.join('\n')}\n`);
    }
    return exitCodes.ok;
  },
};
