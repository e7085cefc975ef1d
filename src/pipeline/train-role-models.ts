import type { Knowledge } from '../knowledge/knowledge.js';
import { analyzeText } from './analyze-text.js';
import { PerceptronTrainer } from './perceptron.js';
import { roleModelsVersion } from '../knowledge/role-models-data.js';
import type { RoleModels } from '../knowledge/role-models-data.js';
import { documentFeatures, mucTypes, repairLabel, tagLabels, transitionFeatures } from './role-model.js';
import type { RoleName } from './role-model.js';
import { tokenFeatures } from './role-features.js';

/** One annotated training document: its text, the gold role spans (offsets into the text) and its incident types. */
export interface TrainingDocument {
  text: string;
  spans: { role: RoleName; start: number; end: number }[];
  types: string[];
}

/** Training settings; the defaults are what `npm run train` ships. */
export interface TrainOptions {
  taggerEpochs?: number;
  typeEpochs?: number;
  /** Averaged weights at or below this magnitude are dropped from the shipped file. */
  minWeight?: number;
  /** Features seen fewer times than this in training are not kept. */
  minCount?: number;
  progress?: (message: string) => void;
}

/** A small deterministic generator (mulberry32) for the epoch shuffles. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

interface PreparedDocument {
  words: string[];
  sentences: number[];
  features: Int32Array[];
  gold: number[];
  docFeatures: string[];
  types: string[];
}

/** Gold BIO labels: tokens inside a gold span (first span wins) take its role. */
export function goldLabels(tokens: readonly { start: number; end: number }[], spans: TrainingDocument['spans']): string[] {
  const labels = tokens.map(() => 'O');
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const span of sorted) {
    const inside: number[] = [];
    tokens.forEach((token, index) => {
      if (token.start < span.end && token.end > span.start) inside.push(index);
    });
    if (!inside.length || inside.some((index) => labels[index] !== 'O')) continue;
    inside.forEach((index, k) => (labels[index] = `${k === 0 ? 'B' : 'I'}-${span.role}`));
  }
  return labels;
}

/** Train the role tagger and the incident-type classifiers on annotated documents. Deterministic. */
export function trainRoleModels(documents: readonly TrainingDocument[], knowledge: Knowledge | undefined, options: TrainOptions = {}): RoleModels {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const counts: number[] = [];
  const intern = (feature: string): number => {
    let id = ids.get(feature);
    if (id === undefined) {
      id = names.length;
      ids.set(feature, id);
      names.push(feature);
      counts.push(0);
    }
    counts[id] = (counts[id] as number) + 1;
    return id;
  };
  const labelIndex = new Map(tagLabels.map((label, index) => [label, index]));
  const prepared: PreparedDocument[] = documents.map((document, index) => {
    const analyzed = analyzeText(document.text);
    const gold = goldLabels(analyzed.tokens, document.spans).map((label) => labelIndex.get(label) ?? 0);
    const features = tokenFeatures(analyzed, knowledge).map((list) => Int32Array.from(list, intern));
    if (index % 200 === 199) options.progress?.(`prepared ${index + 1}/${documents.length}`);
    return { words: analyzed.tokens.map((token) => token.lower), sentences: analyzed.tokens.map((token) => token.sentence), features, gold, docFeatures: documentFeatures(analyzed), types: document.types };
  });

  const tagger = new PerceptronTrainer<number>(tagLabels);
  const random = seeded(20240601);
  const taggerEpochs = options.taggerEpochs ?? 10;
  for (let epoch = 0; epoch < taggerEpochs; epoch += 1) {
    let errors = 0;
    let total = 0;
    for (const document of shuffled(prepared, random)) {
      let previous = 'O';
      for (let t = 0; t < document.words.length; t += 1) {
        if (t > 0 && document.sentences[t - 1] !== document.sentences[t]) previous = 'O';
        const transitions = transitionFeatures(previous, document.words[t] as string).map((feature) => intern(feature));
        const features = Int32Array.from([...(document.features[t] as Int32Array), ...transitions]);
        const gold = document.gold[t] as number;
        const guess = tagger.learn(features, gold);
        if (guess !== gold) errors += 1;
        total += 1;
        // The decoder sees its own decisions, so training does too.
        previous = repairLabel(tagLabels[guess] ?? 'O', previous);
      }
    }
    options.progress?.(`tagger epoch ${epoch + 1}: ${((100 * errors) / total).toFixed(2)}% token errors`);
  }
  const minCount = options.minCount ?? 3;
  const minWeight = options.minWeight ?? 0.5;
  const taggerModel = tagger.finish({ minWeight, digits: 1, name: (id) => names[id] as string, keep: (feature) => (counts[ids.get(feature) as number] ?? 0) >= minCount });

  const documentCounts = new Map<string, number>();
  for (const document of prepared) for (const feature of document.docFeatures) documentCounts.set(feature, (documentCounts.get(feature) ?? 0) + 1);
  const types: RoleModels['types'] = {};
  // 'any': does the report tell of a MUC incident at all; then one classifier per type.
  for (const type of ['any', ...mucTypes]) {
    const classifier = new PerceptronTrainer<string>(['no', 'yes']);
    const order = seeded(7 + type.length);
    for (let epoch = 0; epoch < (options.typeEpochs ?? 5); epoch += 1) {
      for (const document of shuffled(prepared, order)) classifier.learn(document.docFeatures, document.types.some((t) => type === 'any' || t.includes(type)) ? 1 : 0);
    }
    types[type] = classifier.finish({ minWeight, digits: 1, keep: (feature) => (documentCounts.get(feature) ?? 0) >= 5 });
  }
  return { version: roleModelsVersion, tagger: taggerModel, types };
}
