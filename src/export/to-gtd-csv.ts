// CSV in GTD-like columns (mapping in docs/exports.md).
import type { IncidentType, LocationLevel } from '../model/index.js';
import { formatCsv, type CsvCell } from './format-csv.js';
import { countryName, namedPerpetrators, sourcesOf, summarizeIncident } from './describe-incident.js';
import type { ExportData } from './load-export-data.js';

/** The columns of the GTD-like CSV, in order. */
export const gtdColumns = [
  'eventid', 'iyear', 'imonth', 'iday', 'approxdate', 'country_txt', 'provstate', 'city', 'latitude', 'longitude', 'specificity',
  'attacktype1_txt', 'suicide', 'gname', 'gname2', 'guncertain1', 'claimed', 'nkill', 'nkillter', 'nwound', 'nhostkid', 'weaptype1_txt',
  'summary', 'scite1', 'scite2', 'scite3', 'dbsource', 'sitrep_id',
] as const;

const attackTypes: Record<IncidentType, string> = {
  assassination: 'Assassination',
  armed_assault: 'Armed Assault',
  bombing_explosion: 'Bombing/Explosion',
  hijacking: 'Hijacking',
  hostage_barricade: 'Hostage Taking (Barricade Incident)',
  hostage_kidnapping: 'Hostage Taking (Kidnapping)',
  facility_attack: 'Facility/Infrastructure Attack',
  unarmed_assault: 'Unarmed Assault',
  air_strike: 'Air Strike (not a GTD type)',
  shelling: 'Shelling (not a GTD type)',
  armed_clash: 'Armed Clash (not a GTD type)',
  raid_arrest: 'Raid/Arrest (not a GTD type)',
  territory_change: 'Territory Change (not a GTD type)',
  agreement: 'Agreement (not a GTD type)',
  leadership_change: 'Leadership Change (not a GTD type)',
};

// GTD specificity: 1 the exact place is known, 3 a district, 4 a province, 5 only the country.
const specificity: Record<LocationLevel, number> = { facility: 1, city: 1, admin2: 3, admin1: 4, region: 4, country: 5 };

/** The GTD-like CSV of the exported incidents. */
export function toGtdCsv(data: ExportData): string {
  const rows: CsvCell[][] = data.incidents.map((record) => {
    const { incident } = record;
    const date = incident.date.value ?? '';
    const [year, month, dayOfMonth] = [date.slice(0, 4), date.slice(5, 7), date.slice(8, 10)];
    const named = namedPerpetrators(record, data).filter((p) => p.role !== 'denied');
    const responsible = named.filter((p) => p.role !== 'suspected');
    const first = responsible[0] ?? named[0];
    const sources = sourcesOf(record, data);
    const place = incident.location;
    const nkill = incident.best.killed === null && incident.best.perpetratorsKilled === null ? null : (incident.best.killed ?? 0) + (incident.best.perpetratorsKilled ?? 0);
    return [
      `${(date || incident.date.earliest || '0000').replace(/-/g, '').padEnd(8, '0').slice(0, 8)}${String(incident.id).padStart(4, '0')}`,
      year || (incident.date.earliest ?? '').slice(0, 4),
      month === '' ? 0 : Number(month),
      dayOfMonth === '' ? 0 : Number(dayOfMonth),
      incident.date.precision === 'day' ? '' : [incident.date.earliest, incident.date.latest].filter((d) => d !== null).join(' to ') || incident.date.precision,
      countryName(place?.country ?? null),
      place === null ? '' : (place.admin1 ?? (place.level === 'admin1' ? place.name : '')),
      place !== null && (place.level === 'city' || place.level === 'facility') ? place.name : '',
      place?.lat,
      place?.lon,
      place === null ? '' : specificity[place.level],
      attackTypes[incident.type],
      incident.suicide ? 1 : 0,
      first?.name ?? 'Unknown',
      named.find((p) => p !== first)?.name,
      first === undefined ? '' : first.role === 'suspected' ? 1 : 0,
      incident.claimed || named.some((p) => p.role === 'claimed') ? 1 : 0,
      nkill,
      incident.best.perpetratorsKilled,
      incident.best.wounded,
      incident.best.captured,
      incident.type === 'bombing_explosion' ? 'Explosives' : 'Unknown',
      summarizeIncident(record, data),
      sources[0],
      sources[1],
      sources[2],
      'sitrep',
      incident.id,
    ];
  });
  return formatCsv(gtdColumns, rows);
}
