// An incident's own fields are derived from the reports currently linked to it,
// so linking and unlinking a report are exact inverses: recompute, never patch.
import type { Incident, IncidentType, LocationLevel } from '../model/index.js';

/** The incident fields that follow from its reports. */
export interface IncidentSummary {
  type: IncidentType;
  suicide: boolean;
  claimed: boolean;
  date: Incident['date'];
  location: Incident['location'];
}

const precisionRank: Record<string, number> = { day: 5, week: 4, month: 3, range: 2, year: 1, unknown: 0 };
const levelRank: Record<LocationLevel, number> = { region: 0, country: 1, admin1: 2, admin2: 3, city: 4, facility: 5 };

/** Derives type (most reported, specific over generic), flags (any report), date and place (the most precise, earliest report first) from an incident's reports in link order. */
export function summarizeIncident(reports: readonly Incident[]): IncidentSummary {
  const first = reports[0];
  if (first === undefined) throw new Error('an incident has at least one report');
  const votes = new Map<IncidentType, number>();
  for (const report of reports) votes.set(report.type, (votes.get(report.type) ?? 0) + (report.type === 'armed_assault' || report.type === 'raid_arrest' ? 0.5 : 1));
  let type = first.type;
  for (const [candidate, n] of votes) if (n > (votes.get(type) ?? 0)) type = candidate;
  let date = first.date;
  let location = first.location;
  for (const report of reports.slice(1)) {
    if ((precisionRank[report.date.precision] ?? 0) > (precisionRank[date.precision] ?? 0)) date = report.date;
    if (report.location !== null && (location === null || levelRank[report.location.level] > levelRank[location.level])) location = report.location;
  }
  return { type, suicide: reports.some((r) => r.suicide), claimed: reports.some((r) => r.claimed), date, location };
}
