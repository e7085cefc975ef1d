import type { Knowledge } from '../knowledge/knowledge.js';
import { extractSchema } from '../model/index.js';
import type { ExtractResult, SourceDocument } from '../model/index.js';

/** Read one report: every incident and group fact it states, with evidence. Pure and deterministic. */
export function extractDocument(document: SourceDocument, _knowledge: Knowledge): ExtractResult {
  // Work in progress: the stages land in the following commits.
  return { schema: extractSchema, id: document.id, published: document.published ?? null, entities: [], claims: [], incidents: [], diagnostics: [] };
}
