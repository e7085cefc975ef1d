// A brief as one self-contained, printable HTML page: inline CSS (allowed by
// its hash in the page's own Content-Security-Policy), inline SVG charts and
// map, no scripts, every string from the store escaped.
import { createHash } from 'node:crypto';
import type { Brief, BriefFact } from './brief-types.js';
import { escapeMarkup } from './escape-markup.js';
import { areaRelation, cleanText, countText, factQualifiers, formatScore, incidentTypeText, levelText, linkableUrl, periodHeading, strengthWhen, sourceTitle } from './format-brief-text.js';
import { renderSvgBarChart, renderSvgRangeChart } from './render-svg-chart.js';
import { renderSvgMap } from './render-svg-map.js';

/** The brief's stylesheet; the CSP below allows exactly this text by its hash. */
export const briefCss = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f6f6f3; color: #1d1d1b; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 860px; margin: 0 auto; padding: 28px 32px 40px; background: #fff; }
header { border-bottom: 3px solid #1d3557; padding-bottom: 10px; margin-bottom: 18px; }
.kicker { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: 11px; color: #6b6b66; }
h1 { margin: 4px 0 2px; font-size: 26px; color: #1d3557; }
.subtitle { margin: 0; color: #555; }
h2 { font-size: 17px; color: #1d3557; border-bottom: 1px solid #ddd; padding-bottom: 3px; margin: 26px 0 10px; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 8px; margin: 0; }
.figures div { background: #f1f4f8; border-radius: 6px; padding: 8px 10px; }
.figures dt { font-size: 11px; color: #555; }
.figures dd { margin: 2px 0 0; font-size: 18px; font-weight: 600; color: #1d3557; }
ul.facts { list-style: none; padding: 0; margin: 0; }
ul.facts li { padding: 4px 0; border-bottom: 1px dotted #e2e2e2; }
.label { display: inline-block; min-width: 150px; color: #666; font-size: 12px; }
.value { font-weight: 600; }
.qualifiers { color: #555; font-size: 12px; }
sup.refs, span.refs { font-size: 11px; color: #1d3557; white-space: nowrap; }
a { color: #1d3557; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; font-size: 12.5px; }
th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid #e5e5e5; vertical-align: top; }
th { background: #f1f4f8; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 8px 0 14px; }
figure svg { max-width: 100%; height: auto; display: block; border: 1px solid #e5e5e5; }
figcaption { font-size: 11.5px; color: #666; margin-top: 3px; }
.charts { display: grid; gap: 6px; }
ol.sources { padding-left: 24px; font-size: 12.5px; }
ol.sources li { margin: 3px 0; word-break: break-word; }
.notes { font-size: 12px; color: #555; }
.empty { color: #777; font-style: italic; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  figure, table, tr, .figures { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
@page { margin: 16mm 14mm; }
`;

/** The policy the page carries in a meta element: no scripts, nothing fetched, only the stylesheet above. */
const briefMetaPolicy = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(briefCss).digest('base64')}'; img-src data:; base-uri 'none'; form-action 'none'`;

/** The Content-Security-Policy header to serve the page with: the meta policy, and no framing (which only a header can say). */
export const briefContentSecurityPolicy = `${briefMetaPolicy}; frame-ancestors 'none'`;

const e = (text: string): string => escapeMarkup(cleanText(text));

function refs(numbers: readonly number[]): string {
  if (numbers.length === 0) return '';
  return `<sup class="refs">[${numbers.map((n) => `<a href="#source-${n}">${n}</a>`).join(', ')}]</sup>`;
}

function factItem(fact: BriefFact): string {
  const qualifiers = factQualifiers(fact).map(e);
  return `<li><span class="label">${e(fact.label)}</span> <span class="value">${e(fact.value)}</span>${qualifiers.length > 0 ? ` <span class="qualifiers">(${qualifiers.join('; ')})</span>` : ''} ${refs(fact.sources)}</li>`;
}

function table(header: Array<string | [string, 'num']>, rows: string[][], numeric: ReadonlySet<number> = new Set()): string {
  const head = header.map((h) => (Array.isArray(h) ? `<th class="num">${h[0]}</th>` : `<th>${h}</th>`)).join('');
  const body = rows.map((row) => `<tr>${row.map((cell, i) => `<td${numeric.has(i) ? ' class="num"' : ''}>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

const empty = (text: string): string => `<p class="empty">${text}</p>`;

/** Renders a brief as a self-contained HTML page. */
export function renderBriefHtml(brief: Brief): string {
  const out: string[] = [];
  out.push(`<header><p class="kicker">sitrep ${brief.kind} brief</p><h1>${e(brief.title)}</h1><p class="subtitle">${e(brief.subtitle)}</p></header>`);
  out.push(`<section aria-label="Key figures"><dl class="figures">${brief.figures.map((f) => `<div><dt>${e(f.label)}</dt><dd>${e(f.value)}</dd></div>`).join('')}</dl></section>`);
  for (const section of brief.sections) out.push(`<section><h2>${e(section.title)}</h2><ul class="facts">\n${section.facts.map(factItem).join('\n')}\n</ul></section>`);

  if (brief.kind === 'group') {
    out.push('<section><h2>Strength estimates</h2>');
    if (brief.strength.length === 0) out.push(empty('No estimate stored.'));
    else {
      const ranges = brief.strength.filter((s) => s.min !== null || s.max !== null).map((s) => ({ label: s.asOf ?? 'undated', min: s.min ?? (s.max as number), max: s.max ?? (s.min as number), note: s.accordingTo.join(', ') }));
      if (ranges.length > 0) out.push(`<figure>${renderSvgRangeChart('Strength estimates (low–high) by date', ranges, { unit: brief.strength[0]?.unit ?? '' })}<figcaption>Each estimate as given, with who gave it; never averaged.</figcaption></figure>`);
      out.push(table(['as of', 'estimate', 'according to', 'modality', 'sources'], brief.strength.map((s) => [e(strengthWhen(s)), e(s.text), s.accordingTo.map(e).join(', ') || '—', e(s.modality), refs(s.sources)])));
    }
    out.push('</section>');
  }

  out.push(`<section><h2>${brief.kind === 'group' ? 'Areas of control and presence' : 'Areas groups are said to hold or be present in'}</h2>`);
  out.push(`<figure>${renderSvgMap(brief.map, { title: `Map: ${cleanText(brief.title)}` })}<figcaption>Areas and incidents with coordinates. No province shapes ship: a province or district is a circle sized by its level, never a point.</figcaption></figure>`);
  if (brief.areas.length === 0) out.push(empty('None stored.'));
  else
    out.push(
      table(
        [...(brief.kind === 'country' ? ['group'] : []), 'place', 'relation', 'level', 'when', 'according to', 'sources'],
        brief.areas.map((a) => [...(brief.kind === 'country' ? [e(a.group ?? '')] : []), e(a.name), areaRelation(a), e(levelText(a.level)), e(a.when ?? '—'), a.accordingTo.map(e).join(', ') || '—', refs(a.sources)]),
      ),
    );
  out.push('</section>');

  const period = periodHeading(brief);
  out.push(`<section><h2>Incidents and deaths per ${period}</h2>`);
  if (brief.kind === 'group') out.push('<p class="qualifiers">Incidents the group claimed or was attributed.</p>');
  if (brief.timeline.periods.length === 0) out.push(empty('No dated incident.'));
  else {
    const periods = brief.timeline.periods;
    out.push('<div class="charts">');
    out.push(`<figure>${renderSvgBarChart(`Incidents per ${period}`, periods.map((p) => ({ label: p.period, value: p.incidents })), { color: '#3b6ea8', unit: 'incidents' })}</figure>`);
    out.push(`<figure>${renderSvgBarChart(`Deaths per ${period}`, periods.map((p) => ({ label: p.period, value: p.deaths })), { color: '#c0392b', unit: 'deaths' })}</figure>`);
    out.push('</div>');
    out.push(table([period, ['incidents', 'num'], ['deaths', 'num']], periods.map((p) => [p.period, String(p.incidents), String(p.deaths)]), new Set([1, 2])));
  }
  if (brief.timeline.undatedIncidents > 0) out.push(`<p class="qualifiers">Undated: ${brief.timeline.undatedIncidents} incident(s), ${brief.timeline.undatedDeaths} deaths.</p>`);
  out.push('</section>');

  out.push('<section><h2>Deadliest incidents</h2>');
  if (brief.deadliest.length === 0) out.push(empty('No incident with deaths stored.'));
  else out.push(table(['date', 'type', 'place', ['killed', 'num'], ['wounded', 'num'], 'perpetrators', 'sources'], brief.deadliest.map((i) => [e(i.date ?? 'undated'), e(incidentTypeText(i)), e(i.place ?? 'unknown place'), countText(i.killed), countText(i.wounded), i.perpetrators.map(e).join('<br>') || '—', refs(i.sources)]), new Set([3, 4])));
  out.push('</section>');

  if (brief.kind === 'country') {
    out.push('<section><h2>Groups by attributed deaths</h2>');
    out.push(table([['#', 'num'], 'group', ['deaths', 'num'], ['incidents', 'num'], ['suspected deaths', 'num'], ['suspected incidents', 'num']], brief.groups.map((g) => [g.rank === null ? '—' : String(g.rank), e(g.name), String(g.deaths), String(g.incidents), String(g.suspectedDeaths), String(g.suspectedIncidents)]), new Set([0, 2, 3, 4, 5])));
    out.push('</section><section><h2>GTI-style score by year</h2>');
    if (brief.scores.length === 0) out.push(empty('No terrorism incident counted.'));
    else {
      out.push(`<figure>${renderSvgBarChart('GTI-style score (0–10) by year', brief.scores.map((s) => ({ label: String(s.year), value: Number(formatScore(s.score)) })), { color: '#1d3557' })}</figure>`);
      out.push(table([['year', 'num'], ['score (0–10)', 'num'], ['weighted', 'num'], ['incidents', 'num'], ['deaths', 'num'], ['injuries', 'num'], ['hostages', 'num']], brief.scores.map((s) => [String(s.year), formatScore(s.score), s.weighted.toFixed(2), String(s.incidents), String(s.deaths), String(s.injuries), String(s.hostages)]), new Set([0, 1, 2, 3, 4, 5, 6])));
    }
    out.push('</section>');
  }

  out.push('<section><h2>Sources</h2>');
  if (brief.sources.length === 0) out.push(empty('No source cited.'));
  else {
    out.push('<ol class="sources">');
    for (const source of brief.sources) {
      const url = linkableUrl(source.url);
      const parts = [`<strong>${e(sourceTitle(source))}</strong>`, ...(source.published === null ? [] : [e(source.published)]), ...(source.url === null ? [] : [url === null ? e(source.url) : `<a href="${escapeMarkup(url)}" rel="noreferrer noopener">${escapeMarkup(url)}</a>`])];
      out.push(`<li id="source-${source.number}" value="${source.number}">${parts.join(', ')}</li>`);
    }
    out.push('</ol>');
  }
  out.push('</section>');
  out.push(`<section class="notes"><h2>Notes</h2><ul>${brief.notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul></section>`);

  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeMarkup(briefMetaPolicy)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${e(`${brief.title} — sitrep brief`)}</title>`,
    `<style>${briefCss}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...out,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
