import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { SitrepError } from '../model/index.js';
import type { KnowledgeBase } from './create-knowledge.js';
import { createKnowledge } from './create-knowledge.js';
import type { KnowledgeData } from './knowledge-data.js';
import { knowledgeDataVersion } from './knowledge-data.js';
import { foldName } from './fold-name.js';
import { loadRoleModels, loadTemplateModel } from './load-models.js';

// src/knowledge/ and dist/knowledge/ are both two levels below the package root.
const defaultDataDir = fileURLToPath(new URL('../../data', import.meta.url));
const cache = new Map<string, KnowledgeBase>();

/** Load the shipped knowledge base from data/ once per directory, and reuse it. */
export function loadKnowledge(dataDir: string = defaultDataDir): KnowledgeBase {
  const cached = cache.get(dataDir);
  if (cached) return cached;
  const data = readJsonFile<KnowledgeData>(join(dataDir, 'knowledge.json.gz'), true);
  if (data.version !== knowledgeDataVersion) {
    throw new SitrepError('DATASET_MISSING', `knowledge data version ${data.version} is not ${knowledgeDataVersion}: run npm run knowledge`);
  }
  const words = readJsonFile<{ words: string[] }>(join(dataDir, 'common-words.json'), false).words;
  const personNames = readPersonNames(join(dataDir, 'person-names.txt.gz'));
  const base = createKnowledge(data, { commonWords: words.map(foldName), ...(personNames ? { personNames } : {}) });
  // The trained role models travel with the dictionaries: the pipeline gets both in one argument.
  const roleModels = loadRoleModels(dataDir);
  const templateModel = loadTemplateModel(dataDir);
  const knowledge: KnowledgeBase = Object.assign(base, roleModels ? { roleModels } : {}, templateModel ? { templateModel } : {});
  cache.set(dataDir, knowledge);
  return knowledge;
}

function readJsonFile<T>(path: string, gzipped: boolean): T {
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch (error) {
    throw new SitrepError('DATASET_MISSING', `knowledge data not found at ${path}: run npm run knowledge`, { cause: error });
  }
  try {
    return JSON.parse((gzipped ? gunzipSync(raw) : raw).toString('utf8')) as T;
  } catch (error) {
    throw new SitrepError('INPUT_JSON', `knowledge data at ${path} is not valid`, { cause: error });
  }
}

/** The shipped list of personal names, one folded name a line; optional (older data folders lack it). */
function readPersonNames(path: string): string[] | undefined {
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch {
    return undefined;
  }
  return gunzipSync(raw).toString('utf8').split('\n').filter(Boolean);
}
