import { figureRow, toFigure } from './row-mapper.js';
import { withTransaction, type StoreContext } from './store-context.js';
import type { FigureKind, NewFigure, StoredFigure } from './records.js';

/** Every source's casualty figures per incident, with date and attribution. */
export class FigureRepository {
  readonly #context: StoreContext;

  constructor(context: StoreContext) {
    this.#context = context;
  }

  /** Stores one figure. */
  async insert(figure: NewFigure): Promise<StoredFigure> {
    const row = await this.#context.db.insertInto('figures').values(figureRow(figure)).returningAll().executeTakeFirstOrThrow();
    return toFigure(row);
  }

  /** Stores figures in one transaction, in input order. */
  async insertMany(figures: readonly NewFigure[]): Promise<StoredFigure[]> {
    return withTransaction(this.#context, async (context) => {
      const stored: StoredFigure[] = [];
      for (const figure of figures) stored.push(toFigure(await context.db.insertInto('figures').values(figureRow(figure)).returningAll().executeTakeFirstOrThrow()));
      return stored;
    });
  }

  /** The figures of an incident, oldest report first, optionally of one kind. */
  async forIncident(incidentId: number, kind?: FigureKind): Promise<StoredFigure[]> {
    let query = this.#context.db.selectFrom('figures').selectAll().where('incident_id', '=', incidentId);
    if (kind !== undefined) query = query.where('kind', '=', kind);
    const rows = await query.orderBy('reported_on').orderBy('id').execute();
    return rows.map(toFigure);
  }
}
