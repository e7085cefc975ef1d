import { openStore, defaultStoreUrl, type Store } from '../../store/index.js';
import type { CommandContext, OptionSpec } from '../command.js';

/** The `--db` option every store command takes. */
export const dbOption: OptionSpec = { name: 'db', type: 'string', value: 'URL', description: `Database: a SQLite file, postgres://… or pglite:DIR (default: $SITREP_DB or ${defaultStoreUrl}).` };

/** The `--json` option of the query commands. */
export const jsonOption: OptionSpec = { name: 'json', type: 'boolean', description: 'Print JSON instead of text.' };

/** Opens the store the command names, runs fn and closes it. */
export async function withStore<T>(context: CommandContext, fn: (store: Store) => Promise<T>): Promise<T> {
  const option = context.options.db;
  const url = typeof option === 'string' && option !== '' ? option : context.env.SITREP_DB || defaultStoreUrl;
  const store = await openStore(url);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Writes text to a stream and waits for it to drain. */
export function print(context: CommandContext, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (context.stdout.write(text)) resolve();
    else context.stdout.once('drain', () => resolve());
  });
}
