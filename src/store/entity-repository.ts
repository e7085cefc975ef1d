import { sql } from 'kysely';
import type { EntityKind } from '../model/index.js';
import { aliasRow, entityPatchRow, entityRow, toAlias, toEntity } from './row-mapper.js';
import { defaultLimit, found, now, withTransaction, type StoreContext } from './store-context.js';
import { foldName } from './fold-name.js';
import type { EntityFilter, EntityPatch, NewAlias, NewEntity, StoredAlias, StoredEntity } from './records.js';

/** Stored entities and their names. */
export class EntityRepository {
  readonly #context: StoreContext;

  constructor(context: StoreContext) {
    this.#context = context;
  }

  /** Stores an entity and its canonical name as its first alias. */
  async insert(entity: NewEntity): Promise<StoredEntity> {
    return withTransaction(this.#context, async (context) => {
      const row = await context.db.insertInto('entities').values(entityRow(entity, now())).returningAll().executeTakeFirstOrThrow();
      const alias: NewAlias = { name: entity.canonicalName, source: entity.source, firstSeen: row.created_at };
      if (entity.foldedName !== undefined) alias.foldedName = entity.foldedName;
      await context.db.insertInto('aliases').values(aliasRow(row.id, alias)).execute();
      return toEntity(row);
    });
  }

  /** The entity with this id (merged ones included); NOT_FOUND otherwise. */
  async get(id: number): Promise<StoredEntity> {
    const row = await this.#context.db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst();
    return toEntity(found(row, `entity ${id}`));
  }

  /** The entity a (possibly merged) id stands for now: follows merges to the survivor. */
  async resolve(id: number): Promise<StoredEntity> {
    let entity = await this.get(id);
    for (let hops = 0; entity.mergedInto !== null && hops < 100; hops++) entity = await this.get(entity.mergedInto);
    return entity;
  }

  /** Unmerged entities with an alias of this folded name, optionally of one kind. */
  async findByFoldedName(foldedName: string, kind?: EntityKind): Promise<StoredEntity[]> {
    let query = this.#context.db
      .selectFrom('entities')
      .selectAll('entities')
      .where('merged_into', 'is', null)
      .where((eb) => eb.exists(eb.selectFrom('aliases').select('aliases.id').whereRef('aliases.entity_id', '=', 'entities.id').where('aliases.folded_name', '=', foldedName)));
    if (kind !== undefined) query = query.where('kind', '=', kind);
    const rows = await query.orderBy('id').execute();
    return rows.map(toEntity);
  }

  /** Unmerged entities linked to this dictionary key. */
  async findByKnownId(knownId: string): Promise<StoredEntity[]> {
    const rows = await this.#context.db.selectFrom('entities').selectAll().where('known_id', '=', knownId).where('merged_into', 'is', null).orderBy('id').execute();
    return rows.map(toEntity);
  }

  /** Entities matching the filter, in id order; merged ones only when asked. */
  async list(filter: EntityFilter = {}): Promise<StoredEntity[]> {
    let query = this.#context.db.selectFrom('entities').selectAll();
    if (filter.includeMerged !== true) query = query.where('merged_into', 'is', null);
    if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
    if (filter.country !== undefined) query = query.where('country', '=', filter.country);
    if (filter.nameContains !== undefined) {
      const needle = `%${filter.nameContains.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      // ESCAPE spelled out: SQLite has no default escape character for LIKE.
      query = query.where(sql<boolean>`lower(canonical_name) like ${needle} escape '\\'`);
    }
    const rows = await query.orderBy('id').limit(filter.limit ?? defaultLimit).offset(filter.offset ?? 0).execute();
    return rows.map(toEntity);
  }

  /** How many unmerged entities there are, optionally of one kind. */
  async count(kind?: EntityKind): Promise<number> {
    let query = this.#context.db.selectFrom('entities').select((eb) => eb.fn.countAll().as('n')).where('merged_into', 'is', null);
    if (kind !== undefined) query = query.where('kind', '=', kind);
    return Number((await query.executeTakeFirstOrThrow()).n);
  }

  /** Changes an entity's attributes; returns it as stored. */
  async update(id: number, patch: EntityPatch): Promise<StoredEntity> {
    const row = entityPatchRow(patch);
    if (Object.keys(row).length === 0) return this.get(id);
    const updated = await this.#context.db.updateTable('entities').set(row).where('id', '=', id).returningAll().executeTakeFirst();
    return toEntity(found(updated, `entity ${id}`));
  }

  /** Adds a name to an entity; the same name from the same source is kept once. */
  async addAlias(entityId: number, alias: NewAlias): Promise<StoredAlias> {
    const foldedName = alias.foldedName ?? foldName(alias.name);
    return withTransaction(this.#context, async (context) => {
      const existing = await context.db
        .selectFrom('aliases')
        .selectAll()
        .where('entity_id', '=', entityId)
        .where('name', '=', alias.name)
        .where('folded_name', '=', foldedName)
        .where('source', '=', alias.source)
        .executeTakeFirst();
      if (existing !== undefined) return toAlias(existing);
      found(await context.db.selectFrom('entities').select('id').where('id', '=', entityId).executeTakeFirst(), `entity ${entityId}`);
      const row = await context.db.insertInto('aliases').values(aliasRow(entityId, { ...alias, foldedName })).returningAll().executeTakeFirstOrThrow();
      return toAlias(row);
    });
  }

  /** The names of an entity with their sources, in the order they were added. */
  async aliasesOf(entityId: number): Promise<StoredAlias[]> {
    const rows = await this.#context.db.selectFrom('aliases').selectAll().where('entity_id', '=', entityId).orderBy('id').execute();
    return rows.map(toAlias);
  }
}
