// Casualty figures across reports (DESIGN.md, after ACLED).
//
// Policy, one for every count: each report's figure is read conservatively —
// its stated minimum ("at least 9" = 9), else its best, else its maximum. The
// incident's best estimate is the LARGEST of these conservative figures: tolls
// rise as bodies are counted, so a later report may raise the estimate, while
// no single report's upper bound ("up to 20") ever becomes it. `min` and `max`
// span every figure stated, so a conflict between sources stays visible.
import type { Count } from '../model/index.js';

/** The counts one report gives for one incident. */
export interface ReportFigures {
  documentId: number;
  reportedOn: string | null;
  killed: Count;
  wounded: Count;
  captured: Count;
  perpetrators_killed: Count;
}

/** What kind of count a figure is. */
export type FigureCountKind = 'killed' | 'wounded' | 'captured' | 'perpetrators_killed';

/** The reconciled view of one count across reports. */
export interface ReconciledCount {
  best: number | null;
  min: number | null;
  max: number | null;
  /** How many reports gave this count. */
  reports: number;
  /** True when reports disagree. */
  conflicting: boolean;
}

/** The reconciled counts of an incident. */
export type ReconciledFigures = Record<FigureCountKind, ReconciledCount>;

/** The kinds of count kept per report. */
export const figureCountKinds: readonly FigureCountKind[] = ['killed', 'wounded', 'captured', 'perpetrators_killed'];

/** A report's figure read conservatively: its minimum, else its best, else its maximum. */
export function conservativeFigure(count: Count): number | null {
  return count.min ?? count.best ?? count.max ?? null;
}

/** Reconciles every report's counts into a best estimate and the range stated, per kind. */
export function reconcileFigures(reports: readonly ReportFigures[]): ReconciledFigures {
  const result = {} as ReconciledFigures;
  for (const kind of figureCountKinds) {
    let best: number | null = null;
    let min: number | null = null;
    let max: number | null = null;
    let count = 0;
    const stated = new Set<number>();
    for (const report of reports) {
      const figure = report[kind];
      const conservative = conservativeFigure(figure);
      if (conservative === null) continue;
      count++;
      best = best === null ? conservative : Math.max(best, conservative);
      for (const value of [figure.min, figure.best, figure.max]) {
        if (value === undefined) continue;
        stated.add(value);
        min = min === null ? value : Math.min(min, value);
        max = max === null ? value : Math.max(max, value);
      }
    }
    result[kind] = { best, min, max, reports: count, conflicting: count > 1 && stated.size > 1 };
  }
  return result;
}
