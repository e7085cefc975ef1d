import type { Knowledge } from './knowledge.js';

/** Shipped weights of a multiclass linear model: per feature, a weight per label (absent = 0). */
export interface LinearModel {
  labels: string[];
  /** feature → [labelIndex, weight, labelIndex, weight, …] (sparse, pruned, rounded). */
  weights: Record<string, number[]>;
}

/** Trained weights shipped in data/models (`npm run train`): a token role tagger and a document classifier per MUC incident type. */
export interface RoleModels {
  version: number;
  tagger: LinearModel;
  /** Per MUC type, labels ['no', 'yes'] over document features. */
  types: Record<string, LinearModel>;
  /** Per MUC role, labels ['no', 'yes'] over a candidate filler's document features (role-rerank.ts). */
  rerank?: Record<string, LinearModel>;
}

/** Version of the weights format; the loader refuses other versions. */
export const roleModelsVersion = 1;

/** Knowledge that may carry the trained role models next to the dictionaries. */
export interface RoleModelKnowledge extends Knowledge {
  readonly roleModels?: RoleModels;
}

/** The role models a knowledge object carries, if it was loaded with them. */
export function roleModelsOf(knowledge: Knowledge): RoleModels | undefined {
  return (knowledge as RoleModelKnowledge).roleModels;
}
