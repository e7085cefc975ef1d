import { SitrepError } from '../model/index.js';
import { toSameAs } from './row-mapper.js';
import { defaultLimit, found, now, withTransaction, type StoreContext } from './store-context.js';
import type { SameAsStatus, StoredSameAs } from './records.js';

/** Scored proposals that two entities are one, and the analysts' decisions. */
export class SameAsRepository {
  readonly #context: StoreContext;

  constructor(context: StoreContext) {
    this.#context = context;
  }

  /** Proposes that two entities are one; a pending proposal keeps the higher score, a decided one is left as decided. */
  async propose(entityA: number, entityB: number, score: number, reason?: string): Promise<StoredSameAs> {
    if (entityA === entityB) throw new SitrepError('CONFLICT', `an entity is trivially the same as itself (${entityA})`);
    const [a, b] = entityA < entityB ? [entityA, entityB] : [entityB, entityA];
    return withTransaction(this.#context, async (context) => {
      const existing = await context.db.selectFrom('same_as').selectAll().where('entity_a', '=', a).where('entity_b', '=', b).executeTakeFirst();
      if (existing === undefined) {
        const row = await context.db
          .insertInto('same_as')
          .values({ entity_a: a, entity_b: b, score, status: 'proposed', reason: reason ?? null, decided_by: null, decided_at: null, created_at: now() })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toSameAs(row);
      }
      if (existing.status !== 'proposed' || existing.score >= score) return toSameAs(existing);
      const row = await context.db.updateTable('same_as').set({ score, reason: reason ?? existing.reason }).where('id', '=', existing.id).returningAll().executeTakeFirstOrThrow();
      return toSameAs(row);
    });
  }

  /** Records an analyst's decision on a proposal. */
  async decide(id: number, status: Exclude<SameAsStatus, 'proposed'>, actor: string): Promise<StoredSameAs> {
    const row = await this.#context.db.updateTable('same_as').set({ status, decided_by: actor, decided_at: now() }).where('id', '=', id).returningAll().executeTakeFirst();
    return toSameAs(found(row, `same-as ${id}`));
  }

  /** Proposals, best score first, optionally of one status or involving one entity. */
  async list(filter: { status?: SameAsStatus; entityId?: number; limit?: number } = {}): Promise<StoredSameAs[]> {
    let query = this.#context.db.selectFrom('same_as').selectAll();
    if (filter.status !== undefined) query = query.where('status', '=', filter.status);
    if (filter.entityId !== undefined) {
      const id = filter.entityId;
      query = query.where((eb) => eb.or([eb('entity_a', '=', id), eb('entity_b', '=', id)]));
    }
    const rows = await query.orderBy('score', 'desc').orderBy('id').limit(filter.limit ?? defaultLimit).execute();
    return rows.map(toSameAs);
  }
}
