// The brief's map as one self-contained SVG: Natural Earth countries (the
// world-atlas package, read from disk, nothing fetched) projected with d3-geo.
// No province shapes ship, so a province or district is drawn as a circle of a
// size set by its level, never as a point, and the legend says so; a country is
// shaded with its own shape; a city or facility is a dot.
import { createRequire } from 'node:module';
import { geoBounds, geoCentroid, geoCircle, geoContains, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { escapeMarkup } from './escape-markup.js';
import type { BriefMap, BriefMapCountry, BriefMapMark } from './brief-types.js';
import { cleanText, levelText } from './format-brief-text.js';

type CountryFeature = Feature<Geometry, { name: string }>;

let basemap: FeatureCollection<Geometry, { name: string }> | undefined;
const bounds = new WeakMap<CountryFeature, [[number, number], [number, number]]>();

/** Natural Earth 1:50m countries, loaded once. */
function countries(): FeatureCollection<Geometry, { name: string }> {
  if (basemap === undefined) {
    const topology = createRequire(import.meta.url)('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    basemap = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    for (const country of basemap.features) bounds.set(country, geoBounds(country));
  }
  return basemap;
}

/** Whether a country's bounding box may overlap a lon/lat box (boxes across the antimeridian always may). */
function mayOverlap(country: CountryFeature, box: [[number, number], [number, number]]): boolean {
  const b = bounds.get(country);
  if (b === undefined || b[0][0] > b[1][0] || box[0][0] > box[1][0]) return true;
  return b[0][0] <= box[1][0] && b[1][0] >= box[0][0] && b[0][1] <= box[1][1] && b[1][1] >= box[0][1];
}

const fold = (text: string): string => text.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();

/** The basemap country containing a point, or named like it. */
function findCountry(lon: number | null, lat: number | null, name: string | null): CountryFeature | undefined {
  const all = countries().features;
  if (lon !== null && lat !== null) {
    const containing = all.find((f) => mayOverlap(f, [[lon, lat], [lon, lat]]) && geoContains(f, [lon, lat]));
    if (containing !== undefined) return containing;
  }
  if (name !== null) return all.find((f) => fold(f.properties.name) === fold(name));
  return undefined;
}

const colors = { sea: '#dfeaf3', land: '#f4f1ea', border: '#b9b2a3', shaded: '#f3d9a4', shadedStroke: '#c9953a', area: '#e08a1e', incident: '#c0392b' };

/** Renders the map of a brief as SVG. */
export function renderSvgMap(map: BriefMap, options: { width?: number; height?: number; title?: string } = {}): string {
  const width = options.width ?? 640;
  const mapHeight = options.height ?? 400;
  const title = options.title ?? 'Map';
  const shaded: Array<{ feature: CountryFeature; label: string; role: 'country' | 'area' }> = [];
  const circles: Array<{ mark: BriefMapMark; shape: Polygon }> = [];
  const points: BriefMapMark[] = [];
  const addShaded = (country: CountryFeature, label: string, role: 'country' | 'area'): void => {
    if (!shaded.some((s) => s.feature === country)) shaded.push({ feature: country, label, role });
  };
  for (const country of map.countries) {
    const found = findCountry(country.lon, country.lat, country.name);
    if (found !== undefined) addShaded(found, countryLabel(country), 'country');
  }
  for (const mark of map.marks) {
    if (mark.level === 'country' && mark.role === 'area') {
      const found = findCountry(mark.lon, mark.lat, mark.label);
      if (found !== undefined) {
        addShaded(found, cleanText(mark.label), 'area');
        continue;
      }
    }
    if (mark.shape === 'area') circles.push({ mark, shape: geoCircle().center([mark.lon, mark.lat]).radius(Math.max(mark.radiusKm, 1) / 111.2)() });
    else points.push(mark);
  }

  const projection = geoMercator();
  const focusShapes: GeoPermissibleObjects[] = [...shaded.map((s) => s.feature), ...circles.map((c) => c.shape), ...points.map((p) => geoCircle().center([p.lon, p.lat]).radius(0.5)())];
  const pad = 24;
  const legendRows = legendEntries(map, shaded);
  const height = mapHeight + (legendRows.length === 0 ? 0 : legendRows.length * 16 + 12);
  if (focusShapes.length > 0) {
    projection.fitExtent([[pad, pad], [width - pad, mapHeight - pad]], { type: 'FeatureCollection', features: focusShapes.map((g) => ('type' in g && g.type === 'Feature' ? g : { type: 'Feature', properties: {}, geometry: g })) } as GeoPermissibleObjects);
    // Not closer than about 600 km across, so the basemap gives context.
    const maxScale = (width / (600 / 6371)) / 1;
    if (projection.scale() > maxScale) {
      const [cx, cy] = projection.invert?.([width / 2, mapHeight / 2]) ?? [0, 0];
      projection.scale(maxScale).center([cx, cy]).translate([width / 2, mapHeight / 2]);
    }
  } else {
    projection.fitExtent([[pad, pad], [width - pad, mapHeight - pad]], { type: 'Sphere' });
  }
  projection.clipExtent([[0, 0], [width, mapHeight]]);
  const path = geoPath(projection).digits(1);

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeMarkup(title)}" class="map">`,
    `<title>${escapeMarkup(title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect x="0" y="0" width="${width}" height="${mapHeight}" fill="${colors.sea}"/>`,
    `<g class="countries" fill="${colors.land}" stroke="${colors.border}" stroke-width="0.6">`,
  ];
  // Only countries that may show in the frame are drawn (the others clip to nothing anyway).
  const corners = [[0, 0], [width, 0], [0, mapHeight], [width, mapHeight]].map((c) => projection.invert?.(c as [number, number]) ?? null);
  const view: [[number, number], [number, number]] | null = corners.every((c) => c !== null && Number.isFinite(c[0]) && Number.isFinite(c[1]))
    ? [[Math.min(...corners.map((c) => (c as [number, number])[0])), Math.min(...corners.map((c) => (c as [number, number])[1]))], [Math.max(...corners.map((c) => (c as [number, number])[0])), Math.max(...corners.map((c) => (c as [number, number])[1]))]]
    : null;
  for (const country of countries().features) {
    if (view !== null && !mayOverlap(country, view)) continue;
    const d = path(country);
    if (d !== null && d !== '') out.push(`<path d="${d}"><title>${escapeMarkup(country.properties.name)}</title></path>`);
  }
  out.push('</g>');
  if (shaded.length > 0) {
    out.push(`<g class="shaded" fill="${colors.shaded}" stroke="${colors.shadedStroke}" stroke-width="1">`);
    for (const s of shaded) {
      const d = path(s.feature);
      if (d !== null && d !== '') out.push(`<path d="${d}" data-role="${s.role}"><title>${escapeMarkup(s.label)}</title></path>`);
    }
    out.push('</g>');
  }
  const labels: Array<{ x: number; y: number; text: string; color: string }> = [];
  const countryNames: string[] = [];
  for (const s of shaded) {
    const [x, y] = projection(geoCentroid(s.feature)) ?? [-1, -1];
    if (x < 0 || y < 0 || x > width || y > mapHeight) continue;
    countryNames.push(`<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="middle" fill="#8a6a2a" font-style="italic" font-size="12">${escapeMarkup(s.feature.properties.name)}</text>`);
  }
  out.push('<g class="marks">');
  for (const { mark, shape } of circles) {
    const d = path(shape);
    if (d === null || d === '') continue;
    const color = mark.role === 'area' ? colors.area : colors.incident;
    const dash = mark.role === 'incident' ? ' stroke-dasharray="4 3"' : '';
    const fill = mark.role === 'area' ? ` fill="${color}" fill-opacity="0.3"` : ' fill="none"';
    out.push(`<path d="${d}"${fill} stroke="${color}" stroke-width="1.5"${dash} data-level="${escapeMarkup(mark.level)}"><title>${escapeMarkup(markTitle(mark))}</title></path>`);
    const [x, y] = projection([mark.lon, mark.lat]) ?? [0, 0];
    if (mark.role === 'area') labels.push({ x, y, text: cleanText(mark.label), color: '#5a3a0a' });
  }
  const incidentPoints = points.filter((p) => p.role === 'incident');
  for (const mark of points) {
    const [x, y] = projection([mark.lon, mark.lat]) ?? [0, 0];
    const r = mark.role === 'incident' ? Math.min(12, 3 + Math.sqrt(mark.killed ?? 0)) : 4;
    const color = mark.role === 'incident' ? colors.incident : colors.area;
    out.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}" fill="${color}" fill-opacity="${mark.role === 'incident' ? 0.75 : 0.9}" stroke="#fff" stroke-width="1"><title>${escapeMarkup(markTitle(mark))}</title></circle>`);
    if (mark.role === 'area' || incidentPoints.length <= 6) labels.push({ x: x + r + 2, y, text: cleanText(mark.label), color: mark.role === 'incident' ? '#7a1f14' : '#5a3a0a' });
  }
  out.push('</g>');
  // Labels after the marks, deduplicated, nudged down when they would overlap.
  const placed: Array<{ x: number; y: number }> = [];
  const seen = new Set<string>();
  out.push('<g class="labels" font-family="system-ui, sans-serif" font-size="11">', ...countryNames);
  for (const label of labels) {
    if (seen.has(label.text)) continue;
    seen.add(label.text);
    let y = label.y + 4;
    while (placed.some((p) => Math.abs(p.y - y) < 12 && Math.abs(p.x - label.x) < 90)) y += 12;
    placed.push({ x: label.x, y });
    const text = escapeMarkup(label.text.length > 40 ? `${label.text.slice(0, 39)}…` : label.text);
    out.push(`<text x="${label.x.toFixed(1)}" y="${y.toFixed(1)}" fill="${label.color}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${text}</text>`);
  }
  out.push('</g>');
  out.push(`<text x="${width - 6}" y="${mapHeight - 6}" font-family="system-ui, sans-serif" font-size="9" fill="#667" text-anchor="end">Basemap: Natural Earth (world-atlas), Mercator</text>`);
  out.push(...legend(legendRows, mapHeight));
  out.push('</svg>');
  return out.join('\n');
}

function countryLabel(country: BriefMapCountry): string {
  return cleanText(`${country.name} (${country.code})`);
}

function markTitle(mark: BriefMapMark): string {
  const what = mark.role === 'area' ? 'area' : `incident${mark.killed === null ? '' : `, ${mark.killed} killed`}`;
  return `${cleanText(mark.label)}: ${what}; ${levelText(mark.level)}${mark.shape === 'area' ? `, drawn as a ${mark.radiusKm} km circle` : ''}`;
}

/** The legend lists only the kinds of mark the map shows. */
function legendEntries(map: BriefMap, shaded: ReadonlyArray<{ role: 'country' | 'area' }>): Array<{ swatch: string; text: string }> {
  const rows: Array<{ swatch: string; text: string }> = [];
  if (shaded.length > 0) rows.push({ swatch: `<rect width="14" height="10" fill="${colors.shaded}" stroke="${colors.shadedStroke}"/>`, text: 'country (its own shape)' });
  const areaLevels = [...new Set(map.marks.filter((m) => m.role === 'area' && m.shape === 'area' && m.level !== 'country').map((m) => m.level))];
  for (const level of areaLevels) rows.push({ swatch: `<circle cx="7" cy="5" r="6" fill="${colors.area}" fill-opacity="0.3" stroke="${colors.area}"/>`, text: `area: ${levelText(level)}, a circle (no shapes ship)` });
  if (map.marks.some((m) => m.role === 'area' && m.shape === 'point')) rows.push({ swatch: `<circle cx="7" cy="5" r="4" fill="${colors.area}"/>`, text: 'area: city or facility' });
  if (map.marks.some((m) => m.role === 'incident' && m.shape === 'point')) rows.push({ swatch: `<circle cx="7" cy="5" r="4" fill="${colors.incident}" fill-opacity="0.75"/>`, text: 'incident at a city or facility (size: deaths)' });
  if (map.marks.some((m) => m.role === 'incident' && m.shape === 'area')) rows.push({ swatch: `<circle cx="7" cy="5" r="6" fill="none" stroke="${colors.incident}" stroke-dasharray="3 2"/>`, text: 'incident known only to its province or district (circle)' });
  return rows;
}

/** The legend, under the map. */
function legend(rows: ReadonlyArray<{ swatch: string; text: string }>, top: number): string[] {
  if (rows.length === 0) return [];
  const out = [`<g class="legend" font-family="system-ui, sans-serif" font-size="11" fill="#333" transform="translate(8 ${top + 8})">`];
  rows.forEach((row, i) => {
    out.push(`<g transform="translate(0 ${i * 16})">${row.swatch}<text x="22" y="9">${escapeMarkup(row.text)}</text></g>`);
  });
  out.push('</g>');
  return out;
}
