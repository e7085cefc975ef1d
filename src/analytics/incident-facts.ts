// The few facts of an incident the rankings and the score need, apart from the store.
import type { IncidentType, PerpetratorRole } from '../model/index.js';

/** The GTD attack types: what the rankings and the GTI-style score count as terrorism (state strikes, clashes and raids are left out). */
export const terrorismIncidentTypes: ReadonlySet<IncidentType> = new Set<IncidentType>([
  'assassination',
  'armed_assault',
  'bombing_explosion',
  'hijacking',
  'hostage_barricade',
  'hostage_kidnapping',
  'facility_attack',
  'unarmed_assault',
]);

/** One perpetrator of an incident with the strongest role any report gave it. */
export interface PerpetratorFact {
  entityId: number;
  role: PerpetratorRole;
}

/** An incident reduced to what analytics count: type, year, country, best figures, perpetrators. */
export interface IncidentFact {
  id: number;
  type: IncidentType;
  /** ISO date (or the earliest bound of a range); null when undated. */
  date: string | null;
  /** Calendar year when the date pins one; null otherwise. */
  year: number | null;
  country: string | null;
  killed: number;
  wounded: number;
  captured: number;
  perpetrators: PerpetratorFact[];
}

const roleStrength: Record<PerpetratorRole, number> = { claimed: 3, attributed: 2, suspected: 1, denied: 0 };

/** Collapses one record per document into one role per entity, the strongest winning (claimed > attributed > suspected > denied). */
export function strongestRoles(records: readonly PerpetratorFact[]): PerpetratorFact[] {
  const byEntity = new Map<number, PerpetratorRole>();
  for (const record of records) {
    const current = byEntity.get(record.entityId);
    if (current === undefined || roleStrength[record.role] > roleStrength[current]) byEntity.set(record.entityId, record.role);
  }
  return [...byEntity].map(([entityId, role]) => ({ entityId, role })).sort((a, b) => a.entityId - b.entityId);
}

/** The year an incident date pins: its value's year, or the year of a range whose bounds share one. */
export function yearOf(date: { value: string | null; earliest: string | null; latest: string | null }): number | null {
  if (date.value !== null) return Number(date.value.slice(0, 4));
  if (date.earliest !== null && date.latest !== null && date.earliest.slice(0, 4) === date.latest.slice(0, 4)) return Number(date.earliest.slice(0, 4));
  return null;
}
