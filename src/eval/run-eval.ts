import path from 'node:path';
import type { Knowledge } from '../knowledge/knowledge.js';
import { SitrepError } from '../model/index.js';
import type { ExtractResult, SourceDocument } from '../model/index.js';
import { extractDocument } from '../pipeline/extract-document.js';
import { loadMuc4 } from './load-muc4.js';
import type { Muc4Split, MucRoleFillers, MucTemplate } from './load-muc4.js';
import { loadRe3d } from './load-re3d.js';
import { loadSeedGold } from './load-seed-gold.js';
import { loadWikiEvents } from './load-wikievents.js';
import { mapToMucExtracts, mapToMucTemplates } from './map-muc4.js';
import { mapToRe3d } from './map-re3d.js';
import type { Re3dPrediction } from './map-re3d.js';
import { mapToWikiArguments } from './map-wikievents.js';
import { parsePredictionFile } from './parse-predictions.js';
import { isDirectory, readJson } from './read-data-file.js';
import type { RoleScores } from './role-counts.js';
import { scoreCeafRee } from './score-ceaf-ree.js';
import { scoreGtt } from './score-gtt.js';
import { scoreRe3d } from './score-re3d.js';
import type { Re3dScores } from './score-re3d.js';
import { scoreSeed } from './score-seed.js';
import type { SeedScore } from './score-seed.js';
import { scoreWikiEvents } from './score-wikievents.js';
import type { CharArgument, WikiScores } from './score-wikievents.js';

/** The datasets `sitrep eval` knows. */
export const evalDatasets = ['seed', 'muc4', 're3d', 'wikievents'] as const;
export type EvalDataset = (typeof evalDatasets)[number];

/** What to evaluate and how. */
export interface EvalOptions {
  /** The eval data root (../shared/eval by default); the seed gold is looked for in its parent. */
  dataRoot: string;
  split?: Muc4Split;
  /** A reference-format prediction file to score instead of running the extractor (muc4 only). */
  predictionsFile?: string;
  /** Score only the first N documents. */
  limit?: number;
  /** Needed only when the extractor runs. */
  knowledge?: () => Knowledge;
  /** Called after each document the extractor reads. */
  progress?: (done: number, total: number) => void;
}

/** The scores of one evaluation run, by dataset. */
export type EvalReport =
  | { dataset: 'seed'; documents: number; seed: SeedScore[] }
  | { dataset: 'muc4'; split: Muc4Split; documents: number; source: string; ceafRee?: RoleScores; gtt?: RoleScores }
  | { dataset: 're3d'; documents: number; re3d: Re3dScores }
  | { dataset: 'wikievents'; split: 'dev'; documents: number; wikievents: WikiScores };

function runExtractor(options: EvalOptions, docs: SourceDocument[]): ExtractResult[] {
  if (!options.knowledge) throw new SitrepError('INTERNAL', 'runEval needs knowledge to run the extractor');
  const knowledge = options.knowledge();
  return docs.map((doc, i) => {
    const result = extractDocument(doc, knowledge);
    options.progress?.(i + 1, docs.length);
    return result;
  });
}

function limited<T>(items: T[], limit: number | undefined): T[] {
  return limit === undefined ? items : items.slice(0, limit);
}

/** Run one evaluation: load the dataset (DATASET_MISSING when absent), extract or read predictions, score. */
export function runEval(dataset: EvalDataset, options: EvalOptions): EvalReport {
  switch (dataset) {
    case 'seed': {
      // The gold sits beside eval/ in the shared folder; accept the shared folder itself too.
      const sharedRoot = isDirectory(path.join(options.dataRoot, 'gold')) ? options.dataRoot : path.dirname(options.dataRoot);
      const golds = limited(loadSeedGold(sharedRoot), options.limit);
      const results = runExtractor(
        options,
        golds.map((g) => ({ id: path.basename(g.document, '.txt'), text: g.documentText ?? '', published: g.published })),
      );
      return { dataset, documents: golds.length, seed: golds.map((g, i) => scoreSeed(g, results[i]!)) };
    }
    case 'muc4': {
      const split = options.split ?? 'dev';
      const docs = limited(loadMuc4(options.dataRoot, split), options.limit);
      const goldExtracts = new Map(docs.map((d) => [d.key, d.extracts]));
      const goldTemplates = new Map(docs.map((d) => [d.key, d.templates]));
      if (options.predictionsFile) {
        const file = options.predictionsFile;
        const parsed = parsePredictionFile(readJson(file, `prediction file ${file}`), path.basename(file));
        // Keys may be the numeric reference keys or the docids themselves.
        const keyOf = new Map(docs.flatMap((d) => [[d.key, d.key] as const, [d.docid, d.key] as const]));
        const rekey = <T>(m: Map<string, T>): Map<string, T> => new Map([...m].map(([k, v]) => [keyOf.get(k) ?? k, v]));
        if (parsed.kind === 'grit') {
          return { dataset, split, documents: docs.length, source: file, ceafRee: scoreCeafRee(rekey(parsed.extracts), goldExtracts) };
        }
        return { dataset, split, documents: docs.length, source: file, gtt: scoreGtt(rekey(parsed.templates), goldTemplates) };
      }
      const results = runExtractor(options, docs.map((d) => ({ id: d.docid, text: d.text })));
      const extracts = new Map<string, MucRoleFillers>();
      const templates = new Map<string, MucTemplate[]>();
      docs.forEach((d, i) => {
        extracts.set(d.key, mapToMucExtracts(results[i]!));
        templates.set(d.key, mapToMucTemplates(results[i]!));
      });
      return { dataset, split, documents: docs.length, source: 'extractor', ceafRee: scoreCeafRee(extracts, goldExtracts), gtt: scoreGtt(templates, goldTemplates) };
    }
    case 're3d': {
      noPredictions(options, dataset);
      const docs = limited(loadRe3d(options.dataRoot), options.limit);
      const results = runExtractor(options, docs.map((d) => ({ id: d.id, text: d.text, title: d.title })));
      const predictions = new Map<string, Re3dPrediction>(docs.map((d, i) => [d.id, mapToRe3d(results[i]!, d.text)]));
      return { dataset, documents: docs.length, re3d: scoreRe3d(predictions, docs) };
    }
    case 'wikievents': {
      noPredictions(options, dataset);
      if (options.split === 'train') throw new SitrepError('USAGE', 'WikiEvents is evaluated on its dev split only');
      const docs = limited(loadWikiEvents(options.dataRoot), options.limit);
      const results = runExtractor(options, docs.map((d) => ({ id: d.id, text: d.text })));
      const predictions = new Map<string, CharArgument[]>(docs.map((d, i) => [d.id, mapToWikiArguments(results[i]!, d.text)]));
      return { dataset, split: 'dev', documents: docs.length, wikievents: scoreWikiEvents(predictions, docs) };
    }
  }
}

function noPredictions(options: EvalOptions, dataset: string): void {
  if (options.predictionsFile) throw new SitrepError('USAGE', `--predictions is for muc4 (reference GTT/GRIT formats), not ${dataset}`);
}
