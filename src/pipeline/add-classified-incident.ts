import type { RoleModels } from '../knowledge/role-models-data.js';
import type { IncidentType } from '../model/index.js';
import type { AnalyzedText } from './analyze-text.js';
import { mucClassOfDraft } from './filter-incident-drafts.js';
import type { IncidentDraft } from './find-incidents.js';
import { triggerClass } from './role-features.js';
import { classifyDocument } from './role-model.js';

const sitrepTypeOf: Record<string, IncidentType> = { attack: 'armed_assault', bombing: 'bombing_explosion', kidnapping: 'hostage_kidnapping', arson: 'facility_attack' };
// The trigger class whose first sentence anchors an incident of a MUC class.
const anchorClass: Record<string, string> = { attack: 'kill', bombing: 'bomb', kidnapping: 'kidnap', arson: 'arson' };

/**
 * Wire copy in one case: a report the document classifier reads as telling of an incident, in
 * words no rule trigger knows ("a vessel ... fired automatic weapons; torres was killed"), gets one
 * draft of the class the type classifiers rank first, anchored at its first event sentence, for
 * the role tagger to fill. Returns the draft, or undefined when drafts of a MUC class exist.
 */
export function addClassifiedIncident(drafts: IncidentDraft[], input: { analyzed: AnalyzedText; models: RoleModels; bodyStart: number; newDraft: (type: IncidentType) => IncidentDraft; evidence: (sentence: number) => IncidentDraft['evidence'][number] }): IncidentDraft | undefined {
  if (drafts.some((draft) => mucClassOfDraft(draft) !== undefined)) return undefined;
  const { analyzed } = input;
  const reading = classifyDocument(analyzed, input.models.types);
  if (reading.any === undefined || reading.any <= 0) return undefined;
  const best = reading.types.filter((entry) => sitrepTypeOf[entry.type]).sort((a, b) => b.margin - a.margin)[0];
  if (!best) return undefined;
  const body = analyzed.sentences.filter((sentence) => sentence.end > input.bodyStart);
  const classesOf = (index: number): Set<string> => {
    const sentence = analyzed.sentences[index]!;
    const classes = new Set<string>();
    for (let t = sentence.firstToken; t <= sentence.lastToken; t += 1) {
      const kind = triggerClass(analyzed.tokens[t]?.lower ?? '');
      if (kind) classes.add(kind);
    }
    return classes;
  };
  const anchor =
    body.find((sentence) => classesOf(sentence.index).has(anchorClass[best.type] ?? '')) ??
    body.find((sentence) => [...classesOf(sentence.index)].some((kind) => kind !== 'claim' && kind !== 'rob')) ??
    body[0];
  if (!anchor) return undefined;
  const draft = input.newDraft(sitrepTypeOf[best.type]!);
  draft.sentences.push(anchor.index);
  draft.evidence.push(input.evidence(anchor.index));
  if (best.type === 'arson') draft.weapons.push('fire');
  drafts.push(draft);
  return draft;
}
