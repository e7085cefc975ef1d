import type { Knowledge } from '../knowledge/knowledge.js';
import type { RoleModels } from '../knowledge/role-models-data.js';
import type { IncidentType, TargetCategory } from '../model/index.js';
import type { AnalyzedText } from './analyze-text.js';
import type { IncidentDraft } from './find-incidents.js';
import type { DocEntity, Reference } from './link-entities.js';
import { triggerClass, tokenFeatures } from './role-features.js';
import { classifyDocument, tagRoles } from './role-model.js';
import type { MucType, RoleName, RoleSpan } from './role-model.js';
import { key, rerankMargin, roleCandidates, trimSpan } from './role-rerank.js';
import { victimsNationalities } from './victims-nationalities.js';

/** Stage id of the learned role filling. */
export const roleModelStage = 'roles@1';

/** The decoding operating point: a margin added to O's score and to each role's, chosen on a held-out part of the training split. */
export const roleDecoding: { bias: number; boosts: Partial<Record<RoleName, number>> } = { bias: -14, boosts: { PerpInd: -5, Victim: 5 } };

/**
 * The reranker's operating point: per role, the margin a candidate filler must pass (chosen on a
 * held-out part of the training split). Victim is looser since the rules after the reranker drop
 * the victims that name no one (a weapon, a place, a whole people, the one who tells of it).
 */
export const roleRerank: { thresholds: Record<RoleName, number> } = { thresholds: { PerpInd: -15, PerpOrg: -15, Target: -15, Victim: -20, Weapon: -15 } };

/** What the learned models need from the incident reader. */
export interface RoleModelInput {
  analyzed: AnalyzedText;
  references: Reference[];
  knowledge?: Knowledge;
  models: RoleModels;
  bodyStart: number;
  /** Builds an empty draft of a type, anchored nowhere yet. */
  newDraft: (type: IncidentType) => IncidentDraft;
  /** The sentence as evidence. */
  evidence: (sentence: number) => IncidentDraft['evidence'][number];
}

// MUC incident classes of sitrep types, and the sitrep type a MUC class becomes when the rules found none.
const mucClassOf: Partial<Record<IncidentType, MucType>> = {
  bombing_explosion: 'bombing',
  hostage_kidnapping: 'kidnapping',
  hostage_barricade: 'kidnapping',
  hijacking: 'kidnapping',
  assassination: 'attack',
  armed_assault: 'attack',
  unarmed_assault: 'attack',
  air_strike: 'attack',
  shelling: 'attack',
  facility_attack: 'attack',
};
const sitrepTypeOf: Partial<Record<MucType, IncidentType>> = {
  attack: 'armed_assault',
  bombing: 'bombing_explosion',
  kidnapping: 'hostage_kidnapping',
  arson: 'facility_attack',
};
// The trigger words that anchor a MUC class in a sentence.
const anchorClass: Record<string, string> = { attack: 'kill', bombing: 'bomb', kidnapping: 'kidnap', arson: 'arson' };

const actorKinds = new Set<string>(['armed_group', 'organization', 'state', 'military', 'person']);

const physicalCategories: ReadonlyArray<readonly [RegExp, TargetCategory]> = [
  [/\b(?:bus|buses|car|cars|vehicles?|trucks?|jeeps?|trains?|planes?|aircraft|helicopters?|airports?|taxis?|minibuses)\b/u, 'transportation'],
  [/\b(?:embass\w+|consulates?)\b/u, 'diplomatic'],
  [/\b(?:church\w*|cathedral|chapel|parish)\b/u, 'religious'],
  [/\b(?:schools?|universit\w+|colleges?)\b/u, 'education'],
  [/\b(?:banks?|stores?|shops?|restaurants?|hotels?|companies|company|businesses|offices?|stations?|dealerships?|supermarkets?|warehouses?)\b/u, 'business'],
  [/\b(?:ministr\w+|government|city hall|mayor's office|palace|headquarters|courthouse|barracks|garrison)\b/u, 'government'],
];

function targetCategory(text: string): TargetCategory {
  const lower = text.toLowerCase();
  for (const [pattern, category] of physicalCategories) if (pattern.test(lower)) return category;
  return 'infrastructure';
}

function victimCategory(text: string): TargetCategory {
  const lower = text.toLowerCase();
  if (/\b(?:soldiers?|troops?|officers?|colonel|major|captain|lieutenant|sergeant|general|army|military)\b/u.test(lower)) return 'military';
  if (/\b(?:police\w*|policem[ae]n|agents?|guards?)\b/u.test(lower)) return 'police';
  if (/\b(?:journalists?|reporters?|newsm[ae]n)\b/u.test(lower)) return 'journalists';
  return 'civilians';
}

export { trimSpan };

// A victim is a person: a span headed by a weapon, a place, a body of people or a verb is a tagging slip ("gunfire shots", "a hamlet"); a vehicle is a target.
const notPersonHead = /\b(?:shots?|gunfire|bullets?|launchers?|rifles?|grenades?|bombs?|hamlets?|villages?|towns?|municipalit(?:y|ies)|corregimientos?|cantons?|departments?|provinces?|districts?|organi[sz]ations?|corps|resulted)$/u;
const vehicleHead = /\b(?:jeeps?|vehicles?|cars?|trucks?|buses|bus)$/u;

/** Where a span the tagger read as a victim belongs: a victim, a target (a vehicle), or nowhere (its head names no person). */
export function victimSpanRole(text: string): 'Victim' | 'Target' | undefined {
  const lower = headPhrase(text);
  if (vehicleHead.test(lower)) return 'Target';
  return notPersonHead.test(lower) ? undefined : 'Victim';
}

// Who tells of an event is no victim of it: "according to ... X", "X said", "X, who condemned the attack".
const speakerBefore = /\baccording to (?:[\w.'-]+ ){0,5}$/u;
const speakerAfter = /^(?:,? (?:who |has |have |had |also |today |yesterday )*)(?:said|says|stated|states|announced|reported|told|added|explained|condemned|denounced|pointed out|noted|declared|described)\b/u;

/** Whether the words at [start, end) of a text are someone telling of an event, by the words around them. */
export function isSpeaker(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start).toLowerCase();
  const after = text.slice(end, end + 60).toLowerCase();
  return speakerBefore.test(before) || speakerAfter.test(after);
}

// A sentence of courts and extraditions names the accused and the judges, not victims, unless it also tells of the violence.
const legalProcess = /\b(?:extradit\w*|courts?|judges?|trials?|sentenc\w*|accused|arrest orders?|indict\w*|convicted|prison\w*|jail\w*|charges?|charged)\b/u;
const violence = /\b(?:death|dead|died|responsib\w*|kill\w*|murder\w*|assassinat\w+|slain|shot|bomb\w*|dynamit\w*|explo\w+|kidnap\w*|abduct\w*|attack\w*|wounded|massacre\w*)\b/u;

/** Whether a sentence tells of a legal process (courts, extraditions, charges) and of no violence. */
export function tellsOnlyOfLegalProcess(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  return legalProcess.test(lower) && !violence.test(lower);
}

/** The phrase up to its head: the last word before a post-modifier ("the mayor of the town" is a mayor). */
function headPhrase(text: string): string {
  return text.toLowerCase().split(/\s+(?:of|from|in|at|on|with)\s+/u)[0]!.trim();
}

// A target is a thing attacked: a span headed by a side, a sector, a body of people or an institution in the abstract is a tagging slip.
const notThingHead = /\b(?:side|sides|glasses|banking|departments?|movement|government|army|forces|command|people|population|sectors?)$/u;

// Where a target stands ("the temple at nunoa district", "a bank in the city of x") is the incident's place, not part of the target's name.
const placePhrase = /\s+(?:at|in|near)\s+(?:the\s+)?\p{L}+(?:\s+\p{L}+)?\s+(?:district|neighbou?rhood|department|province|city|street|avenue|canton|municipality)\b.*$/iu;

/** A target phrase without a trailing phrase of where it stands. */
export function withoutPlacePhrase(text: string): string {
  return text.replace(placePhrase, '');
}

// A lone modifier ("young", "spanish") is a tagging slip that stopped before the noun it modifies; a plural demonym ("salvadorans") names people.
const loneModifier = /^(?:young|old|armed|unidentified|unknown|leftist|rightist|alleged|suspected|heavily)$/u;

/** Whether a span the tagger read as a perpetrator is a lone modifier that names nobody. */
export function namesNoDoer(text: string): boolean {
  const word = text.trim().toLowerCase();
  return loneModifier.test(word) || (victimsNationalities.has(word) && !word.endsWith('s'));
}

/** Whether a span the tagger read as a target names a thing that can be attacked. */
export function namesTarget(text: string): boolean {
  return !notThingHead.test(headPhrase(text));
}

/**
 * Wire copy in one case (lower-cased agency news) hides the capitals the rules read names and
 * roles from; there the learned tagger fills the perpetrators, targets, victims and weapons the
 * rules left empty, and the type classifier adds an incident of a type the rules missed.
 */
export function applyRoleModel(drafts: IncidentDraft[], input: RoleModelInput): IncidentDraft[] {
  const { analyzed } = input;
  const sentenceClasses = analyzed.sentences.map((sentence) => {
    const classes = new Set<string>();
    for (let t = sentence.firstToken; t <= sentence.lastToken; t += 1) {
      const kind = triggerClass(analyzed.tokens[t]?.lower ?? '');
      if (kind) classes.add(kind);
    }
    return classes;
  });
  // Fillers sit in a sentence that tells of an event; the rest of a report is not read for them (and costs nothing).
  const nearEvent = (index: number): boolean => (sentenceClasses[index]?.size ?? 0) > 0;
  const features = tokenFeatures(analyzed, input.knowledge, nearEvent);
  const rerank = input.models.rerank;
  const spans: RoleSpan[] = rerank
    ? roleCandidates(analyzed, features, input.models.tagger, roleDecoding, input.bodyStart)
        .filter((candidate) => rerankMargin(rerank, candidate) > roleRerank.thresholds[candidate.role])
        .map((candidate) => {
          const best = candidate.mentions.reduce((a, b) => (b.score > a.score ? b : a));
          return { role: best.role, start: best.start, end: best.end, text: best.text, sentence: best.sentence, score: best.score };
        })
        .sort((a, b) => a.start - b.start)
    : tagRoles(analyzed, features, input.models.tagger, roleDecoding.bias, roleDecoding.boosts, nearEvent)
        .map(trimSpan)
        .filter((span): span is RoleSpan => span !== undefined && span.start >= input.bodyStart && key(span.text) !== '');
  const reading = classifyDocument(analyzed, input.models.types);

  const types = reading.types.filter((entry) => entry.margin > 0);
  for (const { type } of types) {
    if (drafts.some((draft) => mucClassOf[draft.type] === type)) continue;
    const sitrepType = sitrepTypeOf[type];
    if (!sitrepType) continue;
    const anchor = sentenceClasses.findIndex((classes, index) => classes.has(anchorClass[type] ?? '') && (analyzed.sentences[index]?.end ?? 0) > input.bodyStart);
    const draft = input.newDraft(sitrepType);
    const at = anchor >= 0 ? anchor : (spans[0]?.sentence ?? analyzed.sentences.findIndex((sentence) => sentence.end > input.bodyStart));
    if (at < 0) continue;
    draft.sentences.push(at);
    draft.evidence.push(input.evidence(at));
    if (type === 'arson') draft.weapons.push('fire');
    drafts.push(draft);
  }
  const eligible = drafts.filter((draft) => mucClassOf[draft.type] !== undefined);
  if (!eligible.length) return drafts;
  // The rules' fillers stand, per role: a group the rules attributed does not keep the tagger from naming the individuals.
  const reportsNone = reading.any !== undefined ? reading.any <= 0 : types.length === 0;
  const filledByRules = new Map(
    eligible.map((draft) => [
      draft,
      {
        PerpInd: draft.perpetrators.some((perpetrator) => perpetrator.entity.kind === 'person'),
        PerpOrg: draft.perpetrators.some((perpetrator) => perpetrator.entity.kind !== 'person'),
        // Casualty figures ("four people") are counts, not named targets: they leave the role open.
        targets: draft.victims.some((victim) => victim.count === undefined),
      },
    ]),
  );
  // With the reranker, its weapons replace the rules' (read from capitals and word lists, they miss more than they find in one-case copy); arson's fire stays.
  if (rerank) for (const draft of eligible) draft.weapons = draft.weapons.filter((weapon) => weapon === 'fire');
  const openRoles = { PerpInd: false, PerpOrg: false, targets: false };
  const created = new Map<string, DocEntity>();
  for (const span of spans) {
    const draft = nearestDraft(eligible, span);
    // The reranker weighed every candidate of the report: its fillers join the rules' rather than wait for an empty role.
    const filled = rerank ? openRoles : filledByRules.get(draft)!;
    const sentenceEvidence = input.evidence(span.sentence);
    if (!draft.sentences.includes(span.sentence) && !draft.evidence.some((item) => item.start === sentenceEvidence.start)) draft.evidence.push(sentenceEvidence);
    if (span.role === 'PerpInd' || span.role === 'PerpOrg') {
      if (filled[span.role]) continue;
      if (namesNoDoer(span.text)) continue;
      const entity = actorFor(span, input.references, created);
      if (draft.perpetrators.some((perpetrator) => perpetrator.entity === entity || sameName(perpetrator.entity.name, span.text, span.role))) continue;
      // A learned guess, not a stated attribution: suspected, so it yields no perpetrated claim.
      draft.perpetrators.push({ entity, role: 'suspected', evidence: sentenceEvidence });
    } else if (span.role === 'Weapon') {
      if (!draft.weapons.some((weapon) => sameName(weapon, span.text, span.role))) draft.weapons.push(span.text);
    } else {
      if (filled.targets) continue;
      const role = span.role === 'Victim' ? victimSpanRole(span.text) : namesTarget(span.text) ? span.role : undefined;
      if (!role) continue;
      if (role === 'Victim' && isSpeaker(analyzed.text, span.start, span.end)) continue;
      if (role === 'Victim' && tellsOnlyOfLegalProcess(analyzed.sentences[span.sentence]?.text ?? '')) continue;
      if (draft.victims.some((victim) => sameName(victim.text, span.text, role))) continue;
      const category = role === 'Victim' ? victimCategory(span.text) : targetCategory(span.text);
      // After the reranker weighed the span as read: its place phrase is trimmed only from the filler.
      const text = role === 'Target' ? withoutPlacePhrase(span.text) : span.text;
      draft.victims.push({ category, text, ...(role === 'Victim' ? { entity: personFor(span, input.references) } : {}) });
    }
  }
  if (reportsNone) {
    // The classifier reads no incident in the report: a draft with no participant and no figure is an event word in passing ("the bombing campaign").
    for (const draft of [...eligible]) {
      const participants = draft.perpetrators.length + draft.victims.filter((victim) => victim.count === undefined).length;
      if (participants > 0 || hasFigures(draft)) continue;
      drafts.splice(drafts.indexOf(draft), 1);
      eligible.splice(eligible.indexOf(draft), 1);
    }
  }
  // One event told in several sentences: a draft of a MUC class with no participants or figures of its own joins another of its class.
  for (const draft of [...eligible]) {
    const empty = draft.perpetrators.length + draft.victims.length + draft.weapons.filter((weapon) => weapon !== 'fire').length === 0;
    if (!empty || hasFigures(draft)) continue;
    const host = eligible.find((other) => other !== draft && mucClassOf[other.type] === mucClassOf[draft.type]);
    if (!host) continue;
    host.sentences.push(...draft.sentences);
    host.evidence.push(...draft.evidence);
    drafts.splice(drafts.indexOf(draft), 1);
    eligible.splice(eligible.indexOf(draft), 1);
  }
  return drafts;
}

/** One filler named twice: the same words, or (victims' names) one name's words within the other's ("jaramillo ossa", "bernardo jaramillo ossa"). */
function sameName(a: string, b: string, role: RoleName): boolean {
  const x = key(a);
  const y = key(b);
  if (x === y) return true;
  if (role !== 'Victim') return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return ` ${long} `.includes(` ${short} `);
}

function hasFigures(draft: IncidentDraft): boolean {
  return [draft.killed, draft.wounded, draft.captured, draft.perpetratorsKilled].some((count) => count.min !== undefined || count.best !== undefined);
}

function nearestDraft(drafts: IncidentDraft[], span: RoleSpan): IncidentDraft {
  let best = drafts[0]!;
  let bestDistance = Infinity;
  for (const draft of drafts) {
    for (const sentence of draft.sentences) {
      const distance = Math.abs(sentence - span.sentence) + (sentence > span.sentence ? 0.5 : 0);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = draft;
      }
    }
  }
  return best;
}

/**
 * The entity a perpetrator span names: a linked actor read at the same words, else one of its own
 * (a name read in part, "farabundo" of "farabundo marti national liberation front", is not the same words).
 */
function actorFor(span: RoleSpan, references: Reference[], created: Map<string, DocEntity>): DocEntity {
  const same = references.find(
    (reference) =>
      reference.start < span.end &&
      reference.end > span.start &&
      actorKinds.has(reference.entity.kind) &&
      reference.entity.mentions.some((mention) => key(mention.text) === key(span.text)),
  );
  if (same) return same.entity;
  // The tagger read more of a group's name than the rules did ("farabundo marti national liberation front"
  // over the linked "national liberation front"): the fuller span ends in the group's words and names it.
  const spanKey = key(span.text);
  const fuller = references.find(
    (reference) =>
      span.role === 'PerpOrg' &&
      reference.via === 'name' &&
      reference.start > span.start &&
      reference.end === span.end &&
      actorKinds.has(reference.entity.kind) &&
      spanKey.endsWith(` ${key(span.text.slice(reference.start - span.start))}`),
  );
  if (fuller) {
    if (!fuller.entity.mentions.some((mention) => mention.start === span.start && mention.end === span.end)) fuller.entity.mentions.push({ start: span.start, end: span.end, text: span.text });
    return fuller.entity;
  }
  return entityFor(span, span.role === 'PerpOrg' ? 'armed_group' : 'person', created);
}

function personFor(span: RoleSpan, references: Reference[]): DocEntity | undefined {
  const overlapping = references.find((reference) => reference.start < span.end && reference.end > span.start && reference.entity.kind === 'person');
  if (overlapping) return overlapping.entity;
  return undefined;
}

function entityFor(span: RoleSpan, kind: 'armed_group' | 'person', created: Map<string, DocEntity>): DocEntity {
  const id = `${kind}:${key(span.text)}`;
  let entity = created.get(id);
  if (!entity) {
    entity = { key: `role:${id}`, kind, name: span.text, aliases: [], mentions: [] };
    created.set(id, entity);
  }
  if (!entity.mentions.some((mention) => mention.start === span.start)) entity.mentions.push({ start: span.start, end: span.end, text: span.text });
  return entity;
}
