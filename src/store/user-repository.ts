import { toUser } from './row-mapper.js';
import { now, type StoreContext } from './store-context.js';
import type { StoredUser, UserRole } from './records.js';

/** API users and the hashes of their tokens. */
export class UserRepository {
  readonly #context: StoreContext;

  constructor(context: StoreContext) {
    this.#context = context;
  }

  /** Adds a user; CONFLICT if the name or token hash is taken. */
  async create(user: { name: string; role: UserRole; tokenHash: string }): Promise<StoredUser> {
    const row = await this.#context.db
      .insertInto('users')
      .values({ name: user.name, role: user.role, token_hash: user.tokenHash, created_at: now() })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toUser(row);
  }

  /** The user holding this token hash, if any. */
  async findByTokenHash(tokenHash: string): Promise<StoredUser | undefined> {
    const row = await this.#context.db.selectFrom('users').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return row === undefined ? undefined : toUser(row);
  }

  /** All users by name. */
  async list(): Promise<StoredUser[]> {
    return (await this.#context.db.selectFrom('users').selectAll().orderBy('name').execute()).map(toUser);
  }
}
