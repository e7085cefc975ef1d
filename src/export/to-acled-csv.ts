// CSV in ACLED-like columns (mapping in docs/exports.md).
import type { DatePrecision, IncidentType, LocationLevel } from '../model/index.js';
import { formatCsv, type CsvCell } from './format-csv.js';
import { countryName, namedPerpetrators, sourcesOf, summarizeIncident } from './describe-incident.js';
import type { ExportData } from './load-export-data.js';

/** The columns of the ACLED-like CSV, in order. */
export const acledColumns = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'admin1', 'admin2',
  'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities', 'sitrep_id',
] as const;

/** ACLED event type and sub-event type of each incident type (suicide bombings are ACLED's "Suicide bomb"). */
export const acledEventTypes: Record<IncidentType, [string, string]> = {
  assassination: ['Violence against civilians', 'Attack'],
  armed_assault: ['Violence against civilians', 'Attack'],
  unarmed_assault: ['Violence against civilians', 'Attack'],
  facility_attack: ['Violence against civilians', 'Attack'],
  bombing_explosion: ['Explosions/Remote violence', 'Remote explosive/landmine/IED'],
  hijacking: ['Violence against civilians', 'Abduction/forced disappearance'],
  hostage_barricade: ['Violence against civilians', 'Abduction/forced disappearance'],
  hostage_kidnapping: ['Violence against civilians', 'Abduction/forced disappearance'],
  air_strike: ['Explosions/Remote violence', 'Air/drone strike'],
  shelling: ['Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  armed_clash: ['Battles', 'Armed clash'],
  raid_arrest: ['Strategic developments', 'Arrests'],
  territory_change: ['Battles', 'Non-state actor overtakes territory'],
  agreement: ['Strategic developments', 'Agreement'],
  leadership_change: ['Strategic developments', 'Change to group/activity'],
};

// ACLED time precision: 1 the day is known, 2 the week, 3 the month or coarser.
const timePrecision: Record<DatePrecision, number> = { day: 1, week: 2, range: 2, month: 3, year: 3, unknown: 3 };
// ACLED geo precision: 1 the town, 2 near it or a district, 3 a province or coarser.
const geoPrecision: Record<LocationLevel, number> = { facility: 1, city: 1, admin2: 2, admin1: 3, region: 3, country: 3 };

/** The ACLED-like CSV of the exported incidents. */
export function toAcledCsv(data: ExportData): string {
  const rows: CsvCell[][] = data.incidents.map((record) => {
    const { incident } = record;
    const place = incident.location;
    const date = incident.date.value ?? incident.date.earliest ?? '';
    const [eventType, baseSubEventType] = acledEventTypes[incident.type];
    let subEventType = baseSubEventType;
    if (incident.type === 'bombing_explosion' && incident.suicide) subEventType = 'Suicide bomb';
    const actors = namedPerpetrators(record, data).filter((p) => p.role !== 'denied' && p.role !== 'suspected');
    const unidentified = `Unidentified Armed Group (${countryName(place?.country ?? null) || 'unknown'})`;
    const onCivilians = eventType === 'Violence against civilians';
    return [
      `${place?.country ?? 'XX'}${incident.id}`,
      date.length === 7 ? `${date}-01` : date.length === 4 ? `${date}-01-01` : date,
      date.slice(0, 4),
      timePrecision[incident.date.precision],
      eventType,
      subEventType,
      actors[0]?.name ?? unidentified,
      actors[1]?.name ?? (onCivilians ? `Civilians (${countryName(place?.country ?? null)})` : ''),
      countryName(place?.country ?? null),
      place === null ? '' : (place.admin1 ?? (place.level === 'admin1' ? place.name : '')),
      place === null ? '' : (place.admin2 ?? (place.level === 'admin2' ? place.name : '')),
      place?.name,
      place?.lat,
      place?.lon,
      place === null ? '' : geoPrecision[place.level],
      sourcesOf(record, data).join('; '),
      summarizeIncident(record, data),
      incident.best.killed ?? 0,
      incident.id,
    ];
  });
  return formatCsv(acledColumns, rows);
}
