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

// Ids per `in (…)` list: well under SQLite's bound-parameter limit (32,766 since 3.32, 999 before).
const idChunk = 500;

/** Runs a query per chunk of distinct ids and concatenates the rows (an `in (…)` list stays under the parameter limit). */
export async function inChunks<R>(ids: Iterable<number>, query: (chunk: number[]) => Promise<R[]>): Promise<R[]> {
  const distinct = [...new Set(ids)];
  const rows: R[] = [];
  for (let start = 0; start < distinct.length; start += idChunk) rows.push(...(await query(distinct.slice(start, start + idChunk))));
  return rows;
}

/** Groups values by a key, keeping their order. */
export function groupBy<K, V>(values: readonly V[], key: (value: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const value of values) {
    const k = key(value);
    const list = groups.get(k);
    if (list === undefined) groups.set(k, [value]);
    else list.push(value);
  }
  return groups;
}
