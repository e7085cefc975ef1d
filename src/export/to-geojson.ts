// GeoJSON of incidents. Only places at town or facility level get a point: a
// province or country is never drawn as a point (geometry null, level kept).
import { namedPerpetrators } from './describe-incident.js';
import type { ExportData } from './load-export-data.js';

/** A GeoJSON FeatureCollection of incidents. */
export interface IncidentFeatureCollection {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    id: number;
    geometry: { type: 'Point'; coordinates: [number, number] } | null;
    properties: Record<string, string | number | boolean | null | string[]>;
  }[];
}

/** The exported incidents as GeoJSON, with date and place precision in the properties. */
export function toGeoJson(data: ExportData): IncidentFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: data.incidents.map((record) => {
      const { incident } = record;
      const place = incident.location;
      const pointable = place !== null && place.lat !== null && place.lon !== null && (place.level === 'city' || place.level === 'facility');
      return {
        type: 'Feature',
        id: incident.id,
        geometry: pointable ? { type: 'Point', coordinates: [place.lon ?? 0, place.lat ?? 0] } : null,
        properties: {
          incident_type: incident.type,
          suicide: incident.suicide,
          claimed: incident.claimed,
          date: incident.date.value,
          date_precision: incident.date.precision,
          date_earliest: incident.date.earliest,
          date_latest: incident.date.latest,
          location: place?.name ?? null,
          location_level: place?.level ?? null,
          country: place?.country ?? null,
          admin1: place?.admin1 ?? null,
          geonames_id: place?.geonamesId ?? null,
          killed: incident.best.killed,
          wounded: incident.best.wounded,
          captured: incident.best.captured,
          perpetrators_killed: incident.best.perpetratorsKilled,
          perpetrators: namedPerpetrators(record, data).map((p) => `${p.name} (${p.role})`),
        },
      };
    }),
  };
}
