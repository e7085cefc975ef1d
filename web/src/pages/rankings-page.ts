// Rankings as monitoring bodies publish them, computed from the record: the
// deadliest groups (unattributed deaths in a row of their own, affiliates
// optionally pooled under their parent) and a GTI-style score per country and year.
import type { DeadliestRankingView, GtiRankingView, GtiScoreView, RankRowView } from '../../../src/server/api-types.js';
import { getJson } from '../api.js';
import { el, link, section, svg } from '../dom.js';
import { filterForm, filterQuery, loadFilterOptions } from '../incident-filters.js';

/** Renders the rankings for the period, country and pooling in `params`. */
export async function rankingsPage(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const query = filterQuery(params, ['since', 'until', 'country']);
  const pooled = params.get('pool') === 'true';
  const deadliestQuery = new URLSearchParams(query);
  if (pooled) deadliestQuery.set('pool', 'true');
  const [options, deadliest, gti] = await Promise.all([
    loadFilterOptions(),
    getJson<DeadliestRankingView>(`/api/rankings/deadliest?${deadliestQuery.toString()}`),
    getJson<GtiRankingView>(`/api/rankings/gti?${query.toString()}`),
  ]);
  const names = new Map(options.groups.map((g) => [g.id, g.name]));
  const pool = el('input', { type: 'checkbox', name: 'pool', value: 'true', 'data-testid': 'pool-toggle' });
  pool.checked = pooled;
  // The toggle applies at once; the dates and country wait for Apply.
  pool.addEventListener('change', () => (pool.form as HTMLFormElement).requestSubmit());
  const years = [...new Set(gti.rows.map((row) => row.year))].sort((a, b) => b - a);
  const yearSelect = el('select', { name: 'year', 'aria-label': 'GTI year' }, el('option', { value: 'all' }, 'every year'), ...years.map((y) => el('option', { value: String(y) }, String(y))));
  const wantedYear = params.get('year') ?? String(years[0] ?? '');
  yearSelect.value = years.map(String).includes(wantedYear) ? wantedYear : 'all';
  const form = filterForm('/rankings', params, options, ['country', 'since', 'until'], [el('label', { class: 'toggle' }, pool, ' pool affiliates under their parent'), el('label', {}, 'GTI year ', yearSelect)]);
  yearSelect.addEventListener('change', () => form.requestSubmit());
  const shownGti = yearSelect.value === 'all' ? gti.rows : gti.rows.filter((row) => String(row.year) === yearSelect.value);
  root.replaceChildren(
    el('h1', {}, 'Rankings'),
    form,
    el('p', { class: 'meta' }, 'Computed from the reports ingested here, not from the world: a group or country with few reports in the record ranks low whatever happened. Deaths are each incident\'s best estimate of those killed.'),
    section(
      pooled ? 'Deadliest groups (affiliates pooled under their parent)' : 'Deadliest groups',
      el('p', { class: 'meta', 'data-testid': 'deadliest-totals' }, `${deadliest.totalIncidents} incidents, ${deadliest.totalDeaths} deaths counted${deadliest.query.since || deadliest.query.until ? ` from ${deadliest.query.since ?? 'the start'} to ${deadliest.query.until ?? 'now'}` : ''}${deadliest.query.country ? ` in ${deadliest.query.country}` : ''}. An incident naming two groups counts for each, so rows can add up past the total.`),
      deadliestTable(deadliest, names),
    ),
    section(
      'GTI-style score by country and year',
      el('p', { class: 'meta' }, 'Raw score = incidents + 3 × deaths + 0.5 × injuries + 0.5 × hostages; weighted over five years 16/8/4/2/1 (÷ 31); banded on a log scale to 0–10 against the year\'s highest country. Country codes open the country brief.'),
      gtiTable(shownGti),
    ),
  );
}

function bar(value: number, max: number, kind: string): SVGSVGElement {
  const width = max > 0 ? Math.max(value > 0 ? 1 : 0, (value / max) * 160) : 0;
  return svg('svg', { viewBox: '0 0 160 12', class: `inline-bar bar-${kind}`, role: 'img', 'aria-label': String(value) }, svg('rect', { x: 0, y: 1, width, height: 10 }));
}

function deadliestTable(ranking: DeadliestRankingView, names: Map<number, string>): HTMLElement {
  if (ranking.rows.length === 0 && ranking.unattributed.incidents === 0) return el('p', { class: 'empty', 'data-testid': 'deadliest' }, 'No incidents in this period.');
  const max = Math.max(1, ...ranking.rows.map((row) => row.deaths), ranking.unattributed.deaths);
  const row = (r: RankRowView, rank: number | null): HTMLTableRowElement => {
    const others = r.members.filter((id) => id !== r.entityId);
    return el(
      'tr',
      { class: r.entityId === null ? 'unattributed' : 'ranked', 'data-testid': r.entityId === null ? 'unattributed-row' : `rank-row-${r.entityId}` },
      el('td', {}, rank === null ? '' : String(rank)),
      el('td', {}, r.entityId === null ? el('em', {}, r.name) : link(`/group/${r.entityId}`, r.name), others.length > 0 ? el('div', { class: 'meta' }, `pooled with ${others.map((id) => names.get(id) ?? `group ${id}`).join(', ')}`) : null),
      el('td', { class: 'num' }, String(r.incidents)),
      el('td', { class: 'num' }, String(r.deaths)),
      el('td', {}, bar(r.deaths, max, r.entityId === null ? 'unattributed' : 'deaths')),
      el('td', { class: 'num meta' }, r.suspectedIncidents > 0 ? `${r.suspectedIncidents} / ${r.suspectedDeaths}` : ''),
    );
  };
  return el(
    'table',
    { class: 'ranking', 'data-testid': 'deadliest' },
    el('thead', {}, el('tr', {}, ...['#', 'Group', 'Incidents', 'Deaths', '', 'Suspected only (incidents / deaths)'].map((h) => el('th', {}, h)))),
    el('tbody', {}, ...ranking.rows.map((r, index) => row(r, index + 1)), row(ranking.unattributed, null)),
  );
}

function gtiTable(rows: readonly GtiScoreView[]): HTMLElement {
  if (rows.length === 0) return el('p', { class: 'empty', 'data-testid': 'gti' }, 'No scored country in this period.');
  return el(
    'table',
    { class: 'ranking', 'data-testid': 'gti' },
    el('thead', {}, el('tr', {}, ...['Year', 'Country', 'Incidents', 'Deaths', 'Injuries', 'Hostages', 'Raw', 'Weighted', 'Score', ''].map((h) => el('th', {}, h)))),
    el(
      'tbody',
      {},
      ...rows.map((r) =>
        el(
          'tr',
          { 'data-testid': `gti-${r.country}-${r.year}` },
          el('td', {}, String(r.year)),
          el('td', {}, el('a', { href: `/api/reports/country/${encodeURIComponent(r.country)}?format=html`, target: '_blank', rel: 'noopener', title: `Brief on ${r.country}` }, r.country)),
          ...[r.incidents, r.deaths, r.injuries, r.hostages].map((n) => el('td', { class: 'num' }, String(n))),
          el('td', { class: 'num' }, r.raw.toFixed(1)),
          el('td', { class: 'num' }, r.weighted.toFixed(2)),
          el('td', { class: 'num' }, r.score.toFixed(2)),
          el('td', {}, bar(r.score, 10, 'score')),
        ),
      ),
    ),
  );
}
