// Incident drafts for the pipeline's unit tests: an empty draft of a type, or one told by given
// sentences of an analysed text (its evidence those sentences), for the steps that read drafts.
import type { IncidentType } from '../../model/index.js';
import { analyzeText } from '../analyze-text.js';
import type { AnalyzedText } from '../analyze-text.js';
import { sentenceEvidence } from '../find-incidents.js';
import type { IncidentDraft } from '../find-incidents.js';

/** A draft of a type with no participants, figures or evidence; fields given in `fields` replace the empty ones. */
export function emptyDraft(type: IncidentType, fields: Partial<IncidentDraft> = {}): IncidentDraft {
  return {
    type, suicide: false, sentences: [0], evidence: [], perpetrators: [], date: { precision: 'unknown' },
    killed: {}, wounded: {}, captured: {}, perpetratorsKilled: {}, victims: [], weapons: [],
    ...fields,
  };
}

/** A text analysed, and an empty draft of a type told by some of its sentences (sentence 0 unless given). */
export function draftOf(text: string, type: IncidentType, sentences: number[] = [0]): { draft: IncidentDraft; analyzed: AnalyzedText } {
  const analyzed = analyzeText(text);
  const evidence = sentences.map((index) => sentenceEvidence(analyzed, analyzed.sentences[index]!, 0));
  return { draft: emptyDraft(type, { sentences, evidence }), analyzed };
}
