import type { AnalyzedText } from './analyze-text.js';
import { mucClassOfDraft } from './filter-incident-drafts.js';
import type { IncidentDraft } from './find-incidents.js';

// A report the text itself calls untrue: "the report that ... is unfounded", "the army denied that rebels attacked".
const denial = /\b(?:unfounded|baseless|(?:denied|denies|deny) (?:that|the reports?|reports?|rumou?rs?)|false (?:report|rumou?r|information)|no basis|erroneous report|untrue)\b/u;

/** Whether every sentence that tells of a draft says the report of it is untrue. */
export function toldOnlyAsDenied(draft: IncidentDraft, analyzed: AnalyzedText): boolean {
  const told = [...new Set(draft.sentences)].map((index) => analyzed.sentences[index]?.text.toLowerCase() ?? '');
  return told.length > 0 && told.every((sentence) => denial.test(sentence));
}

/**
 * A report said to be false is no incident: a draft of a MUC class whose every sentence denies it
 * ("denied that guerrillas attacked", "the report ... is unfounded") is dropped. One also told
 * in a sentence without denial stays (the army may deny one detail of a real attack).
 */
export function dropNonIncidents(drafts: IncidentDraft[], analyzed: AnalyzedText): IncidentDraft[] {
  return drafts.filter((draft) => !mucClassOfDraft(draft) || !toldOnlyAsDenied(draft, analyzed));
}
