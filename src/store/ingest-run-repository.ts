import { toIngestRun, writeJson } from './row-mapper.js';
import { found, now, type StoreContext } from './store-context.js';
import type { IngestRun } from './records.js';

/** Ingest runs and their counts, so an interrupted run can be recognised and resumed. */
export class IngestRunRepository {
  readonly #context: StoreContext;

  constructor(context: StoreContext) {
    this.#context = context;
  }

  /** Records the start of a run. */
  async start(started: string = now()): Promise<IngestRun> {
    const row = await this.#context.db.insertInto('ingest_runs').values({ started, finished: null, counts: writeJson({}) }).returningAll().executeTakeFirstOrThrow();
    return toIngestRun(row);
  }

  /** Stores a run's counts so far, and its end when `finished` is given. */
  async update(id: number, counts: Record<string, number>, finished?: string): Promise<IngestRun> {
    const row = await this.#context.db
      .updateTable('ingest_runs')
      .set(finished === undefined ? { counts: writeJson(counts) } : { counts: writeJson(counts), finished })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return toIngestRun(found(row, `ingest run ${id}`));
  }

  /** The run with this id; NOT_FOUND otherwise. */
  async get(id: number): Promise<IngestRun> {
    return toIngestRun(found(await this.#context.db.selectFrom('ingest_runs').selectAll().where('id', '=', id).executeTakeFirst(), `ingest run ${id}`));
  }

  /** The most recent run, if any. */
  async latest(): Promise<IngestRun | undefined> {
    const row = await this.#context.db.selectFrom('ingest_runs').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
    return row === undefined ? undefined : toIngestRun(row);
  }
}
