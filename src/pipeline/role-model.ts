import type { AnalyzedText } from './analyze-text.js';
import { argmax, scoreLabels } from './perceptron.js';
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
 * (positive trades recall for precision), `boosts` to each role's labels.
 */
export function tagRoles(analyzed: AnalyzedText, features: readonly string[][], model: LinearModel, bias = 0, boosts: Partial<Record<RoleName, number>> = {}): RoleSpan[] {
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
    const scores = scoreLabels(model, [...(features[t] ?? []), ...transitionFeatures(previous, token.lower)]);
    scores[0] = (scores[0] as number) + bias;
    for (let i = 1; i < scores.length; i += 1) scores[i] = (scores[i] as number) + (boostOf[i] as number);
    const label = repairLabel(model.labels[argmax(scores)] ?? 'O', previous);
    const margin = Math.max(...scores.slice(1)) - (scores[0] as number);
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

/** The margin of the classifier of whether a document reports any MUC incident at all (positive = yes). */
export function classifyAny(analyzed: AnalyzedText, models: Record<string, LinearModel>): number | undefined {
  const model = models.any;
  if (!model) return undefined;
  const scores = scoreLabels(model, documentFeatures(analyzed));
  return (scores[1] ?? 0) - (scores[0] ?? 0);
}

/** The MUC incident types a document reports, with the classifier margin of each (positive = yes). */
export function classifyTypes(analyzed: AnalyzedText, models: Record<string, LinearModel>): { type: MucType; margin: number }[] {
  const features = documentFeatures(analyzed);
  return mucTypes.map((type) => {
    const model = models[type];
    if (!model) return { type, margin: -Infinity };
    const scores = scoreLabels(model, features);
    return { type, margin: (scores[1] ?? 0) - (scores[0] ?? 0) };
  });
}
