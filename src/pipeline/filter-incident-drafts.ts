import type { RoleModels } from '../knowledge/role-models-data.js';
import type { TemplateModel } from '../knowledge/template-model-data.js';
import type { IncidentType } from '../model/index.js';
import type { AnalyzedText } from './analyze-text.js';
import type { IncidentDraft } from './find-incidents.js';
import { scoreLabels } from './perceptron.js';
import { triggerClass } from './role-features.js';
import { classifyDocument } from './role-model.js';

/** What the template decision reads besides the drafts. */
export interface DraftFilterInput {
  analyzed: AnalyzedText;
  roleModels: RoleModels;
  bodyStart: number;
}

/** The MUC-4 incident class of each sitrep type (the MUC-4 evaluation maps incidents with it too); other types are no MUC incident. */
export const mucClassOf: Partial<Record<IncidentType, string>> = {
  bombing_explosion: 'bombing',
  hostage_kidnapping: 'kidnapping',
  hostage_barricade: 'kidnapping',
  hijacking: 'kidnapping',
  assassination: 'attack',
  armed_assault: 'attack',
  unarmed_assault: 'attack',
  air_strike: 'attack',
  shelling: 'attack',
  armed_clash: 'attack',
  facility_attack: 'attack',
};

/** The MUC class of a draft: arson is a facility attack by fire. */
export function mucClassOfDraft(draft: IncidentDraft): string | undefined {
  if (draft.type === 'facility_attack' && draft.weapons.some((weapon) => /\b(?:fire|incendiar|arson|molotov|burn)/iu.test(weapon))) return 'arson';
  return mucClassOf[draft.type];
}

function bucket(value: number, edges: readonly number[]): string {
  for (const edge of edges) if (value <= edge) return String(edge);
  return `>${edges[edges.length - 1]}`;
}

function marginBucket(margin: number): string {
  if (!Number.isFinite(margin)) return 'none';
  return margin <= -20 ? 'vneg' : margin <= -5 ? 'neg' : margin <= 0 ? 'wneg' : margin <= 5 ? 'wpos' : margin <= 20 ? 'pos' : 'vpos';
}

function hasFigures(draft: IncidentDraft): boolean {
  return [draft.killed, draft.wounded, draft.captured].some((count) => count.min !== undefined || count.best !== undefined);
}

/**
 * Features of each draft of a one-case report for the template decision: its class and where it
 * came from (rules or the type classifier), the event words of its sentences, how early it is
 * told, its fillers and figures, what the document classifiers read, and its same-class rivals.
 */
export function draftFeatures(drafts: readonly IncidentDraft[], input: DraftFilterInput): string[][] {
  const { analyzed } = input;
  const reading = classifyDocument(analyzed, input.roleModels.types);
  const marginOf = new Map(reading.types.map((entry) => [entry.type as string, entry.margin]));
  const best = [...reading.types].sort((a, b) => b.margin - a.margin)[0]?.type;
  const firstBody = analyzed.sentences.findIndex((sentence) => sentence.end > input.bodyStart);
  const classes = drafts.map(mucClassOfDraft);
  return drafts.map((draft, index) => {
    const muc = classes[index];
    if (!muc) return [];
    const features = new Set<string>(['b', `t=${muc}`, `st=${draft.type}`]);
    const source = draft.learned ? 'learned' : 'rules';
    features.add(`src=${source}`);
    features.add(`t=${muc}|src=${source}`);
    const sentences = [...new Set(draft.sentences)].sort((a, b) => a - b);
    const first = (sentences[0] ?? 0) - Math.max(firstBody, 0);
    features.add(`s0=${bucket(first, [0, 1, 3, 6, 12])}`);
    features.add(`ns=${bucket(sentences.length, [1, 2, 4, 8])}`);
    const told = sentences.map((at) => analyzed.sentences[at]?.text.toLowerCase() ?? '').join(' ');
    if (/\b19[0-8]\d\b|\blast year\b|\byears? ago\b|\bin the past\b|\bpreviously\b|\bearlier this year\b/u.test(told)) features.add('old');
    if (/\b(?:will|would|could|might|plans?|planned|planning|threat\w*|if)\b/u.test(told)) features.add('modal');
    if (/\b(?:clash\w*|combat\w*|fighting|skirmish\w*|offensive)\b/u.test(told)) features.add('combat');
    if (/\b(?:soldiers?|troops?|army (?:patrol|unit|post|convoy|troops|garrison)|patrols?|convoys?|garrisons?|barracks|battalions?|brigades?|guardsm[ae]n|national guard|military (?:vehicle|post|posts|position|positions|installations?|units?|detachments?|targets?|base|bases|convoy|truck)|positions|outposts?|headquarters)\b/u.test(told)) features.add('military');
    if (/\b(?:police\w*|policem[ae]n|carabineros?|agents?)\b/u.test(told)) features.add('police');
    if (/\b(?:civilians?|peasants?|residents?|children|students?|priests?|jesuits?|journalists?|mayors?|judges?|businessm[ae]n|leaders?|union\w*|politicians?|candidates?|wom[ae]n|famil\w+)\b/u.test(told)) features.add('civilian');
    for (const victim of draft.victims) features.add(`vc=${victim.category}`);
    const country = draft.location?.place?.country;
    features.add(`cc=${country ?? 'none'}`);
    for (const at of sentences.slice(0, 4)) {
      const sentence = analyzed.sentences[at];
      if (!sentence) continue;
      for (let t = sentence.firstToken; t <= sentence.lastToken; t += 1) {
        const word = analyzed.tokens[t]?.lower ?? '';
        const kind = triggerClass(word);
        if (!kind) continue;
        features.add(`tw=${word}`);
        features.add(`tc=${kind}`);
        features.add(`t=${muc}|tc=${kind}`);
      }
    }
    const perpInd = draft.perpetrators.filter((perpetrator) => perpetrator.entity.kind === 'person').length;
    const perpOrg = draft.perpetrators.length - perpInd;
    const named = draft.victims.filter((victim) => victim.count === undefined).length;
    const weapons = draft.weapons.length;
    features.add(`pi=${bucket(perpInd, [0, 1, 2])}`);
    features.add(`po=${bucket(perpOrg, [0, 1, 2])}`);
    features.add(`v=${bucket(named, [0, 1, 2, 4])}`);
    features.add(`w=${bucket(weapons, [0, 1, 2])}`);
    const fillers = perpInd + perpOrg + named + weapons;
    features.add(`f=${bucket(fillers, [0, 1, 2, 4, 7])}`);
    features.add(`t=${muc}|f=${bucket(fillers, [0, 2, 5])}`);
    if (hasFigures(draft)) features.add('fig');
    if (draft.killed.min !== undefined) features.add('killed');
    features.add(`any=${marginBucket(reading.any ?? Number.NaN)}`);
    features.add(`own=${marginBucket(marginOf.get(muc) ?? Number.NaN)}`);
    features.add(`t=${muc}|own=${marginBucket(marginOf.get(muc) ?? Number.NaN)}`);
    if (best === muc) features.add('bestType');
    const rivals = classes.filter((other) => other === muc).length;
    const rank = classes.slice(0, index).filter((other) => other === muc).length;
    features.add(`same=${bucket(rivals, [1, 2, 3])}`);
    features.add(`rank=${bucket(rank, [0, 1, 2])}`);
    features.add(`n=${bucket(classes.filter(Boolean).length, [1, 2, 3, 5])}`);
    features.add(`date=${draft.date.precision}`);
    return [...features].sort();
  });
}

/** The MUC items a draft would yield: its type and its fillers (casualty figures are no fillers). */
export function draftItems(draft: IncidentDraft): number {
  return 1 + draft.perpetrators.filter((perpetrator) => perpetrator.role !== 'denied').length + draft.victims.filter((victim) => victim.count === undefined).length + draft.weapons.length;
}

/** How likely each draft is a reported incident (undefined for drafts of no MUC class, which the model leaves alone). */
export function scoreDrafts(features: readonly string[][], model: TemplateModel): (number | undefined)[] {
  return features.map((list) => {
    if (!list.length) return undefined;
    const scores = scoreLabels(model.keep, list);
    return 1 / (1 + Math.exp((scores[0] ?? 0) - (scores[1] ?? 0)));
  });
}

/**
 * Keep a draft when what it is expected to get right outweighs what it adds: a kept template that
 * is a reported incident gets its type and a share of its fillers right, one that is not makes
 * all its items wrong, and template F1 weighs the two by the operating point the trainer chose.
 */
export function keepDraft(probability: number, items: number, model: TemplateModel): boolean {
  return probability * (1 + model.fillerShare * (items - 1)) > model.threshold * items;
}

/** The other draft of the same class told nearest to a draft, if any. */
function nearestOfClass(draft: IncidentDraft, candidates: readonly IncidentDraft[]): IncidentDraft | undefined {
  const muc = mucClassOfDraft(draft);
  let best: IncidentDraft | undefined;
  let bestDistance = Infinity;
  for (const other of candidates) {
    if (other === draft || mucClassOfDraft(other) !== muc) continue;
    for (const a of draft.sentences) {
      for (const b of other.sentences) {
        if (Math.abs(a - b) < bestDistance) {
          bestDistance = Math.abs(a - b);
          best = other;
        }
      }
    }
  }
  return best;
}

/** Fold a dropped draft's participants into the draft of its class that stays: the report names them, the event is the other's. */
function mergeDraft(host: IncidentDraft, dropped: IncidentDraft): void {
  for (const perpetrator of dropped.perpetrators) if (!host.perpetrators.some((other) => other.entity === perpetrator.entity)) host.perpetrators.push(perpetrator);
  for (const victim of dropped.victims) if (victim.count === undefined && !host.victims.some((other) => other.text === victim.text)) host.victims.push(victim);
  for (const weapon of dropped.weapons) if (!host.weapons.includes(weapon)) host.weapons.push(weapon);
  for (const span of dropped.evidence) if (!host.evidence.some((other) => other.start === span.start)) host.evidence.push(span);
}

/**
 * Wire copy in one case: the rules and the type classifier propose more incidents than a report
 * tells of (an event word in passing, an event of years ago, one event told twice); a model
 * trained on the MUC-4 train split keeps those likely to be a reported incident. A dropped
 * draft's participants join the nearest kept draft of its class.
 */
export function filterIncidentDrafts(drafts: IncidentDraft[], input: DraftFilterInput, model: TemplateModel): IncidentDraft[] {
  const probabilities = scoreDrafts(draftFeatures(drafts, input), model);
  const kept = drafts.filter((draft, index) => {
    const probability = probabilities[index];
    return probability === undefined || keepDraft(probability, draftItems(draft), model);
  });
  for (const draft of drafts) {
    if (kept.includes(draft)) continue;
    const host = nearestOfClass(draft, kept);
    if (host) mergeDraft(host, draft);
  }
  return kept;
}
