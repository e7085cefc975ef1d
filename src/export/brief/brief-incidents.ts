// Incidents as a brief shows them: rows with named perpetrators and cited reports,
// counts per month or year, and map marks that keep the place's precision.
import { listAllIncidents, strongestRoles, type PerpetratorFact } from '../../analytics/index.js';
import type { LocationLevel } from '../../model/index.js';
import type { IncidentFilter, Store, StoredIncident } from '../../store/index.js';
import type { BriefSources } from './brief-sources.js';
import type { AreaLocator, BriefIncident, BriefMapMark, BriefPeriod, BriefTimeline } from './brief-types.js';

/** How large an area of each level is drawn, in km: no admin shapes ship, so areas are circles. */
export const briefAreaRadiusKm: Record<LocationLevel, number> = { facility: 1, city: 5, admin2: 25, admin1: 80, region: 300, country: 400 };

/** An incident with its perpetrators (strongest role each) and the documents reporting it. */
export interface LoadedIncident {
  incident: StoredIncident;
  perpetrators: PerpetratorFact[];
  documentIds: number[];
}

/** Loads the incidents matching the filter, perpetrators followed through merges. */
export async function loadBriefIncidents(store: Store, filter: Omit<IncidentFilter, 'limit' | 'offset'>): Promise<LoadedIncident[]> {
  const survivors = new Map<number, number>();
  const loaded: LoadedIncident[] = [];
  for (const incident of (await listAllIncidents(store, filter)).sort((a, b) => a.id - b.id)) {
    const records = [];
    for (const record of await store.incidents.perpetrators(incident.id)) {
      let entityId = survivors.get(record.entityId);
      if (entityId === undefined) {
        entityId = (await store.entities.resolve(record.entityId)).id;
        survivors.set(record.entityId, entityId);
      }
      records.push({ entityId, role: record.role });
    }
    const reports = await store.incidents.reports(incident.id);
    loaded.push({ incident, perpetrators: strongestRoles(records), documentIds: [...new Set(reports.map((r) => r.documentId))].sort((a, b) => a - b) });
  }
  return loaded;
}

/** The date of an incident as a table shows it. */
export function incidentDate(incident: StoredIncident): string | null {
  const { date } = incident;
  if (date.value !== null) return date.precision === 'day' || date.precision === 'unknown' ? date.value : `${date.value} (${date.precision})`;
  if (date.earliest !== null && date.latest !== null) return `${date.earliest} – ${date.latest}`;
  if (date.latest !== null) return `on or before ${date.latest}`;
  if (date.earliest !== null) return `on or after ${date.earliest}`;
  return null;
}

/** An incident row; perpetrator names from `nameOf`, reports cited. */
export function toBriefIncident(loaded: LoadedIncident, nameOf: (id: number) => string, sources: BriefSources): BriefIncident {
  const { incident } = loaded;
  const order = { claimed: 0, attributed: 1, suspected: 2, denied: 3 };
  return {
    id: incident.id,
    date: incidentDate(incident),
    type: incident.type,
    suicide: incident.suicide,
    place: incident.location?.name ?? null,
    level: incident.location?.level ?? null,
    country: incident.location?.country ?? null,
    killed: incident.best.killed,
    wounded: incident.best.wounded,
    perpetrators: [...loaded.perpetrators].sort((a, b) => order[a.role] - order[b.role] || a.entityId - b.entityId).map((p) => `${nameOf(p.entityId)} (${p.role})`),
    sources: sources.citeAll(loaded.documentIds),
  };
}

/** The deadliest incidents (killed > 0), most deaths first, then earliest. */
export function deadliestIncidents(loaded: readonly LoadedIncident[], limit = 10): LoadedIncident[] {
  return loaded
    .filter((l) => (l.incident.best.killed ?? 0) > 0)
    .sort((a, b) => (b.incident.best.killed ?? 0) - (a.incident.best.killed ?? 0) || sortDate(a.incident).localeCompare(sortDate(b.incident)) || a.incident.id - b.incident.id)
    .slice(0, limit);
}

function sortDate(incident: StoredIncident): string {
  return incident.date.value ?? incident.date.earliest ?? incident.date.latest ?? '9999';
}

/** The bound of a date known only as "on or before" or "on or after" one day. */
function oneBound(incident: StoredIncident): string | null {
  const { date } = incident;
  if (date.value !== null || (date.earliest === null) === (date.latest === null)) return null;
  return date.earliest ?? date.latest;
}

/** The month (YYYY-MM) an incident's date pins, or null; an open range ("on or before") counts at its one bound. */
function monthOf(incident: StoredIncident): string | null {
  const { date } = incident;
  const bound = oneBound(incident);
  if (bound !== null) return bound.length >= 7 ? bound.slice(0, 7) : null;
  if (date.value !== null && date.precision !== 'year' && date.precision !== 'range' && date.value.length >= 7) return date.value.slice(0, 7);
  if (date.earliest !== null && date.latest !== null && date.earliest.slice(0, 7) === date.latest.slice(0, 7) && date.earliest.length >= 7) return date.earliest.slice(0, 7);
  return null;
}

/** The year an incident's date pins, or null; an open range counts at its one bound. */
function yearOfIncident(incident: StoredIncident): string | null {
  const { date } = incident;
  const bound = oneBound(incident);
  if (bound !== null) return bound.slice(0, 4);
  if (date.value !== null) return date.value.slice(0, 4);
  if (date.earliest !== null && date.latest !== null && date.earliest.slice(0, 4) === date.latest.slice(0, 4)) return date.earliest.slice(0, 4);
  return null;
}

/**
 * Incidents and deaths per month when the dated incidents span less than three
 * calendar years, else per year; every period between the first and last is
 * listed, empty ones with zeros, so the chart's axis is time.
 */
export function briefTimeline(incidents: readonly StoredIncident[]): BriefTimeline {
  const years = incidents.map(yearOfIncident).filter((y): y is string => y !== null).sort();
  const first = years[0];
  const last = years.at(-1);
  const granularity: BriefTimeline['granularity'] = first !== undefined && last !== undefined && Number(last) - Number(first) < 3 ? 'month' : 'year';
  const counts = new Map<string, BriefPeriod>();
  let undatedIncidents = 0;
  let undatedDeaths = 0;
  for (const incident of incidents) {
    const period = granularity === 'month' ? monthOf(incident) : yearOfIncident(incident);
    if (period === null) {
      undatedIncidents += 1;
      undatedDeaths += incident.best.killed ?? 0;
      continue;
    }
    const row = counts.get(period) ?? { period, incidents: 0, deaths: 0 };
    row.incidents += 1;
    row.deaths += incident.best.killed ?? 0;
    counts.set(period, row);
  }
  const keys = [...counts.keys()].sort();
  const periods: BriefPeriod[] = [];
  const start = keys[0];
  const end = keys.at(-1);
  if (start !== undefined && end !== undefined) {
    for (let period = start; period <= end; period = nextPeriod(period)) periods.push(counts.get(period) ?? { period, incidents: 0, deaths: 0 });
  }
  return { granularity, periods, undatedIncidents, undatedDeaths };
}

function nextPeriod(period: string): string {
  if (period.length === 4) return String(Number(period) + 1).padStart(4, '0');
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7));
  return month === 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${period.slice(0, 4)}-${String(month + 1).padStart(2, '0')}`;
}

/**
 * Map marks of incidents: cities and facilities with coordinates as points; a
 * place known only to its province (or without coordinates, drawn at its
 * province by `locate`) as an area. Incidents known only to a country are left
 * off: a country-wide circle would say nothing.
 */
export function incidentMarks(loaded: readonly LoadedIncident[], locate?: AreaLocator): BriefMapMark[] {
  const marks: BriefMapMark[] = [];
  for (const { incident } of loaded) {
    const location = incident.location;
    if (location === null) continue;
    let { lat, lon } = location;
    let level = location.level;
    if (lat === null || lon === null) {
      const found = locate?.({ name: location.name, level: location.level, country: location.country, admin1: location.admin1 });
      if (found === undefined) continue;
      ({ lat, lon, level } = found);
    }
    if (level === 'country' || level === 'region') continue;
    const point = level === 'city' || level === 'facility';
    marks.push({ label: location.name, lon, lat, level, shape: point ? 'point' : 'area', radiusKm: briefAreaRadiusKm[level], role: 'incident', killed: incident.best.killed });
  }
  return marks;
}

/** A map mark of an area (a place a group holds or is present in); a country is shaded by the renderer. */
export function areaMark(place: { name: string; level: LocationLevel | null; country: string | null; admin1: string | null; lat: number | null; lon: number | null }, locate?: AreaLocator): BriefMapMark | undefined {
  let { lat, lon } = place;
  let level: LocationLevel = place.level ?? 'admin1';
  if (lat === null || lon === null) {
    const found = locate?.(place);
    if (found === undefined) return undefined;
    ({ lat, lon, level } = found);
  }
  const point = level === 'city' || level === 'facility';
  return { label: place.name, lon, lat, level, shape: point ? 'point' : 'area', radiusKm: briefAreaRadiusKm[level], role: 'area', killed: null };
}
