import { hashToken, newToken } from '../../server/hash-token.js';
import { defaultStoreUrl, openStore, type UserRole } from '../../store/index.js';
import type { CommandSpec } from '../command.js';
import { exitCodes } from '../exit-codes.js';

const roles: readonly UserRole[] = ['viewer', 'analyst', 'admin'];

/** `sitrep users add NAME --role R` / `sitrep users list`: API users; a new token is printed once and only its hash kept. */
export const usersCommand: CommandSpec = {
  name: 'users',
  summary: 'Manage API users: `add NAME --role viewer|analyst|admin` prints a token once; `list` shows users and roles.',
  usage: 'sitrep users add NAME --role ROLE [--db URL] | sitrep users list [--db URL]',
  options: [
    { name: 'role', type: 'string', value: 'ROLE', description: 'viewer (read with a token), analyst (review and merge) or admin.', default: 'viewer' },
    { name: 'db', type: 'string', value: 'URL', description: 'Database: a SQLite file, postgres://… or pglite:DIR.', default: defaultStoreUrl },
  ],
  async run(context) {
    const [action, name, ...rest] = context.positionals;
    const role = String(context.options.role ?? 'viewer');
    if (action === 'add') {
      if (name === undefined || rest.length > 0 || !/^[\p{L}\p{N}._@-]{1,64}$/u.test(name)) {
        context.stderr.write('sitrep users add: give one NAME (letters, digits, . _ @ -; at most 64)\n');
        return exitCodes.usage;
      }
      if (!roles.includes(role as UserRole)) {
        context.stderr.write(`sitrep users add: --role must be one of ${roles.join(', ')}, not '${role}'\n`);
        return exitCodes.usage;
      }
    } else if (action !== 'list' || name !== undefined) {
      context.stderr.write(`usage: ${usersCommand.usage}\n`);
      return exitCodes.usage;
    }
    const store = await openStore(String(context.options.db ?? defaultStoreUrl));
    try {
      if (action === 'list') {
        for (const user of await store.users.list()) context.stdout.write(`${user.name}\t${user.role}\t${user.createdAt}\n`);
        return exitCodes.ok;
      }
      const token = newToken();
      await store.users.create({ name: name as string, role: role as UserRole, tokenHash: hashToken(token) });
      context.stdout.write(`${token}\n`);
      context.stderr.write(`sitrep users: added ${name} (${role}); the token above is shown only once\n`);
      return exitCodes.ok;
    } finally {
      await store.close();
    }
  },
};
