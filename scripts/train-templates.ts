/**
 * Train the MUC-4 template decision (data/models/muc-templates.json.gz) on the train split.
 *
 * The role models the pipeline runs before the decision were trained on the train split, so on a
 * train document they fill roles far better than on unseen text. The drafts the decision learns
 * from are therefore read cross-fitted: the train split in K folds, each read with role models
 * trained on the other folds (`--role-folds DIR` keeps those models between runs; without it they
 * are trained afresh, about 3 minutes each). The keep threshold is chosen by the GTT F1 of a
 * cross-validated run over the same folds. Retrain after `npm run train`: the decision reads the
 * role models' fillers and document classifiers. Score dev with `sitrep eval muc4`.
 *
 * `--tagger-cache DIR` keeps the fold role models' taggers, so a change to the reranker retrains only
 * the reranker; `--rerank-folds N` sets those role models' own reranker jackknife (4, as shipped).
 *
 *   npx tsx scripts/train-templates.ts [--role-folds DIR] [--tagger-cache DIR] [--rerank-folds 4] [--folds 5] [--epochs 10] [--l2 0.03] [--out FILE]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { loadMuc4 } from '../src/eval/load-muc4.js';
import type { Muc4Document, MucRoleFillers, MucTemplate } from '../src/eval/load-muc4.js';
import { mapToMucExtracts, mapToMucTemplates, mucIncidentType } from '../src/eval/map-muc4.js';
import { scoreCeafRee } from '../src/eval/score-ceaf-ree.js';
import { dedupeTemplates, scoreGtt, scoreGttDocument } from '../src/eval/score-gtt.js';
import { loadKnowledge } from '../src/knowledge/load-knowledge.js';
import type { RoleModels } from '../src/knowledge/role-models-data.js';
import { templateModelVersion } from '../src/knowledge/template-model-data.js';
import type { TemplateModel } from '../src/knowledge/template-model-data.js';
import type { ExtractResult, Incident } from '../src/model/index.js';
import { draftFeatures, draftItems, keepDraft, scoreDrafts } from '../src/pipeline/filter-incident-drafts.js';
import { extractDocument } from '../src/pipeline/extract-document.js';
import { trainRoleModels, trainingDocumentOf } from '../src/pipeline/train-role-models.js';
import type { GttRecord } from '../src/pipeline/train-role-models.js';
import type { LinearModel } from '../src/knowledge/role-models-data.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const dataRoot = option('data') ?? path.join(root, '..', 'shared', 'eval');
const out = option('out') ?? path.join(root, 'data', 'models', 'muc-templates.json.gz');
const foldCount = Number(option('folds') ?? 5);
const roleFolds = option('role-folds');
const epochs = Number(option('epochs') ?? 10);
const l2 = Number(option('l2') ?? 0.03);
const tolerance = Number(option('tolerance') ?? 0.0015);
// The role models' own reranker jackknife (`npm run train` uses 4); fewer folds train fewer taggers.
const rerankFolds = Number(option('rerank-folds') ?? 4);
const taggerCache = option('tagger-cache');

/** Role models trained without fold k (read from --role-folds when there, else trained and kept there). */
function foldRoleModels(k: number, raw: GttRecord[], foldOf: (index: number) => number): RoleModels {
  const file = roleFolds ? path.join(roleFolds, `fold-${k}.json.gz`) : undefined;
  if (file && existsSync(file)) return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as RoleModels;
  console.log(`training role models without fold ${k}`);
  const cache = taggerCache;
  const models = trainRoleModels(raw.filter((_, index) => foldOf(index) !== k).map((record) => trainingDocumentOf(record)), loadKnowledge(), {
    folds: rerankFolds,
    ...(cache
      ? {
          taggerCache: {
            get: (name: string) => (existsSync(path.join(cache, `fold-${k}-${name}.json`)) ? (JSON.parse(readFileSync(path.join(cache, `fold-${k}-${name}.json`), 'utf8')) as LinearModel) : undefined),
            set: (name: string, model: LinearModel) => {
              mkdirSync(cache, { recursive: true });
              writeFileSync(path.join(cache, `fold-${k}-${name}.json`), JSON.stringify(model));
            },
          },
        }
      : {}),
  });
  if (file) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, gzipSync(Buffer.from(JSON.stringify(models), 'utf8'), { level: 9 }));
  }
  return models;
}

/** One document read without the decision: its result, each incident's features, and which incidents the best mapping uses. */
interface ReadDocument {
  doc: Muc4Document;
  fold: number;
  result: ExtractResult;
  features: string[][];
  /** Per incident: the MUC items its draft would yield. */
  items: number[];
  /** Per incident: the sentences its draft tells it in. */
  sentences: number[][];
  /** Per incident: mapped to a gold template in the best GTT mapping of all drafts. */
  mapped: boolean[];
}

function readDocuments(docs: readonly Muc4Document[], models: (index: number) => RoleModels, foldOf: (index: number) => number): ReadDocument[] {
  const knowledge = loadKnowledge() as unknown as { roleModels?: RoleModels; templateModel?: TemplateModel };
  delete knowledge.templateModel;
  return docs.map((doc, index) => {
    knowledge.roleModels = models(index);
    let features: string[][] = [];
    let items: number[] = [];
    let sentences: number[][] = [];
    const result = extractDocument({ id: doc.docid, text: doc.text }, knowledge as never, {
      onDrafts: (drafts, input) => {
        features = draftFeatures(drafts, input);
        items = drafts.map(draftItems);
        sentences = drafts.map((draft) => [...draft.sentences]);
      },
    });
    if (features.length !== result.incidents.length) features = result.incidents.map(() => []);
    const templateOf: number[] = [];
    let next = 0;
    for (const incident of result.incidents) templateOf.push(mucIncidentType(incident) ? next++ : -1);
    const { mapping } = scoreGttDocument(mapToMucTemplates(result), dedupeTemplates(doc.templates));
    const mappedTemplates = new Set(mapping.map(([p]) => p));
    return { doc, fold: foldOf(index), result, features, items, sentences, mapped: templateOf.map((t) => t >= 0 && mappedTemplates.has(t)) };
  });
}

/**
 * Logistic regression of "maps to a gold template" on the draft features: L2-regularised,
 * Adagrad steps over the examples in a fixed interleaving (no randomness, same bytes every run).
 */
function trainKeep(rows: readonly ReadDocument[]): TemplateModel['keep'] {
  const examples: { features: string[]; label: number }[] = [];
  for (const row of rows) row.features.forEach((features, i) => features.length && examples.push({ features, label: row.mapped[i] ? 1 : 0 }));
  const weights = new Map<string, { w: number; g: number }>();
  const rate = 0.3;
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    for (let i = 0; i < examples.length; i += 1) {
      const example = examples[(i * 7919 + epoch * 104729) % examples.length]!;
      let z = 0;
      for (const feature of example.features) z += weights.get(feature)?.w ?? 0;
      const error = 1 / (1 + Math.exp(-z)) - example.label;
      for (const feature of example.features) {
        let entry = weights.get(feature);
        if (!entry) weights.set(feature, (entry = { w: 0, g: 1e-8 }));
        const gradient = error + l2 * entry.w;
        entry.g += gradient * gradient;
        entry.w -= (rate * gradient) / Math.sqrt(entry.g);
      }
    }
  }
  const shipped: Record<string, number[]> = {};
  for (const feature of [...weights.keys()].sort()) {
    const w = Math.round((weights.get(feature)?.w ?? 0) * 1000) / 1000;
    if (w !== 0) shipped[feature] = [1, w];
  }
  return { labels: ['drop', 'keep'], weights: shipped };
}

/** The share of a mapped draft's fillers that match (for the expected value of keeping a draft). */
function fillerShareOf(rows: readonly ReadDocument[]): number {
  let matched = 0;
  let fillers = 0;
  for (const row of rows) {
    const templates = mapToMucTemplates(row.result);
    const { counts } = scoreGttDocument(templates, dedupeTemplates(row.doc.templates));
    for (const [slot, count] of Object.entries(counts)) {
      if (slot === 'incident_type') continue;
      matched += count.pNum;
    }
    row.result.incidents.forEach((_, i) => {
      if (row.mapped[i]) fillers += (row.items[i] ?? 1) - 1;
    });
  }
  return fillers ? Math.min(1, matched / fillers) : 0.4;
}

/** GTT scores of the documents with each incident kept or not. */
/** The incidents the decision keeps, each dropped one's participants merged into the nearest kept one of its MUC class (as filterIncidentDrafts does). */
function keptIncidents(row: ReadDocument, keep: (row: ReadDocument, index: number) => boolean): Incident[] {
  const incidents = row.result.incidents.map((incident) => ({ ...incident, perpetrators: [...incident.perpetrators], targets: [...incident.targets], weapons: [...incident.weapons], evidence: [...incident.evidence] }));
  const kept = incidents.map((_, i) => keep(row, i));
  incidents.forEach((dropped, i) => {
    if (kept[i]) return;
    const muc = mucIncidentType(row.result.incidents[i]!);
    let host = -1;
    let distance = Infinity;
    incidents.forEach((_, j) => {
      if (!kept[j] || j === i || mucIncidentType(row.result.incidents[j]!) !== muc) return;
      for (const a of row.sentences[i] ?? []) for (const b of row.sentences[j] ?? []) if (Math.abs(a - b) < distance) [distance, host] = [Math.abs(a - b), j];
    });
    const target = incidents[host];
    if (!target) return;
    for (const perpetrator of dropped.perpetrators) if (!target.perpetrators.some((other) => other.entity === perpetrator.entity)) target.perpetrators.push(perpetrator);
    for (const victim of dropped.targets) if (victim.count === undefined && !target.targets.some((other) => other.text === victim.text)) target.targets.push(victim);
    for (const weapon of dropped.weapons) if (!target.weapons.includes(weapon)) target.weapons.push(weapon);
    for (const span of dropped.evidence) if (!target.evidence.some((other) => other.start === span.start)) target.evidence.push(span);
  });
  return incidents.filter((_, i) => kept[i]);
}

function scoreKept(rows: readonly ReadDocument[], keep: (row: ReadDocument, index: number) => boolean): { gtt: ReturnType<typeof scoreGtt>; ree: ReturnType<typeof scoreCeafRee> } {
  const predictions = new Map<string, MucTemplate[]>();
  const gold = new Map<string, MucTemplate[]>();
  const extracts = new Map<string, MucRoleFillers>();
  const goldExtracts = new Map<string, MucRoleFillers>();
  for (const row of rows) {
    const result = { ...row.result, incidents: keptIncidents(row, keep) };
    predictions.set(row.doc.key, mapToMucTemplates(result));
    gold.set(row.doc.key, row.doc.templates);
    extracts.set(row.doc.key, mapToMucExtracts(result));
    goldExtracts.set(row.doc.key, row.doc.extracts);
  }
  return { gtt: scoreGtt(predictions, gold), ree: scoreCeafRee(extracts, goldExtracts) };
}

function summary(scores: ReturnType<typeof scoreKept>): string {
  const micro = scores.gtt.micro;
  const type = scores.gtt.counts.incident_type;
  const pct = (x: number): string => (100 * x).toFixed(2);
  return `GTT F1 ${pct(micro.f1)} (P ${pct(micro.p)} R ${pct(micro.r)}; templates ${type?.pNum ?? 0}/${type?.pDen ?? 0}/${type?.rDen ?? 0}), CEAF-REE F1 ${pct(scores.ree.micro.f1)}`;
}

function main(): void {
  const rawLines = readFileSync(path.join(dataRoot, 'muc4', 'gtt-train.jsonl'), 'utf8').split('\n').filter((line) => line.trim());
  const raw = rawLines.map((line) => JSON.parse(line) as GttRecord);
  const docs = loadMuc4(dataRoot, 'train');
  const size = Math.ceil(docs.length / foldCount);
  const foldOf = (index: number): number => Math.floor(index / size);
  const models = new Map<number, RoleModels>();
  const modelOf = (index: number): RoleModels => {
    const k = foldOf(index);
    if (!models.has(k)) models.set(k, foldRoleModels(k, raw, foldOf));
    return models.get(k)!;
  };
  console.log(`reading ${docs.length} train documents in ${foldCount} folds`);
  const rows = readDocuments(docs, modelOf, foldOf);
  const all = (row: ReadDocument, index: number): boolean => row.features[index] !== undefined;
  console.log(`train, every draft: ${summary(scoreKept(rows, all))}`);
  console.log(`train, oracle (mapped drafts only): ${summary(scoreKept(rows, (row, i) => row.mapped[i] === true || !row.features[i]?.length))}`);

  // Cross-validated keep probabilities: each fold scored by a decision trained on the others.
  const fillerShare = fillerShareOf(rows);
  const probabilities = new Map<ReadDocument, (number | undefined)[]>();
  for (let k = 0; k < foldCount; k += 1) {
    const model: TemplateModel = { version: templateModelVersion, keep: trainKeep(rows.filter((row) => row.fold !== k)), fillerShare, threshold: 0 };
    for (const row of rows.filter((r) => r.fold === k)) probabilities.set(row, scoreDrafts(row.features, model));
  }
  const kept = (model: TemplateModel, table: Map<ReadDocument, (number | undefined)[]>) => (row: ReadDocument, i: number): boolean => {
    const probability = table.get(row)?.[i];
    return probability === undefined || keepDraft(probability, row.items[i] ?? 1, model);
  };
  const curve: { threshold: number; f1: number }[] = [];
  for (let step = 0; step <= 30; step += 1) {
    const threshold = step / 100;
    const result = scoreKept(rows, kept({ version: templateModelVersion, keep: { labels: [], weights: {} }, fillerShare, threshold }, probabilities));
    curve.push({ threshold, f1: result.gtt.micro.f1 });
    if (step % 2 === 0) console.log(`  threshold ${threshold.toFixed(2)}: ${summary(result)}`);
  }
  // The curve is flat near its top (differences of a tenth of a point are noise): the lowest
  // threshold within tolerance of the best drops least, which spares recall and the role scores.
  const top = Math.max(...curve.map((point) => point.f1));
  const best = curve.find((point) => point.f1 >= top - tolerance)!;
  console.log(`filler share ${fillerShare.toFixed(3)}; chosen threshold ${best.threshold}: cross-validated train F1 ${(100 * best.f1).toFixed(2)}`);

  const model: TemplateModel = { version: templateModelVersion, keep: trainKeep(rows), fillerShare: Math.round(fillerShare * 1000) / 1000, threshold: best.threshold };
  const json = JSON.stringify(model);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, gzipSync(Buffer.from(json, 'utf8'), { level: 9 }));
  console.log(`wrote ${out}: ${Object.keys(model.keep.weights).length} features`);
}

main();
