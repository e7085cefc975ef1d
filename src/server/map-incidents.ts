// Incident map features, precision-aware: a city or facility is a point; an
// admin area or country is an area with a radius by level, never a point.
import type { LocationLevel } from '../model/index.js';
import type { IncidentFilter, Store } from '../store/index.js';
import type { MapFeature, MapView } from './api-types.js';

/** How large an area of each level is drawn, in km, since no admin polygons ship. */
export const areaRadiusKm: Record<LocationLevel, number> = { facility: 1, city: 5, admin2: 25, admin1: 80, region: 300, country: 400 };

/** Incidents matching the filter, with coordinates, as GeoJSON features. */
export async function mapIncidents(store: Store, filter: IncidentFilter): Promise<MapView> {
  const incidents = await store.incidents.list({ ...filter, limit: filter.limit ?? 2000 });
  const features: MapFeature[] = [];
  for (const incident of incidents) {
    const location = incident.location;
    if (location === null || location.lat === null || location.lon === null) continue;
    const shape = location.level === 'city' || location.level === 'facility' ? 'point' : 'area';
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [location.lon, location.lat] },
      properties: { incidentId: incident.id, type: incident.type, date: incident.date.value ?? incident.date.earliest, killed: incident.best.killed, place: location.name, level: location.level, shape, radiusKm: areaRadiusKm[location.level] },
    });
  }
  return { type: 'FeatureCollection', features };
}
