import { SitrepError } from '../model/index.js';
import { parseRoleFillers, parseTemplate } from './load-muc4.js';
import type { MucRoleFillers, MucTemplate } from './load-muc4.js';

/** A reference-format prediction file: GRIT role fillers or GTT templates per document key. */
export type MucPredictions =
  | { kind: 'grit'; extracts: Map<string, MucRoleFillers> }
  | { kind: 'gtt'; templates: Map<string, MucTemplate[]> };

/** Parse `{docKey: {pred_extracts: {...}}}` (GRIT) or `{docKey: {pred_templates: [...]}}` (GTT). */
export function parsePredictionFile(raw: unknown, where: string): MucPredictions {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new SitrepError('INPUT_FORMAT', `${where}: a prediction file is an object keyed by document`);
  }
  const entries = Object.entries(raw as Record<string, unknown>);
  const first = entries.find(([, v]) => v && typeof v === 'object')?.[1] as Record<string, unknown> | undefined;
  if (first && 'pred_templates' in first) {
    const templates = new Map<string, MucTemplate[]>();
    for (const [key, value] of entries) {
      const list = (value as { pred_templates?: unknown })?.pred_templates;
      if (!Array.isArray(list)) throw new SitrepError('INPUT_FORMAT', `${where} ${key}: pred_templates must be a list`);
      templates.set(key, list.map((t, i) => parseTemplate(t, `${where} ${key} template ${i}`)));
    }
    return { kind: 'gtt', templates };
  }
  if (first && !('pred_extracts' in first)) {
    throw new SitrepError('INPUT_FORMAT', `${where}: each document needs pred_extracts (GRIT) or pred_templates (GTT)`);
  }
  const extracts = new Map<string, MucRoleFillers>();
  for (const [key, value] of entries) {
    extracts.set(key, parseRoleFillers((value as { pred_extracts?: unknown })?.pred_extracts, `${where} ${key}`));
  }
  return { kind: 'grit', extracts };
}
