// A GTI-style score per country and year, as DESIGN.md states it.
import { terrorismIncidentTypes, type IncidentFact } from './incident-facts.js';

/** Weights of the yearly raw score: per incident, death, injury, hostage. */
export const gtiWeights = { incident: 1, death: 3, injury: 0.5, hostage: 0.5 } as const;
/** Weights of the five years, current year first; they sum to 31. */
export const gtiYearWeights = [16, 8, 4, 2, 1] as const;

/** One country's score in one year, with the figures behind it. */
export interface GtiScoreRow {
  country: string;
  year: number;
  incidents: number;
  deaths: number;
  injuries: number;
  hostages: number;
  /** incidents + 3·deaths + 0.5·injuries + 0.5·hostages, this year only. */
  raw: number;
  /** Σ weight·raw over this year and the four before, divided by 31. */
  weighted: number;
  /** 10 · ln(1 + weighted) / ln(1 + the highest weighted of the year); 0 when nothing was counted. */
  score: number;
}

/** The raw yearly score of counted figures. */
export function rawGtiScore(figures: { incidents: number; deaths: number; injuries: number; hostages: number }): number {
  return figures.incidents * gtiWeights.incident + figures.deaths * gtiWeights.death + figures.injuries * gtiWeights.injury + figures.hostages * gtiWeights.hostage;
}

/** The five-year weighted raw score: rawByYear(year − k) weighted 16, 8, 4, 2, 1 for k = 0…4, over 31. */
export function weightedGtiScore(rawByYear: (year: number) => number, year: number): number {
  let sum = 0;
  gtiYearWeights.forEach((weight, k) => {
    sum += weight * rawByYear(year - k);
  });
  return sum / 31;
}

/** Log banding to 0–10 against the year's highest weighted score. */
export function bandGtiScore(weighted: number, maxWeighted: number): number {
  if (maxWeighted <= 0 || weighted <= 0) return 0;
  return (10 * Math.log1p(weighted)) / Math.log1p(maxWeighted);
}

/**
 * Scores every country with a counted incident in `years` (or in any year seen).
 * Counts terrorism incidents (GTD attack types) with a country and a year; deaths
 * are the best killed (victims; perpetrators killed are left out), hostages the
 * best captured. Rows are sorted by year, then score descending, then country.
 */
export function computeGtiScores(facts: readonly IncidentFact[], options: { years?: readonly number[] } = {}): GtiScoreRow[] {
  const yearly = new Map<string, { incidents: number; deaths: number; injuries: number; hostages: number }>();
  const countries = new Set<string>();
  const seenYears = new Set<number>();
  for (const fact of facts) {
    if (!terrorismIncidentTypes.has(fact.type) || fact.country === null || fact.year === null) continue;
    const key = `${fact.country}|${fact.year}`;
    const figures = yearly.get(key) ?? { incidents: 0, deaths: 0, injuries: 0, hostages: 0 };
    figures.incidents += 1;
    figures.deaths += fact.killed;
    figures.injuries += fact.wounded;
    figures.hostages += fact.captured;
    yearly.set(key, figures);
    countries.add(fact.country);
    seenYears.add(fact.year);
  }
  const years = options.years ?? [...seenYears].sort((a, b) => a - b);
  const rows: GtiScoreRow[] = [];
  for (const year of years) {
    const yearRows: GtiScoreRow[] = [];
    for (const country of countries) {
      const raw = (y: number): number => {
        const figures = yearly.get(`${country}|${y}`);
        return figures === undefined ? 0 : rawGtiScore(figures);
      };
      const weighted = weightedGtiScore(raw, year);
      if (weighted === 0) continue;
      const figures = yearly.get(`${country}|${year}`) ?? { incidents: 0, deaths: 0, injuries: 0, hostages: 0 };
      yearRows.push({ country, year, ...figures, raw: raw(year), weighted, score: 0 });
    }
    const max = Math.max(0, ...yearRows.map((r) => r.weighted));
    for (const r of yearRows) r.score = bandGtiScore(r.weighted, max);
    yearRows.sort((a, b) => b.score - a.score || a.country.localeCompare(b.country));
    rows.push(...yearRows);
  }
  return rows;
}
