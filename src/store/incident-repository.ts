import type { PerpetratorRole } from '../model/index.js';
import { SitrepError } from '../model/index.js';
import { bestFiguresRow, incidentPatchRow, incidentReportRow, incidentRow, toIncident, toIncidentReport, toPerpetrator } from './row-mapper.js';
import { defaultLimit, found, groupBy, inChunks, now, type StoreContext } from './store-context.js';
import type {
  BestFigures,
  IncidentFilter,
  IncidentPatch,
  IncidentPerpetratorRecord,
  IncidentReport,
  NewIncident,
  NewIncidentReport,
  StoredIncident,
} from './records.js';

/** Stored incidents, their reports and their perpetrators. */
export class IncidentRepository {
  readonly #context: StoreContext;

  constructor(context: StoreContext) {
    this.#context = context;
  }

  /** Stores an incident. */
  async insert(incident: NewIncident): Promise<StoredIncident> {
    const row = await this.#context.db.insertInto('incidents').values(incidentRow(incident, now())).returningAll().executeTakeFirstOrThrow();
    return toIncident(row);
  }

  /** The incident with this id (merged ones included); NOT_FOUND otherwise. */
  async get(id: number): Promise<StoredIncident> {
    const row = await this.#context.db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
    return toIncident(found(row, `incident ${id}`));
  }

  /** Incidents matching the filter, most recent first; merged ones only when asked. */
  async list(filter: IncidentFilter = {}): Promise<StoredIncident[]> {
    let query = this.#context.db.selectFrom('incidents').selectAll();
    if (filter.includeMerged !== true) query = query.where('status', '=', 'active');
    if (filter.type !== undefined) query = query.where('type', '=', filter.type);
    if (filter.country !== undefined) query = query.where('country', '=', filter.country);
    // An incident known only as a range matches when the range can overlap the window.
    if (filter.since !== undefined) {
      const since = filter.since;
      query = query.where((eb) => eb(eb.fn.coalesce('date_value', 'date_latest', 'date_earliest'), '>=', since));
    }
    if (filter.until !== undefined) {
      const until = filter.until;
      query = query.where((eb) => eb(eb.fn.coalesce('date_value', 'date_earliest', 'date_latest'), '<=', until));
    }
    if (filter.group !== undefined) {
      const group = filter.group;
      // `in (…)` rather than a correlated `exists`: SQLite then starts from the group's perpetrator rows, not a scan of every incident.
      query = query.where('id', 'in', (eb) => eb.selectFrom('incident_perpetrators').select('incident_perpetrators.incident_id').where('incident_perpetrators.entity_id', '=', group));
    }
    const rows = await query
      .orderBy((eb) => eb.fn.coalesce('date_value', 'date_earliest', 'date_latest'), (ob) => ob.desc().nullsLast())
      .orderBy('id', 'desc')
      .limit(filter.limit ?? defaultLimit)
      .offset(filter.offset ?? 0)
      .execute();
    return rows.map(toIncident);
  }

  /** How many active incidents there are. */
  async count(): Promise<number> {
    const row = await this.#context.db.selectFrom('incidents').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'active').executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Changes an incident's type, flags, date or place; returns it as stored. */
  async update(id: number, patch: IncidentPatch): Promise<StoredIncident> {
    const row = await this.#context.db.updateTable('incidents').set(incidentPatchRow(patch, now())).where('id', '=', id).returningAll().executeTakeFirst();
    return toIncident(found(row, `incident ${id}`));
  }

  /** Sets the best estimates (only the fields given; null clears one). */
  async updateBest(id: number, best: Partial<BestFigures>): Promise<StoredIncident> {
    const row = await this.#context.db.updateTable('incidents').set(bestFiguresRow(best, now())).where('id', '=', id).returningAll().executeTakeFirst();
    return toIncident(found(row, `incident ${id}`));
  }

  /** Links a document's report to an incident; CONFLICT if that document is already linked to it. */
  async linkReport(incidentId: number, report: NewIncidentReport): Promise<IncidentReport> {
    const linked = await this.#context.db
      .selectFrom('incident_reports')
      .select('id')
      .where('incident_id', '=', incidentId)
      .where('document_id', '=', report.documentId)
      .where('unlinked_at', 'is', null)
      .executeTakeFirst();
    if (linked !== undefined) throw new SitrepError('CONFLICT', `document ${report.documentId} is already linked to incident ${incidentId}`);
    const row = await this.#context.db.insertInto('incident_reports').values(incidentReportRow(incidentId, report, now())).returningAll().executeTakeFirstOrThrow();
    return toIncidentReport(row);
  }

  /** Unlinks a document's report from an incident, keeping the row with its unlinking time. */
  async unlinkReport(incidentId: number, documentId: number, at: string = now()): Promise<IncidentReport> {
    const row = await this.#context.db
      .updateTable('incident_reports')
      .set({ unlinked_at: at })
      .where('incident_id', '=', incidentId)
      .where('document_id', '=', documentId)
      .where('unlinked_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    return toIncidentReport(found(row, `report of document ${documentId} on incident ${incidentId}`));
  }

  /** The reports of an incident in link order; unlinked ones only when asked. */
  async reports(incidentId: number, options: { includeUnlinked?: boolean } = {}): Promise<IncidentReport[]> {
    let query = this.#context.db.selectFrom('incident_reports').selectAll().where('incident_id', '=', incidentId);
    if (options.includeUnlinked !== true) query = query.where('unlinked_at', 'is', null);
    return (await query.orderBy('id').execute()).map(toIncidentReport);
  }

  /** The current reports of many incidents (reports() for each), by incident id; one query per 500 incidents. */
  async reportsOf(incidentIds: Iterable<number>): Promise<Map<number, IncidentReport[]>> {
    const rows = await inChunks(incidentIds, (chunk) => this.#context.db.selectFrom('incident_reports').selectAll().where('incident_id', 'in', chunk).where('unlinked_at', 'is', null).orderBy('id').execute());
    return groupBy(rows.map(toIncidentReport).sort((a, b) => a.id - b.id), (report) => report.incidentId);
  }

  /** The incidents a document currently reports. */
  async reportsOfDocument(documentId: number): Promise<IncidentReport[]> {
    const rows = await this.#context.db.selectFrom('incident_reports').selectAll().where('document_id', '=', documentId).where('unlinked_at', 'is', null).orderBy('id').execute();
    return rows.map(toIncidentReport);
  }

  /** Records that a document names an entity as a perpetrator of the incident. */
  async addPerpetrator(incidentId: number, perpetrator: { entityId: number; role: PerpetratorRole; documentId?: number | null }): Promise<IncidentPerpetratorRecord> {
    const row = await this.#context.db
      .insertInto('incident_perpetrators')
      .values({ incident_id: incidentId, entity_id: perpetrator.entityId, role: perpetrator.role, document_id: perpetrator.documentId ?? null })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toPerpetrator(row);
  }

  /** The perpetrators of many incidents (perpetrators() for each), by incident id; one query per 500 incidents. */
  async perpetratorsOf(incidentIds: Iterable<number>): Promise<Map<number, IncidentPerpetratorRecord[]>> {
    const rows = await inChunks(incidentIds, (chunk) => this.#context.db.selectFrom('incident_perpetrators').selectAll().where('incident_id', 'in', chunk).orderBy('id').execute());
    return groupBy(rows.map(toPerpetrator).sort((a, b) => a.id - b.id), (record) => record.incidentId);
  }

  /** Per entity named a perpetrator of an active incident: how many such incidents, and the sum of their best death tolls. */
  async perpetratorTotals(entityIds?: Iterable<number>): Promise<Map<number, { incidents: number; killed: number }>> {
    const totals = new Map<number, { incidents: number; killed: number }>();
    const query = async (chunk?: number[]) => {
      let pairs = this.#context.db
        .selectFrom('incident_perpetrators')
        .innerJoin('incidents', 'incidents.id', 'incident_perpetrators.incident_id')
        .select(['incident_perpetrators.entity_id', 'incidents.id', 'incidents.killed'])
        .distinct()
        .where('incidents.status', '=', 'active');
      if (chunk !== undefined) pairs = pairs.where('incident_perpetrators.entity_id', 'in', chunk);
      return this.#context.db
        .selectFrom(pairs.as('pairs'))
        .select((eb) => ['pairs.entity_id', eb.fn.countAll().as('incidents'), eb.fn.sum<number | string | null>('pairs.killed').as('killed')])
        .groupBy('pairs.entity_id')
        .execute();
    };
    const rows = entityIds === undefined ? await query() : await inChunks(entityIds, query);
    for (const row of rows) totals.set(row.entity_id, { incidents: Number(row.incidents), killed: Number(row.killed ?? 0) });
    return totals;
  }

  /** The perpetrators of an incident, one record per document that named them. */
  async perpetrators(incidentId: number): Promise<IncidentPerpetratorRecord[]> {
    const rows = await this.#context.db.selectFrom('incident_perpetrators').selectAll().where('incident_id', '=', incidentId).orderBy('id').execute();
    return rows.map(toPerpetrator);
  }
}
