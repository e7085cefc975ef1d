// A country's brief: incidents and deaths over time, the groups active there by
// attributed deaths, the GTI-style score by year, areas groups are said to hold,
// the deadliest incidents and a map; every fact cites numbered sources.
import { rankDeadliestGroups, scoreCountries } from '../../analytics/index.js';
import type { Predicate } from '../../model/index.js';
import type { Store, StoredClaim, StoredEntity } from '../../store/index.js';
import { BriefSources } from './brief-sources.js';
import { areaMark, briefTimeline, deadliestIncidents, incidentMarks, loadBriefIncidents, toBriefIncident } from './brief-incidents.js';
import type { Brief, BriefArea, BriefGroupRow, BriefMapMark, BriefOptions } from './brief-types.js';
import { toBriefArea } from './fold-brief-facts.js';
import { formatScore } from './format-brief-text.js';

const many = 100_000;
const areaPredicates: readonly Predicate[] = ['controls', 'present_in', 'based_in'];

/** The country a brief is about: its code, English name and, when stored, its entity. */
export interface BriefCountry {
  code: string;
  name: string;
  entity: StoredEntity | undefined;
}

/** Builds the brief of one country (incidents stored with that country code). */
export async function buildCountryBrief(store: Store, country: BriefCountry, options: BriefOptions = {}): Promise<Brief> {
  const sources = new BriefSources();
  const entities = new Map<number, StoredEntity>();
  const entity = async (id: number): Promise<StoredEntity | undefined> => {
    if (!entities.has(id)) {
      const found = await store.entities.resolve(id).catch(() => undefined);
      if (found !== undefined) entities.set(id, found);
      return found;
    }
    return entities.get(id);
  };
  const incidents = await loadBriefIncidents(store, { country: country.code });
  for (const loaded of incidents) for (const p of loaded.perpetrators) await entity(p.entityId);

  // Areas in the country that groups are said to control, be present or based in.
  const areaClaims = new Map<string, StoredClaim[]>();
  for (const predicate of areaPredicates) {
    for (const claim of (await store.claims.byPredicate(predicate, { limit: many })).sort((a, b) => a.id - b.id)) {
      if (!('entity' in claim.object) || !('entity' in claim.subject)) continue;
      const place = await entity(claim.object.entity);
      const subject = await entity(claim.subject.entity);
      if (place?.country !== country.code || subject === undefined || (subject.kind !== 'armed_group' && subject.kind !== 'organization')) continue;
      for (const body of claim.accordingTo) await entity(body);
      const key = `${subject.id}|${predicate}|${place.id}`;
      areaClaims.set(key, [...(areaClaims.get(key) ?? []), claim]);
    }
  }
  const nameOf = (id: number): string => entities.get(id)?.canonicalName ?? `entity ${id}`;

  const ranking = await rankDeadliestGroups(store, { country: country.code });
  const groups: BriefGroupRow[] = [...ranking.rows.map((r, i) => ({ rank: i + 1, name: r.name, deaths: r.deaths, incidents: r.incidents, suspectedDeaths: r.suspectedDeaths, suspectedIncidents: r.suspectedIncidents })), { rank: null, name: 'unattributed', deaths: ranking.unattributed.deaths, incidents: ranking.unattributed.incidents, suspectedDeaths: 0, suspectedIncidents: 0 }];
  const scores = (await scoreCountries(store, { country: country.code })).map((r) => ({ year: r.year, score: r.score, weighted: r.weighted, incidents: r.incidents, deaths: r.deaths, injuries: r.injuries, hostages: r.hostages }));

  const timeline = briefTimeline(incidents.map((l) => l.incident));
  const deadliest = deadliestIncidents(incidents).map((l) => toBriefIncident(l, nameOf, sources));
  const areas: BriefArea[] = [];
  for (const claims of areaClaims.values()) {
    const area = toBriefArea(claims, entities, nameOf, sources);
    const subject = claims[0]?.subject;
    if (area !== undefined) areas.push(subject !== undefined && 'entity' in subject ? { ...area, group: nameOf(subject.entity) } : area);
  }
  // Incidents beyond the deadliest are cited too: the charts count them.
  for (const loaded of incidents) sources.citeAll(loaded.documentIds);

  const marks: BriefMapMark[] = [];
  for (const area of areas) {
    if (area.level === 'country') continue;
    const mark = areaMark(area, options.locate);
    if (mark !== undefined) marks.push(mark);
  }
  marks.push(...incidentMarks(incidents, options.locate));
  const deaths = incidents.reduce((sum, l) => sum + (l.incident.best.killed ?? 0), 0);
  const wounded = incidents.reduce((sum, l) => sum + (l.incident.best.wounded ?? 0), 0);
  const latest = scores.at(-1);

  const brief: Brief = {
    kind: 'country',
    title: country.name,
    subtitle: `country ${country.code}`,
    figures: [
      { label: 'Incidents', value: String(incidents.length) },
      { label: 'Deaths', value: String(deaths) },
      { label: 'Wounded', value: String(wounded) },
      { label: 'Groups named as perpetrators', value: String(ranking.rows.length) },
      { label: 'Latest GTI-style score', value: latest === undefined ? 'none' : `${formatScore(latest.score)} (${latest.year})` },
    ],
    sections: [],
    strength: [],
    areas,
    timeline,
    deadliest,
    groups,
    scores,
    map: { marks, countries: [{ code: country.code, name: country.name, lat: country.entity?.lat ?? null, lon: country.entity?.lon ?? null }] },
    sources: [],
    notes: [
      'Counts are of what was ingested, not of the world: a brief is as complete as the reports behind it.',
      'Groups are ranked by deaths in the terrorism incidents (GTD attack types) they claimed or were attributed; an incident naming two groups counts for each; deaths no group claimed or was attributed stay in the unattributed row.',
      'The GTI-style score weighs 1 per incident, 3 per death, 0.5 per injury and 0.5 per hostage over five years (16/8/4/2/1 over 31), log-banded 0–10 against the highest country of the year (docs/exports.md).',
    ],
  };
  brief.sources = await sources.list(store);
  return brief;
}
