// Small self-contained SVG charts for briefs: bars over periods, and ranges
// (strength estimates min–max) over dates. Text is escaped; no scripts, no styles
// beyond presentation attributes, so a chart renders the same inline or alone.
import { escapeMarkup } from './escape-markup.js';
import { cleanText } from './format-brief-text.js';

/** One bar: its label on the x axis and its value. */
export interface ChartBar {
  label: string;
  value: number;
}

/** One range: a label (date), low and high values, and a note (who said it). */
export interface ChartRange {
  label: string;
  min: number;
  max: number;
  note: string;
}

const width = 640;
const height = 220;
const margin = { top: 28, right: 12, bottom: 40, left: 48 };
const font = 'font-family="system-ui, sans-serif"';

/** A round step for about four axis ticks up to `max`. */
function niceMax(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 1 };
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const rounded = Math.max(1, step >= 1 ? Math.ceil(step) : step);
  return { top: Math.ceil(max / rounded) * rounded, step: rounded };
}

function frame(title: string, body: string[], description: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeMarkup(title)}" class="chart">`,
    `<title>${escapeMarkup(title)}</title>`,
    `<desc>${escapeMarkup(description)}</desc>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${margin.left}" y="16" ${font} font-size="13" font-weight="600" fill="#222">${escapeMarkup(title)}</text>`,
    ...body,
    '</svg>',
  ].join('\n');
}

function yAxis(top: number, step: number, y: (v: number) => number): string[] {
  const lines: string[] = [];
  for (let v = 0; v <= top + 1e-9; v += step) {
    const yy = y(v).toFixed(1);
    lines.push(`<line x1="${margin.left}" x2="${width - margin.right}" y1="${yy}" y2="${yy}" stroke="#e3e3e3" stroke-width="1"/>`);
    lines.push(`<text x="${margin.left - 6}" y="${(y(v) + 4).toFixed(1)}" ${font} font-size="10" fill="#555" text-anchor="end">${Number(v.toFixed(2))}</text>`);
  }
  lines.push(`<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(0).toFixed(1)}" y2="${y(0).toFixed(1)}" stroke="#888" stroke-width="1"/>`);
  return lines;
}

/** Shows every k-th x label so they do not overlap (the last always). */
function labelEvery(count: number, plotWidth: number, labelWidth: number): number {
  return Math.max(1, Math.ceil((count * labelWidth) / plotWidth));
}

/** A bar chart of values over labelled periods; `unit` names what one bar counts. */
export function renderSvgBarChart(title: string, bars: readonly ChartBar[], options: { color?: string; unit?: string } = {}): string {
  const color = options.color ?? '#3b6ea8';
  const unit = options.unit ?? '';
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const max = Math.max(0, ...bars.map((b) => b.value));
  const { top, step } = niceMax(max);
  const y = (v: number): number => margin.top + plotHeight - (v / top) * plotHeight;
  const band = bars.length === 0 ? plotWidth : plotWidth / bars.length;
  const barWidth = Math.min(48, Math.max(1, band * 0.8));
  const body = yAxis(top, step, y);
  const every = labelEvery(bars.length, plotWidth, 52);
  bars.forEach((bar, i) => {
    const x = margin.left + i * band + (band - barWidth) / 2;
    const label = cleanText(bar.label);
    const h = y(0) - y(bar.value);
    body.push(`<rect class="bar" x="${x.toFixed(1)}" y="${y(bar.value).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" fill="${color}"><title>${escapeMarkup(`${label}: ${bar.value}${unit === '' ? '' : ` ${unit}`}`)}</title></rect>`);
    if (bar.value > 0 && bars.length <= 36) body.push(`<text x="${(x + barWidth / 2).toFixed(1)}" y="${(y(bar.value) - 3).toFixed(1)}" ${font} font-size="9" fill="#333" text-anchor="middle">${bar.value}</text>`);
    if (i % every === 0 || i === bars.length - 1) body.push(`<text x="${(x + barWidth / 2).toFixed(1)}" y="${height - margin.bottom + 14}" ${font} font-size="10" fill="#555" text-anchor="middle">${escapeMarkup(label)}</text>`);
  });
  if (bars.length === 0) body.push(`<text x="${width / 2}" y="${height / 2}" ${font} font-size="12" fill="#777" text-anchor="middle">no dated data</text>`);
  const description = bars.map((b) => `${cleanText(b.label)}: ${b.value}`).join('; ');
  return frame(title, body, description === '' ? 'no data' : description);
}

/** Ranges (min–max) at labelled dates, each with a note; a single value draws as a dot. */
export function renderSvgRangeChart(title: string, ranges: readonly ChartRange[], options: { color?: string; unit?: string } = {}): string {
  const color = options.color ?? '#7a4ea3';
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const max = Math.max(0, ...ranges.map((r) => r.max));
  const { top, step } = niceMax(max);
  const y = (v: number): number => margin.top + plotHeight - (v / top) * plotHeight;
  const band = ranges.length === 0 ? plotWidth : plotWidth / ranges.length;
  const body = yAxis(top, step, y);
  const every = labelEvery(ranges.length, plotWidth, 70);
  ranges.forEach((range, i) => {
    const cx = margin.left + i * band + band / 2;
    const label = cleanText(range.label);
    const note = cleanText(range.note);
    const tip = escapeMarkup(`${label}: ${range.min === range.max ? range.min : `${range.min}–${range.max}`}${options.unit ? ` ${options.unit}` : ''}${note === '' ? '' : ` (${note})`}`);
    if (range.max > range.min) {
      body.push(`<rect x="${(cx - 7).toFixed(1)}" y="${y(range.max).toFixed(1)}" width="14" height="${(y(range.min) - y(range.max)).toFixed(1)}" rx="3" fill="${color}" fill-opacity="0.35" stroke="${color}" stroke-width="1.5"><title>${tip}</title></rect>`);
      body.push(`<text x="${(cx + 10).toFixed(1)}" y="${(y(range.max) + 4).toFixed(1)}" ${font} font-size="9" fill="#333">${range.max}</text>`);
      body.push(`<text x="${(cx + 10).toFixed(1)}" y="${(y(range.min) + 4).toFixed(1)}" ${font} font-size="9" fill="#333">${range.min}</text>`);
    } else {
      body.push(`<circle cx="${cx.toFixed(1)}" cy="${y(range.max).toFixed(1)}" r="5" fill="${color}"><title>${tip}</title></circle>`);
      body.push(`<text x="${(cx + 8).toFixed(1)}" y="${(y(range.max) + 4).toFixed(1)}" ${font} font-size="9" fill="#333">${range.max}</text>`);
    }
    if (i % every === 0 || i === ranges.length - 1) {
      body.push(`<text x="${cx.toFixed(1)}" y="${height - margin.bottom + 14}" ${font} font-size="10" fill="#555" text-anchor="middle">${escapeMarkup(label)}</text>`);
      if (note !== '') body.push(`<text x="${cx.toFixed(1)}" y="${height - margin.bottom + 27}" ${font} font-size="9" fill="#777" text-anchor="middle">${escapeMarkup(note.length > 28 ? `${note.slice(0, 27)}…` : note)}</text>`);
    }
  });
  if (ranges.length === 0) body.push(`<text x="${width / 2}" y="${height / 2}" ${font} font-size="12" fill="#777" text-anchor="middle">no estimates</text>`);
  const description = ranges.map((r) => `${cleanText(r.label)}: ${r.min}–${r.max} (${cleanText(r.note)})`).join('; ');
  return frame(title, body, description === '' ? 'no data' : description);
}
