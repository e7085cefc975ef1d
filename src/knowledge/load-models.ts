import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { SitrepError } from '../model/index.js';
import type { RoleModels } from './role-models-data.js';
import { roleModelsVersion } from './role-models-data.js';
import type { TemplateModel } from './template-model-data.js';
import { templateModelVersion } from './template-model-data.js';

// src/knowledge/ and dist/knowledge/ are both two levels below the package root.
const defaultDataDir = fileURLToPath(new URL('../../data', import.meta.url));
const cache = new Map<string, RoleModels | undefined>();

/**
 * Load the trained MUC-4 role models (data/models/muc-roles.json.gz) once per directory. Without
 * the file the extractor runs on its rules alone, so a missing file is undefined, not an error.
 */
export function loadRoleModels(dataDir: string = defaultDataDir): RoleModels | undefined {
  if (cache.has(dataDir)) return cache.get(dataDir);
  const file = join(dataDir, 'models', 'muc-roles.json.gz');
  let models: RoleModels | undefined;
  if (existsSync(file)) {
    try {
      models = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as RoleModels;
    } catch (error) {
      throw new SitrepError('INPUT_JSON', `role models at ${file} are not valid`, { cause: error });
    }
    if (models.version !== roleModelsVersion) throw new SitrepError('DATASET_MISSING', `role models version ${models.version} is not ${roleModelsVersion}: run npm run train`);
  }
  cache.set(dataDir, models);
  return models;
}

const templateCache = new Map<string, TemplateModel | undefined>();

/** Load the trained MUC-4 template decision (data/models/muc-templates.json.gz) once per directory; absent is undefined. */
export function loadTemplateModel(dataDir: string = defaultDataDir): TemplateModel | undefined {
  if (templateCache.has(dataDir)) return templateCache.get(dataDir);
  const file = join(dataDir, 'models', 'muc-templates.json.gz');
  let model: TemplateModel | undefined;
  if (existsSync(file)) {
    try {
      model = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as TemplateModel;
    } catch (error) {
      throw new SitrepError('INPUT_JSON', `template model at ${file} is not valid`, { cause: error });
    }
    if (model.version !== templateModelVersion) throw new SitrepError('DATASET_MISSING', `template model version ${model.version} is not ${templateModelVersion}: run npx tsx scripts/train-templates.ts`);
  }
  templateCache.set(dataDir, model);
  return model;
}
