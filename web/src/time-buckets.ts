// Incidents and deaths per month or year, honest about date precision: an
// incident is counted at the finest period its date supports. Day, week and
// month dates fall in their month; a year-only date (or a range within one year)
// in its year; a date known only as "on or before / after" a day at that day,
// flagged approximate; wider or missing dates are counted, not charted.

/** What the bucketing needs of an incident (IncidentSummary fits). */
export interface DatedIncident {
  date: { value: string | null; precision: string; earliest: string | null; latest: string | null };
  best: { killed: number | null };
}

/** One period of the chart. */
export interface TimeBucket {
  /** YYYY-MM or YYYY. */
  key: string;
  incidents: number;
  deaths: number;
  /** The part of the counts placed at a one-sided bound. */
  approximateIncidents: number;
  approximateDeaths: number;
}

/** A year-only band drawn under a monthly chart. */
export interface YearBand {
  year: string;
  incidents: number;
  deaths: number;
}

/** The counts, with what could not be charted at the chosen unit. */
export interface TimeBuckets {
  unit: 'month' | 'year';
  buckets: TimeBucket[];
  /** With unit 'month': incidents known only to the year. */
  yearOnly: YearBand[];
  /** Dated only by a range wider than a year, or not at all. */
  uncharted: { incidents: number; deaths: number };
  /** Incidents without a death figure (counted as 0 deaths). */
  noDeathFigure: number;
  totalIncidents: number;
  chartedDeaths: number;
}

type Placement = { level: 'month' | 'year'; key: string; approximate: boolean } | null;

/** Where an incident's date puts it, at month or year level, or nowhere. */
export function placeIncident(date: DatedIncident['date']): Placement {
  const month = (text: string): string => text.slice(0, 7);
  const year = (text: string): string => text.slice(0, 4);
  const valid = (text: string | null): text is string => text !== null && /^\d{4}/.test(text);
  if (['day', 'week', 'month'].includes(date.precision) && valid(date.value)) return date.value.length >= 7 ? { level: 'month', key: month(date.value), approximate: false } : { level: 'year', key: year(date.value), approximate: false };
  if (date.precision === 'year' && valid(date.value)) return { level: 'year', key: year(date.value), approximate: false };
  const { earliest, latest } = date;
  if (valid(earliest) && valid(latest)) {
    if (month(earliest) === month(latest) && earliest.length >= 7) return { level: 'month', key: month(earliest), approximate: false };
    if (year(earliest) === year(latest)) return { level: 'year', key: year(earliest), approximate: false };
    return null;
  }
  const bound = valid(latest) ? latest : valid(earliest) ? earliest : valid(date.value) ? date.value : null;
  if (bound === null) return null;
  return bound.length >= 7 ? { level: 'month', key: month(bound), approximate: true } : { level: 'year', key: year(bound), approximate: true };
}

/** Buckets incidents by month (spans up to `maxMonths`) or by year. */
export function bucketIncidents(incidents: readonly DatedIncident[], maxMonths = 60): TimeBuckets {
  const placed = incidents.map((incident) => ({ incident, at: placeIncident(incident.date), deaths: incident.best.killed ?? 0 }));
  const result: TimeBuckets = { unit: 'month', buckets: [], yearOnly: [], uncharted: { incidents: 0, deaths: 0 }, noDeathFigure: 0, totalIncidents: incidents.length, chartedDeaths: 0 };
  const months: string[] = [];
  for (const { incident, at, deaths } of placed) {
    if (incident.best.killed === null) result.noDeathFigure++;
    if (at === null) {
      result.uncharted.incidents++;
      result.uncharted.deaths += deaths;
      continue;
    }
    result.chartedDeaths += deaths;
    if (at.level === 'month') months.push(at.key);
    else months.push(`${at.key}-01`, `${at.key}-12`);
  }
  if (months.length === 0) return result;
  months.sort();
  const first = months[0] as string;
  const last = months[months.length - 1] as string;
  const span = monthIndex(last) - monthIndex(first) + 1;
  result.unit = span <= maxMonths ? 'month' : 'year';
  const keys: string[] = [];
  if (result.unit === 'month') for (let i = monthIndex(first); i <= monthIndex(last); i++) keys.push(monthKey(i));
  else for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) keys.push(String(y));
  const byKey = new Map(keys.map((key) => [key, { key, incidents: 0, deaths: 0, approximateIncidents: 0, approximateDeaths: 0 } satisfies TimeBucket]));
  const bands = new Map<string, YearBand>();
  for (const { at, deaths } of placed) {
    if (at === null) continue;
    if (result.unit === 'month' && at.level === 'year') {
      const band = bands.get(at.key) ?? { year: at.key, incidents: 0, deaths: 0 };
      band.incidents++;
      band.deaths += deaths;
      bands.set(at.key, band);
      continue;
    }
    const bucket = byKey.get(result.unit === 'month' ? at.key : at.key.slice(0, 4));
    if (bucket === undefined) continue;
    bucket.incidents++;
    bucket.deaths += deaths;
    if (at.approximate) {
      bucket.approximateIncidents++;
      bucket.approximateDeaths += deaths;
    }
  }
  result.buckets = [...byKey.values()];
  result.yearOnly = [...bands.values()].sort((a, b) => a.year.localeCompare(b.year));
  return result;
}

function monthIndex(key: string): number {
  return Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
}

function monthKey(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
