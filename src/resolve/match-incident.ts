// Counting events, not reports: decides whether a new report's incident is an
// event already stored. Pure; the ingest flow loads the candidates.
import type { DatePrecision, IncidentType, LocationLevel } from '../model/index.js';
import { violentIncidentTypes } from '../model/index.js';
import { foldName } from '../knowledge/fold-name.js';

/** What matching needs to know of an incident, new or stored. */
export interface IncidentFacts {
  type: IncidentType;
  date: { value?: string | null; precision: DatePrecision; earliest?: string | null; latest?: string | null };
  location: {
    name: string;
    level: LocationLevel;
    country?: string | null;
    admin1?: string | null;
    admin2?: string | null;
    geonamesId?: number | null;
  } | null;
  /** Store ids of the groups named as perpetrators (denials left out). */
  perpetrators: number[];
}

/** A stored incident that may be the same event. */
export interface IncidentCandidate extends IncidentFacts {
  id: number;
}

/** How well two incidents agree, and why; null when they cannot be one event. */
export interface IncidentScore {
  score: number;
  reasons: string[];
}

/** The decision for one new incident. */
export type IncidentMatch = { action: 'link'; incidentId: number; score: number; reasons: string[] } | { action: 'create' };

/** Reports scoring at least this are linked automatically (reversibly). */
export const incidentLinkThreshold = 0.75;

// Types a report may use loosely for a more specific event ("attack" for a bombing).
const genericTypes: ReadonlySet<IncidentType> = new Set<IncidentType>(['armed_assault', 'raid_arrest']);
const levelRank: Record<LocationLevel, number> = { region: 0, country: 1, admin1: 2, admin2: 3, city: 4, facility: 5 };
// An open-ended range ("on or before D") is taken to reach this many days from its known end.
const openRangeDays = 7;
const dayMs = 86_400_000;

/** The best-scoring stored incident that is the same event, if it scores above the threshold. */
export function matchIncident(incident: IncidentFacts, candidates: readonly IncidentCandidate[], threshold = incidentLinkThreshold): IncidentMatch {
  let best: IncidentMatch = { action: 'create' };
  let bestScore = -1;
  for (const candidate of candidates) {
    const scored = scoreIncidentPair(incident, candidate);
    if (scored === null || scored.score < threshold || scored.score <= bestScore) continue;
    bestScore = scored.score;
    best = { action: 'link', incidentId: candidate.id, score: scored.score, reasons: scored.reasons };
  }
  return best;
}

/** Scores two incidents as one event: compatible type, overlapping dates, same place at the finest shared level, no conflicting perpetrators. */
export function scoreIncidentPair(a: IncidentFacts, b: IncidentFacts): IncidentScore | null {
  const reasons: string[] = [];
  // Non-violent developments (territory changes, agreements) are not deduplicated automatically.
  if (!violentIncidentTypes.has(a.type) || !violentIncidentTypes.has(b.type)) return null;
  let typeScore: number;
  if (a.type === b.type) typeScore = 1;
  else if (genericTypes.has(a.type) || genericTypes.has(b.type)) typeScore = 0.6;
  else return null;
  reasons.push(typeScore === 1 ? `same type ${a.type}` : `compatible types ${a.type}/${b.type}`);

  const dateScore = scoreDates(a.date, b.date);
  if (dateScore === null) return null;
  reasons.push(dateScore >= 0.9 ? 'same day' : dateScore >= 0.75 ? 'dates within a day' : 'dates overlap within their precision');

  const place = scorePlaces(a.location, b.location);
  if (place === null) return null;
  reasons.push(place.reason);

  let perpetratorScore = 0;
  if (a.perpetrators.length > 0 && b.perpetrators.length > 0) {
    if (!a.perpetrators.some((id) => b.perpetrators.includes(id))) return null;
    perpetratorScore = 0.1;
    reasons.push('same perpetrator');
  }
  const score = Math.min(1, 0.3 * typeScore + 0.35 * dateScore + 0.35 * place.score + perpetratorScore);
  return { score: Math.round(score * 1000) / 1000, reasons };
}

/** The interval of days an incident date can cover, as epoch days. */
export function dateInterval(date: IncidentFacts['date']): [number, number] | null {
  const day = (iso: string | null | undefined): number | null => {
    if (iso === null || iso === undefined) return null;
    const padded = iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso.slice(0, 10);
    const ms = Date.parse(`${padded}T00:00:00Z`);
    return Number.isNaN(ms) ? null : Math.floor(ms / dayMs);
  };
  const value = day(date.value);
  if (value !== null && date.value !== null && date.value !== undefined) {
    switch (date.precision) {
      case 'day':
        return [value, value];
      case 'week':
        return [value, value + 6];
      case 'month':
        return [value, day(endOfMonth(date.value)) ?? value + 30];
      case 'year':
        return [value, value + 364];
      default:
        break;
    }
  }
  const earliest = day(date.earliest);
  const latest = day(date.latest);
  if (earliest === null && latest === null) return value === null ? null : [value, value];
  return [earliest ?? (latest as number) - openRangeDays, latest ?? (earliest as number) + openRangeDays];
}

function scoreDates(a: IncidentFacts['date'], b: IncidentFacts['date']): number | null {
  const x = dateInterval(a);
  const y = dateInterval(b);
  if (x === null || y === null) return null;
  const bothDays = a.precision === 'day' && b.precision === 'day';
  // Day precision allows ±1 day: reports straddle midnight and time zones.
  const slack = bothDays ? 1 : 0;
  if (x[0] > y[1] + slack || y[0] > x[1] + slack) return null;
  if (bothDays) return x[0] === y[0] ? 1 : 0.8;
  return 0.6;
}

function scorePlaces(a: IncidentFacts['location'], b: IncidentFacts['location']): { score: number; reason: string } | null {
  // Without a place on both sides two reports are never taken for one event.
  if (a === null || b === null) return null;
  if (!same(a.country, b.country)) return null;
  const shared = Math.min(levelRank[a.level], levelRank[b.level]);
  if (shared >= levelRank.city) {
    const sameId = a.geonamesId != null && a.geonamesId === b.geonamesId;
    if (sameId || foldName(a.name) === foldName(b.name)) return { score: 1, reason: `same place ${a.name}` };
    if (a.level === b.level) return null;
  }
  if (shared >= levelRank.admin2 && a.admin2 && b.admin2) return a.admin2 === b.admin2 ? { score: 0.85, reason: 'same district' } : null;
  if (shared >= levelRank.admin1 && a.admin1 && b.admin1) return a.admin1 === b.admin1 ? { score: 0.7, reason: 'same province' } : null;
  return { score: 0.5, reason: 'same country' };
}

function same(a: string | null | undefined, b: string | null | undefined): boolean {
  return Boolean(a) && a === b;
}

function endOfMonth(value: string): string {
  const [year, month] = value.split('-').map(Number);
  const last = new Date(Date.UTC(year ?? 1970, month ?? 1, 0));
  return last.toISOString().slice(0, 10);
}
