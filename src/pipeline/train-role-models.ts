import type { Knowledge } from '../knowledge/knowledge.js';
import type { LinearModel } from '../knowledge/role-models-data.js';
import { analyzeText } from './analyze-text.js';
import type { AnalyzedText } from './analyze-text.js';
import { PerceptronTrainer } from './perceptron.js';
import { roleModelsVersion } from '../knowledge/role-models-data.js';
import type { RoleModels } from '../knowledge/role-models-data.js';
import { documentFeatures, mucTypes, repairLabel, roleNames, tagLabels, transitionFeatures } from './role-model.js';
import type { RoleName } from './role-model.js';
import { tokenFeatures, triggerClass } from './role-features.js';
import { key, roleCandidates } from './role-rerank.js';
import type { RoleCandidate } from './role-rerank.js';
import { roleDecoding } from './apply-role-model.js';

/** One annotated training document: its text, the gold role spans (offsets into the text) and its incident types. */
export interface TrainingDocument {
  text: string;
  spans: { role: RoleName; start: number; end: number }[];
  types: string[];
  /** Gold fillers per role: each entity's mention strings (the reranker's labels). */
  entities?: Partial<Record<RoleName, string[][]>>;
}

/** One document of a MUC-4 GTT file as it is stored: its text and templates, each role a list of entities of [mention, offset]. */
export interface GttRecord {
  doctext: string;
  templates: Record<string, unknown>[];
}

/**
 * The training view of a GTT record: every gold mention as a span, the gold fillers per role (the
 * reranker's labels) and the incident types. The annotators mark one occurrence of a filler; with
 * `everyOccurrence` the others are marked too, since they read alike and would otherwise teach the
 * tagger to contradict itself.
 */
export function trainingDocumentOf(record: GttRecord, everyOccurrence = true): TrainingDocument {
  const spans: TrainingDocument['spans'] = [];
  const entities: Partial<Record<RoleName, string[][]>> = {};
  const text = record.doctext;
  for (const template of record.templates) {
    for (const role of roleNames) {
      for (const entity of (template[role] as [string, number][][] | undefined) ?? []) {
        (entities[role] ??= []).push(entity.map(([mention]) => mention));
        for (const [mention, offset] of entity) {
          spans.push({ role, start: offset, end: offset + mention.length });
          if (!everyOccurrence) continue;
          for (let at = text.indexOf(mention); at >= 0; at = text.indexOf(mention, at + 1)) {
            const before = text[at - 1] ?? ' ';
            const after = text[at + mention.length] ?? ' ';
            if (at !== offset && !/\w/u.test(before) && !/\w/u.test(after)) spans.push({ role, start: at, end: at + mention.length });
          }
        }
      }
    }
  }
  return { text, spans, entities, types: record.templates.map((template) => String(template.incident_type)) };
}

/** Training settings; the defaults are what `npm run train` ships. */
export interface TrainOptions {
  taggerEpochs?: number;
  typeEpochs?: number;
  /** Averaged weights at or below this magnitude are dropped from the shipped file. */
  minWeight?: number;
  /** Features seen fewer times than this in training are not kept. */
  minCount?: number;
  /** Folds of the jackknife that gives the reranker candidates from taggers that did not see them; below 2, no reranker. */
  folds?: number;
  rerankEpochs?: number;
  /** Keeps trained taggers between runs, by name (experiments only). */
  taggerCache?: { get: (name: string) => LinearModel | undefined; set: (name: string, model: LinearModel) => void };
  /** Receives the reranker's training candidates (experiments only). */
  onCandidates?: (candidates: readonly { document: number; candidate: RoleCandidate; gold: boolean }[]) => void;
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
  analyzed: AnalyzedText;
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
    return { words: analyzed.tokens.map((token) => token.lower), sentences: analyzed.tokens.map((token) => token.sentence), features, gold, docFeatures: documentFeatures(analyzed), types: document.types, analyzed };
  });

  const minCount = options.minCount ?? 3;
  const minWeight = options.minWeight ?? 0.5;
  const trainTagger = (subset: readonly PreparedDocument[], label: string): LinearModel => {
    const tagger = new PerceptronTrainer<number>(tagLabels);
    const random = seeded(20240601);
    const taggerEpochs = options.taggerEpochs ?? 10;
    for (let epoch = 0; epoch < taggerEpochs; epoch += 1) {
      let errors = 0;
      let total = 0;
      for (const document of shuffled(subset, random)) {
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
      options.progress?.(`${label} epoch ${epoch + 1}: ${((100 * errors) / total).toFixed(2)}% token errors`);
    }
    return tagger.finish({ minWeight, digits: 1, name: (id) => names[id] as string, keep: (feature) => (counts[ids.get(feature) as number] ?? 0) >= minCount });
  };
  const cachedTagger = (name: string, subset: () => PreparedDocument[]): LinearModel => {
    const id = `${name}-n${documents.length}-e${options.taggerEpochs ?? 10}`;
    const cached = options.taggerCache?.get(id);
    if (cached) return cached;
    const model = trainTagger(subset(), name);
    options.taggerCache?.set(id, model);
    return model;
  };
  const taggerModel = cachedTagger('tagger', () => prepared);

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
  const folds = options.folds ?? 4;
  if (folds < 2) return { version: roleModelsVersion, tagger: taggerModel, types };
  // The reranker learns from candidates of taggers that never saw the document (k-fold jackknife).
  const candidates: { document: number; candidate: RoleCandidate; gold: boolean }[] = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const foldTagger = cachedTagger(`fold-${fold + 1}-of-${folds}`, () => prepared.filter((_, index) => index % folds !== fold));
    prepared.forEach((document, index) => {
      if (index % folds !== fold) return;
      for (const candidate of candidatesOf(document.analyzed, foldTagger, knowledge)) {
        const gold = (documents[index]?.entities?.[candidate.role] ?? []).some((entity) => entity.some((mention) => key(mention) === candidate.key));
        candidates.push({ document: index, candidate, gold });
      }
    });
  }
  options.onCandidates?.(candidates);
  const rerank = trainReranker(candidates, options.rerankEpochs ?? 10);
  for (const role of roleNames) {
    const mine = candidates.filter((entry) => entry.candidate.role === role);
    options.progress?.(`reranker ${role}: ${mine.length} candidates, ${mine.filter((entry) => entry.gold).length} gold`);
  }
  return { version: roleModelsVersion, tagger: taggerModel, types, rerank };
}

/** The reranker's candidates in a document, read as applyRoleModel reads them (event sentences only). */
export function candidatesOf(analyzed: AnalyzedText, tagger: LinearModel, knowledge: Knowledge | undefined): RoleCandidate[] {
  const nearEvent = eventSentences(analyzed);
  return roleCandidates(analyzed, tokenFeatures(analyzed, knowledge, nearEvent), tagger, roleDecoding, 0);
}

/** Sentences that use an event word: the only ones the tagger reads. */
export function eventSentences(analyzed: AnalyzedText): (sentence: number) => boolean {
  const flags = analyzed.sentences.map((sentence) => {
    for (let t = sentence.firstToken; t <= sentence.lastToken; t += 1) if (triggerClass(analyzed.tokens[t]?.lower ?? '')) return true;
    return false;
  });
  return (index) => flags[index] ?? false;
}

/** One binary classifier per role over candidate features: is this string a filler of the role in this report. */
export function trainReranker(candidates: readonly { candidate: RoleCandidate; gold: boolean }[], epochs: number): Partial<Record<RoleName, LinearModel>> {
  const out: Partial<Record<RoleName, LinearModel>> = {};
  for (const role of roleNames) {
    const mine = candidates.filter((entry) => entry.candidate.role === role);
    const seen = new Map<string, number>();
    for (const entry of mine) for (const feature of entry.candidate.features) seen.set(feature, (seen.get(feature) ?? 0) + 1);
    const classifier = new PerceptronTrainer<string>(['no', 'yes']);
    const order = seeded(31 + role.length);
    for (let epoch = 0; epoch < epochs; epoch += 1) for (const entry of shuffled(mine, order)) classifier.learn(entry.candidate.features, entry.gold ? 1 : 0);
    out[role] = classifier.finish({ minWeight: 0.05, digits: 2, keep: (feature) => (seen.get(feature) ?? 0) >= 2 });
  }
  return out;
}
