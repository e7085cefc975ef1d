// Train the MUC-4 role tagger and incident-type classifiers on the public training split and
// write the shipped weights (data/models/muc-roles.json.gz). Deterministic: same data, same bytes.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import type { LinearModel } from '../src/knowledge/role-models-data.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadKnowledge } from '../src/knowledge/load-knowledge.js';
import { trainRoleModels, trainingDocumentOf } from '../src/pipeline/train-role-models.js';
import type { GttRecord, TrainingDocument } from '../src/pipeline/train-role-models.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Read gtt-SPLIT.jsonl keeping the mention offsets the evaluation loader drops. */
function readTrainingDocuments(file: string, everyOccurrence = true): TrainingDocument[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => trainingDocumentOf(JSON.parse(line) as GttRecord, everyOccurrence));
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const data = option('data') ?? path.join(root, '..', 'shared', 'eval', 'muc4', 'gtt-train.jsonl');
  const out = option('out') ?? path.join(root, 'data', 'models', 'muc-roles.json.gz');
  const all = readTrainingDocuments(data, !args.includes('--first-only'));
  // --holdout N: train without the last N documents, to choose decoding settings on them.
  const holdout = Number(option('holdout') ?? 0);
  const documents = holdout > 0 ? all.slice(0, all.length - holdout) : all;
  console.log(`training on ${documents.length} documents from ${data}`);
  const epochs = option('epochs');
  const folds = option('folds');
  const foldCache = option('fold-cache');
  const candidatesOut = option('candidates-out');
  const started = Date.now();
  const models = trainRoleModels(documents, loadKnowledge(), {
    ...(epochs ? { taggerEpochs: Number(epochs) } : {}),
    ...(folds ? { folds: Number(folds) } : {}),
    // --fold-cache DIR keeps the taggers between runs and --candidates-out FILE writes the reranker's candidates (experiments).
    ...(foldCache
      ? {
          taggerCache: {
            get: (name: string) => (existsSync(path.join(foldCache, `${name}.json`)) ? (JSON.parse(readFileSync(path.join(foldCache, `${name}.json`), 'utf8')) as LinearModel) : undefined),
            set: (name: string, model: LinearModel) => writeFileSync(path.join(foldCache, `${name}.json`), JSON.stringify(model)),
          },
        }
      : {}),
    ...(candidatesOut
      ? { onCandidates: (rows: readonly { document: number; candidate: { role: string; key: string; features: string[] }; gold: boolean }[]) => writeFileSync(candidatesOut, rows.map((row) => JSON.stringify({ d: row.document, r: row.candidate.role, k: row.candidate.key, g: row.gold, f: row.candidate.features })).join('\n')) }
      : {}),
    progress: (message) => console.log(`${((Date.now() - started) / 1000).toFixed(0)}s ${message}`),
  });
  const json = JSON.stringify(models);
  mkdirSync(path.dirname(out), { recursive: true });
  // mtime 0 in the gzip header keeps the bytes identical across runs.
  writeFileSync(out, gzipSync(Buffer.from(json, 'utf8'), { level: 9 }));
  console.log(`wrote ${out}: ${Object.keys(models.tagger.weights).length} tagger features, ${(json.length / 1024).toFixed(0)} KB json`);
}

main();
