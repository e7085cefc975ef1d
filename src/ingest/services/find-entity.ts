import { foldName } from '../../knowledge/fold-name.js';
import { SitrepError, type EntityKind } from '../../model/index.js';
import type { Store, StoredEntity } from '../../store/index.js';

/** The entity a user means by an id, a dictionary key or a name; an alias shared by several entities is a CONFLICT naming them, never a guess. */
export async function findEntity(store: Store, query: string, kind?: EntityKind): Promise<StoredEntity> {
  if (/^\d+$/.test(query)) return store.entities.resolve(Number(query));
  const known = await store.entities.findByKnownId(query);
  if (known.length > 0) return known[0]!;
  const folded = foldName(query);
  const matches = await store.entities.findByFoldedName(folded, kind);
  if (matches.length === 0) throw new SitrepError('NOT_FOUND', `no ${kind?.replace('_', ' ') ?? 'entity'} named '${query}'`);
  if (matches.length === 1) return matches[0]!;
  // A canonical name outranks an alias: "Islamic State" is the group of that name, not every branch that uses it.
  const canonical = matches.filter((entity) => foldName(entity.canonicalName) === folded);
  if (canonical.length === 1) return canonical[0]!;
  const list = matches.map((entity) => `${entity.id} ${entity.canonicalName}`).join('; ');
  throw new SitrepError('CONFLICT', `'${query}' names several entities (${list}); use an id`);
}
