// What every repository shares: the database handle (the root Kysely or the
// current transaction), the dialect, and how errors leave the store.
import type { Kysely } from 'kysely';
import { SitrepError } from '../model/index.js';
import type { Database } from './database.js';
import { isUniqueViolation } from './dialects/classify-error.js';
import type { StoreDialect } from './dialects/store-dialect.js';

/** The handle repositories run their queries on. */
export interface StoreContext {
  readonly db: Kysely<Database>;
  readonly dialect: StoreDialect;
  readonly inTransaction: boolean;
}

/** Runs fn in a transaction, or inside the current one when there is one (no nesting). */
export async function withTransaction<T>(context: StoreContext, fn: (context: StoreContext) => Promise<T>): Promise<T> {
  if (context.inTransaction) return fn(context);
  return context.db.transaction().execute((trx) => fn({ db: trx, dialect: context.dialect, inTransaction: true }));
}

/** The current time as the store records it. */
export function now(): string {
  return new Date().toISOString();
}

/** Turns a database error into a SitrepError ('CONFLICT' for uniqueness, else 'STORE'), keeping the cause. */
export function toStoreError(error: unknown): SitrepError {
  if (error instanceof SitrepError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new SitrepError(isUniqueViolation(error) ? 'CONFLICT' : 'STORE', message, { cause: error });
}

/** Wraps every method of a repository so that what it throws is a SitrepError. */
export function guardErrors<T extends object>(repository: T): T {
  return new Proxy(repository, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        try {
          const result: unknown = value.apply(target, args);
          return result instanceof Promise ? result.catch((error: unknown) => Promise.reject(toStoreError(error))) : result;
        } catch (error) {
          throw toStoreError(error);
        }
      };
    },
  });
}

/** Throws NOT_FOUND when a looked-up row is missing. */
export function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new SitrepError('NOT_FOUND', `${what} not found`);
  return value;
}

/** The default page size of list methods. */
export const defaultLimit = 1000;
