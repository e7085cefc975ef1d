// An offline basemap: Natural Earth countries (world-atlas) drawn with d3-geo
// as SVG. Areas (provinces, countries) are drawn as geographic circles sized by
// level, never as points; cities and facilities are dots.
import { geoCentroid, geoCircle, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { svg } from './dom.js';

/** Something to draw: an area (radius in km) or a point. */
export interface MapMark {
  lon: number;
  lat: number;
  label: string;
  shape: 'point' | 'area';
  radiusKm: number;
  href?: string;
  testId?: string;
}

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
const land = feature(topology, topology.objects.countries);

/** An SVG map fitted to the marks (or the world when there are none). */
export function worldMap(marks: readonly MapMark[], options: { width?: number; height?: number } = {}): SVGSVGElement {
  const width = options.width ?? 800;
  const height = options.height ?? 450;
  const shapes = marks.map((mark) => geoCircle().center([mark.lon, mark.lat]).radius(Math.max(mark.radiusKm, 1) / 111.2)());
  const focus: GeoPermissibleObjects = shapes.length > 0 ? { type: 'GeometryCollection', geometries: shapes.map((shape) => ({ type: 'Polygon', coordinates: shape.coordinates })) } : { type: 'Sphere' };
  const projection = geoMercator();
  if (shapes.length > 0) {
    projection.fitExtent([[40, 40], [width - 40, height - 40]], focus);
    // Not closer than about 1,500 km across, so the basemap gives context; recentred on the marks.
    if (projection.scale() > 2500) projection.scale(2500).center(geoCentroid(focus)).translate([width / 2, height / 2]);
  } else {
    projection.fitExtent([[5, 5], [width - 5, height - 5]], { type: 'Sphere' });
  }
  const path = geoPath(projection);
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'world-map', role: 'img' });
  root.appendChild(svg('rect', { x: 0, y: 0, width, height, class: 'sea' }));
  const countryLayer = svg('g', { class: 'countries' });
  for (const country of land.features) countryLayer.appendChild(svg('path', { d: path(country) ?? '', class: 'country' }));
  root.appendChild(countryLayer);
  const markLayer = svg('g', { class: 'marks' });
  const placed: Array<{ x1: number; x2: number; y1: number; y2: number }> = [];
  marks.forEach((mark, index) => {
    const [x, y] = projection([mark.lon, mark.lat]) ?? [0, 0];
    const labelY = placeLabel(placed, x + 6, y - 6, mark.label.length * 6);
    const group = svg('g', { class: `mark mark-${mark.shape}`, 'data-testid': mark.testId, 'data-label': mark.label });
    if (mark.shape === 'area') group.appendChild(svg('path', { d: path(shapes[index]!) ?? '', class: 'area' }, svg('title', {}, mark.label)));
    else group.appendChild(svg('circle', { cx: x, cy: y, r: 4, class: 'point' }, svg('title', {}, mark.label)));
    group.appendChild(svg('text', { x: x + 6, y: labelY, class: 'label' }, mark.label));
    if (mark.href !== undefined) {
      const anchor = svg('a', { href: mark.href });
      anchor.appendChild(group);
      markLayer.appendChild(anchor);
    } else {
      markLayer.appendChild(group);
    }
  });
  root.appendChild(markLayer);
  return root;
}

/** A baseline for a label that does not overlap those already placed (nearby marks stack their labels). */
function placeLabel(placed: Array<{ x1: number; x2: number; y1: number; y2: number }>, x: number, y: number, width: number): number {
  const height = 13;
  for (const shift of [0, -14, 14, -28, 28, -42, 42, -56, 56]) {
    const box = { x1: x, x2: x + width, y1: y + shift - height + 2, y2: y + shift + 2 };
    if (!placed.some((p) => box.x1 < p.x2 && p.x1 < box.x2 && box.y1 < p.y2 && p.y1 < box.y2)) {
      placed.push(box);
      return y + shift;
    }
  }
  return y;
}
