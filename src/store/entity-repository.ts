import { sql } from 'kysely';
import type { EntityKind } from '../model/index.js';
import { aliasRow, entityPatchRow, entityRow, toAlias, toEntity } from './row-mapper.js';
import { defaultLimit, found, inChunks, now, withTransaction, type StoreContext } from './store-context.js';
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
    return (await this.findByFoldedNames([foldedName], kind)).get(foldedName) ?? [];
  }

  /** For each folded name, the unmerged entities with an alias of that name (in id order), optionally of one kind; one query per 500 names. */
  async findByFoldedNames(foldedNames: readonly string[], kind?: EntityKind): Promise<Map<string, StoredEntity[]>> {
    const names = [...new Set(foldedNames)];
    const result = new Map<string, StoredEntity[]>(names.map((name) => [name, []]));
    for (let start = 0; start < names.length; start += 500) {
      const chunk = names.slice(start, start + 500);
      // Driven by the (folded_name, entity_id) index: a name's aliases (one per document that used it) are
      // reduced to distinct entities before any entity row is read, never a scan of every entity of the kind.
      const pairs = this.#context.db.selectFrom('aliases').select(['aliases.folded_name', 'aliases.entity_id']).distinct().where('aliases.folded_name', 'in', chunk);
      let query = this.#context.db
        .selectFrom(pairs.as('pairs'))
        .innerJoin('entities', 'entities.id', 'pairs.entity_id')
        .selectAll('entities')
        .select('pairs.folded_name as alias_folded_name')
        .where('entities.merged_into', 'is', null);
      if (kind !== undefined) query = query.where('entities.kind', '=', kind);
      const rows = await query.orderBy('entities.id').execute();
      for (const { alias_folded_name: name, ...row } of rows) result.get(name)?.push(toEntity(row));
    }
    return result;
  }

  /** The entities with these ids (merged ones included), by id; ids not stored are absent. */
  async getMany(ids: Iterable<number>): Promise<Map<number, StoredEntity>> {
    const rows = await inChunks(ids, (chunk) => this.#context.db.selectFrom('entities').selectAll().where('id', 'in', chunk).execute());
    return new Map(rows.map((row) => [row.id, toEntity(row)]));
  }

  /** What each id stands for now, following merges to the survivor (resolve() for many ids); ids not stored are absent. */
  async resolveMany(ids: Iterable<number>): Promise<Map<number, StoredEntity>> {
    const wanted = [...new Set(ids)];
    const known = await this.getMany(wanted);
    for (let hops = 0; hops < 100; hops++) {
      const missing = [...known.values()].map((entity) => entity.mergedInto).filter((id): id is number => id !== null && !known.has(id));
      if (missing.length === 0) break;
      for (const [id, entity] of await this.getMany(missing)) known.set(id, entity);
    }
    const result = new Map<number, StoredEntity>();
    for (const id of wanted) {
      let entity = known.get(id);
      for (let hops = 0; entity !== undefined && entity.mergedInto !== null && hops < 100; hops++) entity = known.get(entity.mergedInto) ?? entity;
      if (entity !== undefined) result.set(id, entity);
    }
    return result;
  }

  /** Unmerged entities linked to this dictionary key. */
  async findByKnownId(knownId: string): Promise<StoredEntity[]> {
    const rows = await this.#context.db.selectFrom('entities').selectAll().where('known_id', '=', knownId).where('merged_into', 'is', null).orderBy('id').execute();
    return rows.map(toEntity);
  }

  /** For each dictionary key, the unmerged entities linked to it (in id order). */
  async findByKnownIds(knownIds: readonly string[]): Promise<Map<string, StoredEntity[]>> {
    const keys = [...new Set(knownIds)];
    const result = new Map<string, StoredEntity[]>(keys.map((key) => [key, []]));
    for (let start = 0; start < keys.length; start += 500) {
      const rows = await this.#context.db.selectFrom('entities').selectAll().where('known_id', 'in', keys.slice(start, start + 500)).where('merged_into', 'is', null).orderBy('id').execute();
      for (const row of rows) result.get(row.known_id!)?.push(toEntity(row));
    }
    return result;
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
    return (await this.addAliases(entityId, [alias]))[0]!;
  }

  /** Adds names to an entity (in one transaction), each kept once per source; returns them as stored, in input order. */
  async addAliases(entityId: number, aliases: readonly NewAlias[]): Promise<StoredAlias[]> {
    return this.addAliasesTo(aliases.map((alias) => ({ entityId, alias })));
  }

  /** Adds names to several entities in three queries (in one transaction), each name kept once per entity and source; returns them as stored, in input order. */
  async addAliasesTo(entries: ReadonlyArray<{ entityId: number; alias: NewAlias }>): Promise<StoredAlias[]> {
    if (entries.length === 0) return [];
    const wanted = entries.map(({ entityId, alias }) => ({ entityId, alias: { ...alias, foldedName: alias.foldedName ?? foldName(alias.name) } }));
    const key = (entityId: number, alias: { name: string; foldedName: string; source: string }): string => JSON.stringify([entityId, alias.name, alias.foldedName, alias.source]);
    return withTransaction(this.#context, async (context) => {
      const entityIds = [...new Set(wanted.map((entry) => entry.entityId))];
      const sources = [...new Set(wanted.map((entry) => entry.alias.source))];
      const stored = new Map<string, StoredAlias>();
      // By (entity, source): a document adds a handful of names to entities that may have thousands.
      for (let start = 0; start < entityIds.length; start += 200) {
        const chunk = entityIds.slice(start, start + 200);
        for (let from = 0; from < sources.length; from += 200) {
          const rows = await context.db.selectFrom('aliases').selectAll().where('entity_id', 'in', chunk).where('source', 'in', sources.slice(from, from + 200)).orderBy('id').execute();
          for (const row of rows) {
            const alias = toAlias(row);
            const k = key(alias.entityId, alias);
            if (!stored.has(k)) stored.set(k, alias);
          }
        }
      }
      const fresh = new Map<string, (typeof wanted)[number]>();
      for (const entry of wanted) {
        const k = key(entry.entityId, entry.alias);
        if (!stored.has(k) && !fresh.has(k)) fresh.set(k, entry);
      }
      if (fresh.size > 0) {
        const needed = [...new Set([...fresh.values()].map((entry) => entry.entityId))];
        const present = await inChunks(needed, (chunk) => context.db.selectFrom('entities').select('id').where('id', 'in', chunk).execute());
        const missing = needed.find((id) => !present.some((row) => row.id === id));
        if (missing !== undefined) found(undefined, `entity ${missing}`);
        const rows = [...fresh.values()];
        for (let start = 0; start < rows.length; start += 200) {
          const inserted = await context.db
            .insertInto('aliases')
            .values(rows.slice(start, start + 200).map((entry) => aliasRow(entry.entityId, entry.alias)))
            .returningAll()
            .execute();
          for (const row of inserted) stored.set(key(row.entity_id, toAlias(row)), toAlias(row));
        }
      }
      return wanted.map((entry) => stored.get(key(entry.entityId, entry.alias))!);
    });
  }

  /** The names of an entity with their sources, in the order they were added. */
  async aliasesOf(entityId: number): Promise<StoredAlias[]> {
    const rows = await this.#context.db.selectFrom('aliases').selectAll().where('entity_id', '=', entityId).orderBy('id').execute();
    return rows.map(toAlias);
  }
}
