// The entry point of `sitrep report` and the reports API: find what the user
// named (a group, or a country by code or name), then build its brief.
import { SitrepError } from '../../model/index.js';
import { foldName, type Store, type StoredEntity } from '../../store/index.js';
import { countryName } from '../describe-incident.js';
import type { Brief, BriefKind, BriefOptions } from './brief-types.js';
import { buildCountryBrief, type BriefCountry } from './build-country-brief.js';
import { buildGroupBrief } from './build-group-brief.js';

/** What briefs are about. */
export const briefKinds: readonly BriefKind[] = ['group', 'country'];

/** Builds the brief of the group or country `name` names; NOT_FOUND when nothing matches, USAGE when a name is ambiguous. */
export async function buildBrief(store: Store, kind: BriefKind, name: string, options: BriefOptions = {}): Promise<Brief> {
  const query = name.trim();
  if (query === '') throw new SitrepError('USAGE', `name a ${kind}`);
  return kind === 'group' ? buildGroupBrief(store, await findGroup(store, query), options) : buildCountryBrief(store, await findCountry(store, query), options);
}

/** The group a user means by an id, a known id (dictionary key) or a name; a canonical name outranks an alias. */
export async function findGroup(store: Store, query: string): Promise<StoredEntity> {
  const isGroup = (entity: StoredEntity): boolean => entity.kind === 'armed_group' || entity.kind === 'organization';
  if (/^\d{1,15}$/.test(query)) {
    const entity = await store.entities.resolve(Number(query));
    if (!isGroup(entity)) throw new SitrepError('NOT_FOUND', `entity ${query} is a ${entity.kind}, not a group`);
    return entity;
  }
  const known = (await store.entities.findByKnownId(query)).filter(isGroup);
  if (known[0] !== undefined) return store.entities.resolve(known[0].id);
  const folded = foldName(query);
  let matches = await store.entities.findByFoldedName(folded, 'armed_group');
  if (matches.length === 0) matches = await store.entities.findByFoldedName(folded, 'organization');
  const unique = [...new Map((await Promise.all(matches.map((m) => store.entities.resolve(m.id)))).map((m) => [m.id, m])).values()];
  if (unique.length === 0) throw new SitrepError('NOT_FOUND', `no group named '${query}'`);
  if (unique.length === 1) return unique[0] as StoredEntity;
  const canonical = unique.filter((entity) => foldName(entity.canonicalName) === folded);
  if (canonical.length === 1) return canonical[0] as StoredEntity;
  throw new SitrepError('USAGE', `'${query}' names several groups (${unique.map((e) => `${e.id} ${e.canonicalName}`).join('; ')}); give an id`);
}

/** The country a user means by an ISO 3166-1 alpha-2 code or an English name; it must have incidents or a place stored. */
export async function findCountry(store: Store, query: string): Promise<BriefCountry> {
  const folded = foldName(query);
  let code: string | undefined;
  if (/^[A-Za-z]{2}$/.test(query)) code = query.toUpperCase();
  if (code === undefined) {
    const places = (await store.entities.findByFoldedName(folded, 'location')).filter((e) => e.level === 'country' && e.country !== null);
    code = places[0]?.country ?? undefined;
  }
  if (code === undefined) {
    for (let a = 65; a <= 90 && code === undefined; a++) {
      for (let b = 65; b <= 90; b++) {
        const candidate = String.fromCharCode(a, b);
        const english = countryName(candidate);
        if (english !== candidate && foldName(english) === folded) {
          code = candidate;
          break;
        }
      }
    }
  }
  if (code === undefined) throw new SitrepError('NOT_FOUND', `no country named '${query}'`);
  const name = countryName(code);
  const entity = (await store.entities.list({ kind: 'location', country: code, limit: 10_000 })).find((e) => e.level === 'country');
  const incidents = await store.incidents.list({ country: code, limit: 1 });
  if (incidents.length === 0 && entity === undefined) throw new SitrepError('NOT_FOUND', `nothing stored for country ${code}${name === code ? '' : ` (${name})`}`);
  return { code, name, entity };
}
