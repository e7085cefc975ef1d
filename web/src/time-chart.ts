// Bar charts of incidents and deaths per month or year (see time-buckets.ts):
// approximate parts are drawn lighter, year-only incidents under a monthly
// chart as a band across their year, and what is not charted is said below.
import { bucketIncidents, type DatedIncident, type TimeBuckets } from './time-buckets.js';
import { el, svg } from './dom.js';

type Metric = 'incidents' | 'deaths';

const width = 800;
const left = 48;
const right = 12;
const top = 18;
const plot = 130;

/** Incidents and deaths over time, with a note on precision. */
export function timeCharts(incidents: readonly DatedIncident[], testIdPrefix = ''): HTMLElement {
  const buckets = bucketIncidents(incidents);
  const box = el('div', { class: 'time-charts' });
  if (buckets.buckets.length === 0) {
    box.append(el('p', { class: 'empty', 'data-testid': `${testIdPrefix}time-empty` }, incidents.length === 0 ? 'No incidents.' : `No incident here has a date precise enough to chart (${incidents.length} undated or dated only by a range of years).`));
    return box;
  }
  box.append(
    el('h3', {}, `Incidents per ${buckets.unit}`),
    barChart(buckets, 'incidents', `${testIdPrefix}incidents-chart`),
    el('h3', {}, `Deaths per ${buckets.unit}`),
    barChart(buckets, 'deaths', `${testIdPrefix}deaths-chart`),
    el('p', { class: 'meta chart-note', 'data-testid': `${testIdPrefix}chart-note` }, precisionNote(buckets)),
  );
  return box;
}

function precisionNote(buckets: TimeBuckets): string {
  const charted = buckets.totalIncidents - buckets.uncharted.incidents;
  const parts = [`${charted} of ${buckets.totalIncidents} incidents and ${buckets.chartedDeaths} deaths charted by ${buckets.unit} (best estimate of those killed).`];
  if (buckets.unit === 'month') parts.push('Dates given to the day, week or month fall in their month.');
  const yearOnly = buckets.yearOnly.reduce((n, band) => n + band.incidents, 0);
  if (yearOnly > 0) parts.push(`${yearOnly} known only to the year ${yearOnly === 1 ? 'is' : 'are'} drawn as a band across that year, not in a month.`);
  const approximate = buckets.buckets.reduce((n, b) => n + b.approximateIncidents, 0);
  if (approximate > 0) parts.push(`${approximate} dated only as "on or before" or "on or after" a day ${approximate === 1 ? 'is' : 'are'} placed at that day (lighter bars).`);
  if (buckets.uncharted.incidents > 0) parts.push(`${buckets.uncharted.incidents} undated or dated only by a range of years (${buckets.uncharted.deaths} deaths) ${buckets.uncharted.incidents === 1 ? 'is' : 'are'} not charted.`);
  if (buckets.noDeathFigure > 0) parts.push(`${buckets.noDeathFigure} without a death figure count as 0 deaths.`);
  return parts.join(' ');
}

function barChart(buckets: TimeBuckets, metric: Metric, testId: string): SVGSVGElement {
  const bands = buckets.unit === 'month' ? buckets.yearOnly : [];
  const laneHeight = bands.length > 0 ? 26 : 0;
  const height = top + plot + 34 + laneHeight;
  const value = (b: { incidents: number; deaths: number }): number => b[metric];
  const total = buckets.buckets.reduce((n, b) => n + value(b), 0) + bands.reduce((n, b) => n + value(b), 0);
  const max = Math.max(1, ...buckets.buckets.map(value));
  const slot = (width - left - right) / buckets.buckets.length;
  const barWidth = Math.max(1, Math.min(48, slot * 0.8));
  const y = (v: number): number => top + plot - (v / max) * plot;
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: `time-chart chart-${metric}`, role: 'img', 'data-testid': testId, 'data-total': total, 'data-unit': buckets.unit, 'aria-label': `${metric} per ${buckets.unit}, ${total} in all` });
  // Y axis: zero and the maximum.
  root.append(
    svg('line', { x1: left, x2: width - right, y1: top + plot, y2: top + plot, class: 'axis' }),
    svg('line', { x1: left, x2: left, y1: top, y2: top + plot, class: 'axis' }),
    svg('line', { x1: left, x2: width - right, y1: top, y2: top, class: 'grid' }),
    svg('text', { x: left - 6, y: top + 4, class: 'y-label' }, String(max)),
    svg('text', { x: left - 6, y: top + plot + 4, class: 'y-label' }, '0'),
  );
  const every = Math.max(1, Math.ceil(buckets.buckets.length / (buckets.unit === 'month' ? 12 : 16)));
  buckets.buckets.forEach((bucket, index) => {
    const cx = left + slot * (index + 0.5);
    const v = value(bucket);
    const approximate = metric === 'incidents' ? bucket.approximateIncidents : bucket.approximateDeaths;
    const label = `${bucket.key}: ${bucket.incidents} incident${bucket.incidents === 1 ? '' : 's'}, ${bucket.deaths} death${bucket.deaths === 1 ? '' : 's'}${bucket.approximateIncidents > 0 ? ` (${bucket.approximateIncidents} placed at a bound)` : ''}`;
    const group = svg('g', { class: 'bar', 'data-key': bucket.key, 'data-value': v }, svg('title', {}, label));
    if (v > 0) {
      const exact = v - approximate;
      if (exact > 0) group.append(svg('rect', { x: cx - barWidth / 2, y: y(exact), width: barWidth, height: top + plot - y(exact), class: 'exact' }));
      if (approximate > 0) group.append(svg('rect', { x: cx - barWidth / 2, y: y(v), width: barWidth, height: y(exact) - y(v), class: 'approximate' }));
      if (String(v).length * 6.2 <= slot + 2) group.append(svg('text', { x: cx, y: y(v) - 4, class: 'value-label' }, String(v)));
    }
    root.append(group);
    if (index % every === 0) root.append(svg('text', { x: cx, y: top + plot + 16, class: 'x-label' }, bucket.key));
  });
  // Year-only incidents: a band across the months of their year.
  if (bands.length > 0) {
    const laneY = top + plot + 28;
    root.append(svg('text', { x: left - 6, y: laneY + 13, class: 'y-label' }, 'year'));
    for (const band of bands) {
      const firstIndex = buckets.buckets.findIndex((b) => b.key.startsWith(band.year));
      const lastIndex = buckets.buckets.length - 1 - [...buckets.buckets].reverse().findIndex((b) => b.key.startsWith(band.year));
      if (firstIndex < 0) continue;
      const x1 = left + slot * firstIndex + 1;
      const x2 = left + slot * (lastIndex + 1) - 1;
      const label = `${band.year} (date known only to the year): ${band.incidents} incident${band.incidents === 1 ? '' : 's'}, ${band.deaths} death${band.deaths === 1 ? '' : 's'}`;
      root.append(
        svg('g', { class: 'year-band', 'data-year': band.year, 'data-value': value(band) }, svg('title', {}, label), svg('rect', { x: x1, y: laneY, width: Math.max(2, x2 - x1), height: 18 }), svg('text', { x: (x1 + x2) / 2, y: laneY + 13, class: 'band-label' }, `${band.year}: ${value(band)}`)),
      );
    }
  }
  return root;
}
