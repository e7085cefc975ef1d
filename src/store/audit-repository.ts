import { auditRow, toAuditEntry } from './row-mapper.js';
import { defaultLimit, now, type StoreContext } from './store-context.js';
import type { AuditEntry, NewAuditEntry } from './records.js';

/** The audit log: who changed what, with before and after. */
export class AuditRepository {
  readonly #context: StoreContext;

  constructor(context: StoreContext) {
    this.#context = context;
  }

  /** Appends an entry. */
  async record(entry: NewAuditEntry): Promise<AuditEntry> {
    const row = await this.#context.db.insertInto('audit_log').values(auditRow(entry, now())).returningAll().executeTakeFirstOrThrow();
    return toAuditEntry(row);
  }

  /** Entries, newest first, optionally about one target or by one actor. */
  async list(filter: { target?: string; actor?: string; limit?: number } = {}): Promise<AuditEntry[]> {
    let query = this.#context.db.selectFrom('audit_log').selectAll();
    if (filter.target !== undefined) query = query.where('target', '=', filter.target);
    if (filter.actor !== undefined) query = query.where('actor', '=', filter.actor);
    const rows = await query.orderBy('id', 'desc').limit(filter.limit ?? defaultLimit).execute();
    return rows.map(toAuditEntry);
  }
}
