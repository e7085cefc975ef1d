import type { Knowledge } from './knowledge.js';
import type { LinearModel } from './role-models-data.js';

/** Trained template decision shipped in data/models/muc-templates.json.gz (`npx tsx scripts/train-templates.ts`). */
export interface TemplateModel {
  version: number;
  /** Labels ['drop', 'keep'] over the features of one incident draft: a logistic model of P(keep). */
  keep: LinearModel;
  /** The share of a kept incident's fillers that are right (measured on train). */
  fillerShare: number;
  /** Expected right items per item a draft adds, below which it is dropped (chosen by cross-validation on train). */
  threshold: number;
}

/** Version of the template model format; the loader refuses other versions. */
export const templateModelVersion = 1;

/** Knowledge that may carry the trained template model. */
export interface TemplateModelKnowledge extends Knowledge {
  readonly templateModel?: TemplateModel;
}

/** The template model a knowledge object carries, if it was loaded with one. */
export function templateModelOf(knowledge: Knowledge): TemplateModel | undefined {
  return (knowledge as TemplateModelKnowledge).templateModel;
}
