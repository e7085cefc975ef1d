// Incidents on a time axis: one dot per incident, sized by deaths, linked to it.
// An incident known only by a bound ("on or before") sits at that bound.
import type { IncidentSummary } from '../../src/server/api-types.js';
import { svg } from './dom.js';
import { incidentDateText } from './incident-date.js';

/** Up to this many incidents get a text label; more are dots with a tooltip. */
const maxLabels = 14;

/** The day an incident is drawn at and how its date reads. */
function when(incident: IncidentSummary): { time: number; text: string } {
  const { value, earliest, latest } = incident.date;
  return { time: Date.parse(value ?? earliest ?? latest ?? ''), text: incidentDateText(incident.date) };
}

/** An SVG timeline of incidents. */
export function timeline(incidents: readonly IncidentSummary[], width = 800): SVGSVGElement {
  const height = 110;
  const dated = incidents.map((incident) => ({ incident, ...when(incident) })).filter((d) => !Number.isNaN(d.time));
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'timeline', role: 'img' });
  root.appendChild(svg('line', { x1: 20, x2: width - 20, y1: 70, y2: 70, class: 'axis' }));
  if (dated.length === 0) return root;
  const times = dated.map((d) => d.time);
  const year = 365 * 24 * 3600 * 1000;
  const min = Math.min(...times) - year / 2;
  const max = Math.max(...times) + year / 2;
  const x = (time: number): number => 20 + ((time - min) / (max - min)) * (width - 40);
  const firstYear = new Date(min).getUTCFullYear() + 1;
  const lastYear = new Date(max).getUTCFullYear();
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 20));
  for (let y = firstYear; y <= lastYear; y += step) {
    const tx = x(Date.UTC(y, 0, 1));
    root.appendChild(svg('line', { x1: tx, x2: tx, y1: 66, y2: 74, class: 'tick' }));
    root.appendChild(svg('text', { x: tx, y: 90, class: 'tick-label' }, String(y)));
  }
  const labelled = dated.length <= maxLabels;
  [...dated].sort((a, b) => a.time - b.time).forEach(({ incident, time, text }, index) => {
    const killed = incident.best.killed ?? 0;
    const label = `${text} ${incident.type.replace(/_/g, ' ')}${incident.location ? ` — ${incident.location.name}` : ''}${killed ? ` (${killed} killed)` : ''}`;
    const anchor = svg('a', { href: `#/incident/${incident.id}`, 'data-testid': `timeline-incident-${incident.id}` });
    anchor.appendChild(svg('circle', { cx: x(time), cy: 70, r: 4 + Math.min(10, Math.sqrt(killed)), class: 'event' }, svg('title', {}, label)));
    if (labelled) anchor.appendChild(svg('text', { x: x(time), y: index % 2 === 0 ? 40 : 25, class: 'event-label' }, label));
    root.appendChild(anchor);
  });
  return root;
}
