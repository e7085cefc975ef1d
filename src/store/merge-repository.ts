// Merges are explicit and reversible: a merge rewrites the rows that point at
// the merged entity or incident and keeps, in its snapshot, the old values of
// exactly the columns it changed; unmerge writes those values back and leaves
// every other column (a later review, a new alias) as it is.
import type { Kysely } from 'kysely';
import { SitrepError } from '../model/index.js';
import { AuditRepository } from './audit-repository.js';
import type { Database, SnapshotTable } from './database.js';
import { readJson, toMerge, writeJson } from './row-mapper.js';
import { defaultLimit, found, now, withTransaction, type StoreContext } from './store-context.js';
import type { StoredClaimObject, StoredMerge } from './records.js';

/** Old values of the columns a merge changed, per table, keyed by row id. */
type Snapshot = Partial<Record<SnapshotTable, Array<Record<string, unknown> & { id: number }>>>;

interface Change {
  table: SnapshotTable;
  id: number;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** Reversible, audited merges of entities and of incidents. */
export class MergeRepository {
  readonly #context: StoreContext;

  constructor(context: StoreContext) {
    this.#context = context;
  }

  /** Merges one entity into another: aliases, claims, attributions, perpetrators and places now point at the survivor. */
  async mergeEntities(survivor: number, merged: number, actor: string): Promise<StoredMerge> {
    return withTransaction(this.#context, async (context) => {
      const db = context.db;
      await checkMergeable(db, 'entities', survivor, merged);
      const changes: Change[] = [];
      const swap = (id: number | null): number | null => (id === merged ? survivor : id);
      const swapAll = (ids: number[]): number[] => [...new Set(ids.map((id) => (id === merged ? survivor : id)))];

      for (const row of await db.selectFrom('aliases').select(['id', 'entity_id']).where('entity_id', '=', merged).execute()) {
        changes.push({ table: 'aliases', id: row.id, before: { entity_id: row.entity_id }, after: { entity_id: survivor } });
      }
      const claims = await db
        .selectFrom('claims')
        .select(['id', 'subject_entity_id', 'object_entity_id', 'object', 'according_to'])
        .where((eb) => eb.or([eb('subject_entity_id', '=', merged), eb('object_entity_id', '=', merged), eb('according_to', '<>', writeJson([]))]))
        .execute();
      for (const row of claims) {
        const accordingTo = readJson<number[]>(row.according_to);
        if (row.subject_entity_id !== merged && row.object_entity_id !== merged && !accordingTo.includes(merged)) continue;
        const object = readJson<StoredClaimObject>(row.object);
        changes.push({
          table: 'claims',
          id: row.id,
          before: { subject_entity_id: row.subject_entity_id, object_entity_id: row.object_entity_id, object: writeJson(object), according_to: writeJson(accordingTo) },
          after: {
            subject_entity_id: swap(row.subject_entity_id),
            object_entity_id: swap(row.object_entity_id),
            object: writeJson('entity' in object && object.entity === merged ? { ...object, entity: survivor } : object),
            according_to: writeJson(swapAll(accordingTo)),
          },
        });
      }
      for (const row of await db.selectFrom('figures').select(['id', 'according_to']).where('according_to', '<>', writeJson([])).execute()) {
        const accordingTo = readJson<number[]>(row.according_to);
        if (!accordingTo.includes(merged)) continue;
        changes.push({ table: 'figures', id: row.id, before: { according_to: writeJson(accordingTo) }, after: { according_to: writeJson(swapAll(accordingTo)) } });
      }
      for (const row of await db.selectFrom('incident_perpetrators').select(['id', 'entity_id']).where('entity_id', '=', merged).execute()) {
        changes.push({ table: 'incident_perpetrators', id: row.id, before: { entity_id: row.entity_id }, after: { entity_id: survivor } });
      }
      for (const row of await db.selectFrom('incidents').select(['id', 'location_entity_id']).where('location_entity_id', '=', merged).execute()) {
        changes.push({ table: 'incidents', id: row.id, before: { location_entity_id: row.location_entity_id }, after: { location_entity_id: survivor } });
      }
      changes.push({ table: 'entities', id: merged, before: { merged_into: null }, after: { merged_into: survivor } });
      return record(context, 'entity', survivor, merged, actor, changes);
    });
  }

  /** Merges one incident into another: its reports, figures, perpetrators and claims move to the survivor. */
  async mergeIncidents(survivor: number, merged: number, actor: string): Promise<StoredMerge> {
    return withTransaction(this.#context, async (context) => {
      const db = context.db;
      await checkMergeable(db, 'incidents', survivor, merged);
      const changes: Change[] = [];
      const tables = ['incident_reports', 'figures', 'incident_perpetrators'] as const;
      for (const table of tables) {
        for (const row of await db.selectFrom(table).select(['id', 'incident_id']).where('incident_id', '=', merged).execute()) {
          changes.push({ table, id: row.id, before: { incident_id: row.incident_id }, after: { incident_id: survivor } });
        }
      }
      const claims = await db
        .selectFrom('claims')
        .select(['id', 'subject_incident_id', 'object_incident_id', 'object'])
        .where((eb) => eb.or([eb('subject_incident_id', '=', merged), eb('object_incident_id', '=', merged)]))
        .execute();
      for (const row of claims) {
        const object = readJson<StoredClaimObject>(row.object);
        const swap = (id: number | null): number | null => (id === merged ? survivor : id);
        changes.push({
          table: 'claims',
          id: row.id,
          before: { subject_incident_id: row.subject_incident_id, object_incident_id: row.object_incident_id, object: writeJson(object) },
          after: {
            subject_incident_id: swap(row.subject_incident_id),
            object_incident_id: swap(row.object_incident_id),
            object: writeJson('incident' in object && object.incident === merged ? { ...object, incident: survivor } : object),
          },
        });
      }
      const old = await db.selectFrom('incidents').select('status').where('id', '=', merged).executeTakeFirstOrThrow();
      changes.push({ table: 'incidents', id: merged, before: { status: old.status, merged_into: null }, after: { status: 'merged', merged_into: survivor } });
      return record(context, 'incident', survivor, merged, actor, changes);
    });
  }

  /** Undoes a merge: the columns it changed get their old values back. CONFLICT if already undone. */
  async unmerge(mergeId: number, actor: string): Promise<StoredMerge> {
    return withTransaction(this.#context, async (context) => {
      const db = context.db;
      const merge = found(await db.selectFrom('merges').selectAll().where('id', '=', mergeId).executeTakeFirst(), `merge ${mergeId}`);
      if (merge.undone_at !== null) throw new SitrepError('CONFLICT', `merge ${mergeId} was already undone at ${merge.undone_at}`);
      const table = merge.kind === 'entity' ? 'entities' : 'incidents';
      const mergedNow = await db.selectFrom(table).select('merged_into').where('id', '=', merge.merged).executeTakeFirstOrThrow();
      if (mergedNow.merged_into !== merge.survivor) throw new SitrepError('CONFLICT', `merge ${mergeId} no longer holds: ${merge.kind} ${merge.merged} has been changed since`);
      const snapshot = readJson<Snapshot>(merge.snapshot);
      for (const [name, rows] of Object.entries(snapshot) as Array<[SnapshotTable, NonNullable<Snapshot[SnapshotTable]>]>) {
        for (const { id, ...columns } of rows) await updateRow(db, name, id, columns);
      }
      const at = now();
      const row = await db.updateTable('merges').set({ undone_at: at, undone_by: actor }).where('id', '=', mergeId).returningAll().executeTakeFirstOrThrow();
      await new AuditRepository(context).record({ actor, action: `unmerge.${merge.kind}`, target: `merge:${mergeId}`, before: { mergedInto: merge.survivor }, after: { mergedInto: null }, at });
      return toMerge(row);
    });
  }

  /** The merge with this id; NOT_FOUND otherwise. */
  async get(id: number): Promise<StoredMerge> {
    const row = await this.#context.db.selectFrom('merges').selectAll().where('id', '=', id).executeTakeFirst();
    return toMerge(found(row, `merge ${id}`));
  }

  /** Merges, newest first, optionally of one kind or involving one id. */
  async list(filter: { kind?: StoredMerge['kind']; involving?: number; includeUndone?: boolean; limit?: number } = {}): Promise<StoredMerge[]> {
    let query = this.#context.db.selectFrom('merges').selectAll();
    if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
    if (filter.includeUndone !== true) query = query.where('undone_at', 'is', null);
    if (filter.involving !== undefined) {
      const id = filter.involving;
      query = query.where((eb) => eb.or([eb('survivor', '=', id), eb('merged', '=', id)]));
    }
    const rows = await query.orderBy('id', 'desc').limit(filter.limit ?? defaultLimit).execute();
    return rows.map(toMerge);
  }
}

async function checkMergeable(db: Kysely<Database>, table: 'entities' | 'incidents', survivor: number, merged: number): Promise<void> {
  const what = table === 'entities' ? 'entity' : 'incident';
  if (survivor === merged) throw new SitrepError('CONFLICT', `cannot merge ${what} ${merged} into itself`);
  for (const id of [survivor, merged]) {
    const row = found(await db.selectFrom(table).select('merged_into').where('id', '=', id).executeTakeFirst(), `${what} ${id}`);
    if (row.merged_into !== null) throw new SitrepError('CONFLICT', `${what} ${id} is already merged into ${row.merged_into}`);
  }
}

async function record(context: StoreContext, kind: StoredMerge['kind'], survivor: number, merged: number, actor: string, changes: Change[]): Promise<StoredMerge> {
  const snapshot: Snapshot = {};
  for (const change of changes) {
    await updateRow(context.db, change.table, change.id, change.after);
    (snapshot[change.table] ??= []).push({ id: change.id, ...change.before });
  }
  const at = now();
  const row = await context.db
    .insertInto('merges')
    .values({ kind, survivor, merged, at, by: actor, undone_at: null, undone_by: null, snapshot: writeJson(snapshot) })
    .returningAll()
    .executeTakeFirstOrThrow();
  await new AuditRepository(context).record({
    actor,
    action: `merge.${kind}`,
    target: `${kind}:${merged}`,
    before: { mergedInto: null },
    after: { mergedInto: survivor, merge: row.id, rowsChanged: changes.length },
    at,
  });
  return toMerge(row);
}

async function updateRow(db: Kysely<Database>, table: SnapshotTable, id: number, columns: Record<string, unknown>): Promise<void> {
  // One generic update for every snapshot table: the column names come from this module, never from input.
  await (db as unknown as Kysely<Record<string, { id: number }>>).updateTable(table).set(columns as never).where('id', '=', id).execute();
}
