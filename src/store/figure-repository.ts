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
    if (figures.length === 0) return [];
    return withTransaction(this.#context, async (context) => {
      const stored: StoredFigure[] = [];
      // One multi-row insert per 200 figures; ids ascend in input order on every database.
      for (let start = 0; start < figures.length; start += 200) {
        const rows = await context.db.insertInto('figures').values(figures.slice(start, start + 200).map(figureRow)).returningAll().execute();
        stored.push(...rows.map(toFigure).sort((a, b) => a.id - b.id));
      }
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
