import type { LinearModel } from '../knowledge/role-models-data.js';

// Shipped weights arrive as a plain object; a Map looks features up faster and never meets a prototype key.
const rowsOf = new WeakMap<LinearModel, Map<string, number[]>>();

function rows(model: LinearModel): Map<string, number[]> {
  let map = rowsOf.get(model);
  if (!map) {
    map = new Map(Object.entries(model.weights));
    rowsOf.set(model, map);
  }
  return map;
}

/** Add one feature's weights into `scores`. */
export function addFeature(model: LinearModel, feature: string, scores: number[]): void {
  const row = rows(model).get(feature);
  if (!row) return;
  for (let i = 0; i + 1 < row.length; i += 2) scores[row[i] as number] = (scores[row[i] as number] as number) + (row[i + 1] as number);
}

/** Scores of every label for a bag of features (missing features weigh nothing). */
export function scoreLabels(model: LinearModel, features: readonly string[]): number[] {
  const scores = new Array<number>(model.labels.length).fill(0);
  for (const feature of features) addFeature(model, feature, scores);
  return scores;
}

/** The index of the highest score; ties go to the lower index, so decoding is deterministic. */
export function argmax(scores: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < scores.length; i += 1) if ((scores[i] as number) > (scores[best] as number)) best = i;
  return best;
}

/**
 * An averaged perceptron (Collins 2002) in training: dense per-label rows per feature, with the
 * lazy-update trick for averaging. Deterministic: no randomness, the caller fixes the order.
 */
export class PerceptronTrainer<K extends string | number = string> {
  readonly labels: string[];
  private readonly rows = new Map<K, { w: Float64Array; total: Float64Array; stamp: Float64Array }>();
  private clock = 1;

  constructor(labels: readonly string[]) {
    this.labels = [...labels];
  }

  /** Current (non-averaged) scores, as used while training. */
  score(features: readonly K[] | ArrayLike<K>): number[] {
    const scores = new Array<number>(this.labels.length).fill(0);
    for (let f = 0; f < features.length; f += 1) {
      const row = this.rows.get(features[f] as K);
      if (!row) continue;
      for (let i = 0; i < scores.length; i += 1) scores[i] = (scores[i] as number) + (row.w[i] as number);
    }
    return scores;
  }

  /** One example: predict, and on a mistake move weight from the predicted to the gold label. Returns the prediction. */
  learn(features: readonly K[] | ArrayLike<K>, gold: number, cost: readonly number[] | undefined = undefined): number {
    const scores = this.score(features);
    // Cost-augmented: a label the task punishes more must beat gold by a margin to count as a mistake.
    if (cost) for (let i = 0; i < scores.length; i += 1) scores[i] = (scores[i] as number) + (cost[i] ?? 0);
    const guess = argmax(scores);
    if (guess !== gold) this.update(features, gold, guess);
    this.clock += 1;
    return guess;
  }

  /** Reward features for label `gold`, penalise them for label `guess`. */
  update(features: readonly K[] | ArrayLike<K>, gold: number, guess: number): void {
    for (let f = 0; f < features.length; f += 1) {
      const feature = features[f] as K;
      let row = this.rows.get(feature);
      if (!row) {
        const n = this.labels.length;
        row = { w: new Float64Array(n), total: new Float64Array(n), stamp: new Float64Array(n).fill(this.clock) };
        this.rows.set(feature, row);
      }
      for (const [label, delta] of [[gold, 1], [guess, -1]] as const) {
        row.total[label] = (row.total[label] as number) + (this.clock - (row.stamp[label] as number)) * (row.w[label] as number);
        row.stamp[label] = this.clock;
        row.w[label] = (row.w[label] as number) + delta;
      }
    }
  }

  /** Advance the averaging clock without an update (an example the model got right elsewhere). */
  tick(): void {
    this.clock += 1;
  }

  /**
   * The averaged weights as a shippable model: weights below `minWeight` in magnitude dropped,
   * the rest rounded to `digits` decimals, features in sorted order (stable bytes).
   */
  finish(options: { minWeight?: number; digits?: number; keep?: (feature: string) => boolean; name?: (key: K) => string } = {}): LinearModel {
    const minWeight = options.minWeight ?? 0;
    const scale = 10 ** (options.digits ?? 3);
    const weights: Record<string, number[]> = {};
    const name = options.name ?? ((key: K): string => String(key));
    const named = [...this.rows.keys()].map((key) => [name(key), key] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [feature, key] of named) {
      if (options.keep && !options.keep(feature)) continue;
      const row = this.rows.get(key)!;
      const sparse: number[] = [];
      for (let i = 0; i < this.labels.length; i += 1) {
        const total = (row.total[i] as number) + (this.clock - (row.stamp[i] as number)) * (row.w[i] as number);
        const average = Math.round((total / this.clock) * scale) / scale;
        if (Math.abs(average) > minWeight && average !== 0) sparse.push(i, average);
      }
      if (sparse.length) weights[feature] = sparse;
    }
    return { labels: [...this.labels], weights };
  }
}
