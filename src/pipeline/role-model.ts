import type { AnalyzedText } from './analyze-text.js';
import { addFeature, argmax, scoreLabels } from './perceptron.js';
import { triggerClass } from './role-features.js';
import type { LinearModel } from '../knowledge/role-models-data.js';

/** The MUC-4 role slots the tagger fills. */
export const roleNames = ['PerpInd', 'PerpOrg', 'Target', 'Victim', 'Weapon'] as const;
export type RoleName = (typeof roleNames)[number];

/** MUC-4 incident types the document classifier knows. */
export const mucTypes = ['attack', 'bombing', 'kidnapping', 'arson', 'robbery', 'forced work stoppage'] as const;
export type MucType = (typeof mucTypes)[number];

/** The tagger's labels: O plus B-/I- per role. */
export const tagLabels: string[] = ['O', ...roleNames.flatMap((role) => [`B-${role}`, `I-${role}`])];


/** A role filler the tagger found: a verbatim span and how sure the tagger is. */
export interface RoleSpan {
  role: RoleName;
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** Mean margin of the span's labels over O, per token. */
  score: number;
}

/** Features that depend on the previous decision (greedy left-to-right decoding). */
export function transitionFeatures(previous: string, word: string): string[] {
  return [`pl=${previous}`, `pl=${previous}|w=${word}`];
}

/** Repair an I- label that does not continue a span of its role into a B- label. */
export function repairLabel(label: string, previous: string): string {
  if (label.startsWith('I-') && previous.slice(2) !== label.slice(2)) return `B-${label.slice(2)}`;
  return label;
}

/**
 * Tag every token greedily with the tagger and return the spans. `bias` is added to O's score
 * (positive trades recall for precision), `boosts` to each role's labels; sentences `include`
 * rejects are not read.
 */
export function tagRoles(
  analyzed: AnalyzedText,
  features: readonly string[][],
  model: LinearModel,
  bias = 0,
  boosts: Partial<Record<RoleName, number>> = {},
  include?: (sentence: number) => boolean,
): RoleSpan[] {
  const boostOf = model.labels.map((label) => (label === 'O' ? 0 : (boosts[label.slice(2) as RoleName] ?? 0)));
  const spans: RoleSpan[] = [];
  const { tokens, text } = analyzed;
  let previous = 'O';
  let open: { role: RoleName; first: number; last: number; margin: number } | undefined;
  const close = (): void => {
    if (!open) return;
    const first = tokens[open.first]!;
    const last = tokens[open.last]!;
    spans.push({ role: open.role, start: first.start, end: last.end, text: text.slice(first.start, last.end), sentence: first.sentence, score: open.margin / (open.last - open.first + 1) });
    open = undefined;
  };
  for (let t = 0; t < tokens.length; t += 1) {
    const token = tokens[t]!;
    if (t > 0 && tokens[t - 1]!.sentence !== token.sentence) previous = 'O';
    if (include && !include(token.sentence)) {
      close();
      previous = 'O';
      continue;
    }
    const scores = boostOf.slice();
    scores[0] = bias;
    for (const feature of features[t] ?? []) addFeature(model, feature, scores);
    for (const feature of transitionFeatures(previous, token.lower)) addFeature(model, feature, scores);
    const label = repairLabel(model.labels[argmax(scores)] ?? 'O', previous);
    let best = -Infinity;
    for (let i = 1; i < scores.length; i += 1) if ((scores[i] as number) > best) best = scores[i] as number;
    const margin = best - (scores[0] as number);
    if (label === 'O' || label.startsWith('B-') || (open && token.sentence !== tokens[open.last]!.sentence)) close();
    if (label.startsWith('B-')) open = { role: label.slice(2) as RoleName, first: t, last: t, margin };
    else if (label.startsWith('I-') && open) {
      open.last = t;
      open.margin += margin;
    }
    previous = label;
  }
  close();
  return spans;
}

/**
 * Document features for the incident classifiers: its words, the words of its opening sentences
 * apart, and each event class with the words of the sentences that use it ("kidnap" with "released").
 */
export function documentFeatures(analyzed: AnalyzedText): string[] {
  const features = new Set<string>(['b']);
  for (const token of analyzed.tokens) {
    if (!/\p{L}/u.test(token.lower)) continue;
    features.add(`d=${token.lower}`);
    if (token.sentence < 3) features.add(`f=${token.lower}`);
  }
  for (const sentence of analyzed.sentences) {
    const words = analyzed.tokens.slice(sentence.firstToken, sentence.lastToken + 1).map((token) => token.lower);
    const classes = new Set(words.map(triggerClass).filter((kind): kind is string => kind !== undefined));
    for (const kind of classes) {
      features.add(`tc=${kind}`);
      if (sentence.index < 3) features.add(`tcf=${kind}`);
      for (const word of words) if (/\p{L}{3}/u.test(word)) features.add(`tw=${kind}|${word}`);
    }
  }
  return [...features].sort();
}

/** What the document classifiers read: whether the report tells of any MUC incident (undefined without that model), and each type's margin (positive = yes). */
export function classifyDocument(analyzed: AnalyzedText, models: Record<string, LinearModel>): { any: number | undefined; types: { type: MucType; margin: number }[] } {
  const features = documentFeatures(analyzed);
  const margin = (model: LinearModel): number => {
    const scores = scoreLabels(model, features);
    return (scores[1] ?? 0) - (scores[0] ?? 0);
  };
  return {
    any: models.any ? margin(models.any) : undefined,
    types: mucTypes.map((type) => {
      const model = models[type];
      return { type, margin: model ? margin(model) : -Infinity };
    }),
  };
}
