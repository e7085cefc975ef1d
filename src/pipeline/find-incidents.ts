import type { Knowledge } from '../knowledge/knowledge.js';
import type { RoleModels } from '../knowledge/role-models-data.js';
import type { Count, Evidence, IncidentDate, IncidentType, PerpetratorRole, TargetCategory } from '../model/index.js';
import type { AnalyzedText, Sentence } from './analyze-text.js';
import type { DateMention } from './dates.js';
import type { DocEntity, Reference } from './link-entities.js';
import type { QuantityMention } from './quantities.js';
import { addClassifiedIncident } from './add-classified-incident.js';
import { applyRoleModel } from './apply-role-model.js';
import { findAttackArguments } from './find-attack-arguments.js';
import { describeVictims } from './victims.js';

/** Stage id of incident frames and their merging into events. */
export const incidentsStage = 'incidents@1';

/** An event the document reports, before ids and output shape are given to it. */
export interface IncidentDraft {
  type: IncidentType;
  suicide: boolean;
  sentences: number[];
  evidence: Evidence[];
  perpetrators: { entity: DocEntity; role: PerpetratorRole; evidence: Evidence }[];
  location?: DocEntity;
  date: IncidentDate;
  killed: Count;
  wounded: Count;
  captured: Count;
  perpetratorsKilled: Count;
  victims: { category: TargetCategory; nationality?: string; count?: number; text: string; entity?: DocEntity }[];
  weapons: string[];
  claimEvidence?: Evidence;
  /** Made by the learned type classifier, not by the rules' trigger words. */
  learned?: boolean;
}

interface Trigger {
  pattern: RegExp;
  type: IncidentType;
  suicide?: boolean;
  /** Weaker triggers ("attack", "killed") give way to a more specific one in the same sentence. */
  weak?: boolean;
}

// News wording of violent events, most specific first; matched on lower-cased sentence text.
const triggers: Trigger[] = [
  { pattern: /\bsuicide[- ](?:car[- ])?(?:bomb(?:ing|er|ers|s)?|attack(?:er|ers|s)?|blast|vest|truck bomb|explosion)\b|\bblew (?:himself|herself|themselves) up\b/u, type: 'bombing_explosion', suicide: true },
  { pattern: /\b(?:air[- ]?strikes?|drone[- ]strikes?|air raids?|aerial bombardment|warplanes?|fighter jets?|helicopter gunships?)\b/u, type: 'air_strike' },
  { pattern: /\b(?:car[- ]bombs?|truck[- ]bombs?|roadside bombs?|bomb(?:ing|ings|s|ed)?|explosions?|exploded|explosives?|blasts?|detonat\w*|i\.?e\.?d\.?s?|improvised explosive|grenades?|landmines?|mines? exploded|dynamite)\b/u, type: 'bombing_explosion' },
  { pattern: /\b(?:assassinat\w+)\b/u, type: 'assassination' },
  { pattern: /\b(?:kidnap\w*|abduct\w*|taken hostage|held hostage|hostages?)\b/u, type: 'hostage_kidnapping' },
  { pattern: /\bhijack\w*\b/u, type: 'hijacking' },
  { pattern: /\b(?:shell(?:ing|ed|s)|mortars?|artillery|rocket (?:attacks?|fire)|rockets? (?:were )?(?:fired|landed|hit|struck))\b/u, type: 'shelling' },
  { pattern: /\b(?:arson|set (?:fire|ablaze)|torched|burned down|burnt down|sabotage[ds]?)\b/u, type: 'facility_attack' },
  { pattern: /\b(?:clash(?:es|ed)?|gun ?battles?|firefights?|exchange of fire|heavy fighting|fighting (?:between|broke out|erupted))\b/u, type: 'armed_clash' },
  { pattern: /\b(?:gunm[ae]n|opened fire|shot dead|shooting|shot|stormed|ambush\w*|massacre\w*|machine-?gunned|stabb\w+|gunfire)\b/u, type: 'armed_assault' },
  { pattern: /\b(?:captur(?:ed|ing|e)|seiz(?:ed|ing|e)|t(?:ook|aking|ake|aken)|gain(?:ed|ing)|regain(?:ed|ing)|assum(?:ed|ing))\s+(?:over\s+)?(?:power|control)\b|\b(?:overran|overrun|took over|retook|recaptured)\s+(?:the\s+)?(?:city|town|district|province|capital|village|country)\b/u, type: 'territory_change' },
  { pattern: /\b(?:arrested|detained|captured|raid(?:ed|s)?)\b/u, type: 'raid_arrest', weak: true },
  { pattern: /\b(?:attack(?:ed|s)?|assault(?:ed)?|struck|raid(?:ed)?)\b/u, type: 'armed_assault', weak: true },
];

// Statements of a pattern, not of one dated event (MUC and GTD count events, not habits).
const genericPattern =
  /\b(?:notorious for|known for|responsible for (?:many|numerous|several|a series)|has (?:especially )?targeted|have (?:especially )?targeted|had targeted|regularly|frequently|often|usually|typically|routinely|repeatedly|since its inception|from the beginning|across the country|throughout the country|over the years|in recent years|campaign of|tried to|trying to|plans? to|planning to|threaten(?:ed|s)? to|vowed to|to carry out|to conduct|to launch|to stage|capable of|would|could|may|might)\b/u;
const definiteAnaphor = /\b(?:the|this|that|yesterday's|the latest|the deadly|the twin)\s+(?:\w+\s+){0,2}(?:attacks?|blasts?|bombings?|explosions?|assault|ambush|strike|raid|massacre|incident|shooting|kidnapping|abduction)\b/u;
const newEventMarker = /\b(?:another|separate|second|earlier|later|in a separate|in another)\s+(?:\w+\s+){0,2}(?:attack|blast|bombing|explosion|incident|strike|raid)\b/u;

const killedWords = /\b(?:killed|killing|kills|kill|dead|died|die|deaths?|death toll|lives|slain|massacred|fatalities|bodies|lost their lives|murdered|executed|beheaded)\b/gu;
const woundedWords = /\b(?:wounded|wounding|injured|injuring|injuries|hurt|maimed)\b/gu;
const capturedWords = /\b(?:kidnapped|abducted|taken hostage|held hostage|hostages|seized|captured|detained|arrested)\b/gu;
const attackerNouns = /^(?:militants?|insurgents?|attackers?|gunm[ae]n|bombers?|terrorists?|rebels?|fighters?|jihadists?|assailants?|extremists?|guerrillas?)$/u;

const weaponPatterns: [RegExp, string][] = [
  [/\bsuicide (?:vest|belt)s?\b/u, 'suicide vest'],
  [/\b(?:car|vehicle|truck)[- ]bombs?\b|\bvbieds?\b/u, 'vehicle bomb'],
  [/\broadside bombs?\b|\bi\.?e\.?d\.?s?\b|\bimprovised explosive devices?\b/u, 'improvised explosive device'],
  [/\bgrenades?\b/u, 'grenade'],
  [/\brockets?\b|\brpgs?\b/u, 'rocket'],
  [/\bmortars?\b/u, 'mortar'],
  [/\bmissiles?\b/u, 'missile'],
  [/\b(?:rifles?|ak-?47s?|kalashnikovs?|machine ?guns?|guns?|firearms?|pistols?|gunfire)\b/u, 'firearm'],
  [/\bknives?\b|\bknife\b|\bmachetes?\b/u, 'knife'],
  [/\bdrones?\b/u, 'drone'],
  [/\blandmines?\b|\bmines?\b(?= exploded)/u, 'landmine'],
  [/\bdynamite\b|\bexplosives?\b/u, 'explosives'],
  [/\bbombs?\b/u, 'bomb'],
];

const claimPattern = /\b(?:claim(?:ed|s|ing)?|accepted)\s+(?:the\s+)?responsibility\b|\bclaim of responsibility\b|\bclaimed (?:the|the deadly|this) (?:attack|bombing|blast|killing)|\bresponsibility (?:was|has been) claimed\b/u;
const deniedPattern = /\bden(?:ied|ies|y)\s+(?:any\s+)?(?:involvement|responsibility|role)\b/u;
const suspectedPattern = /\b(?:suspected|believed to be|blamed|suspicion|suspect|thought to be|likely)\b/u;

/** Inputs the incident reader needs from the earlier stages. */
export interface IncidentContext {
  analyzed: AnalyzedText;
  references: Reference[];
  dates: DateMention[];
  quantities: QuantityMention[];
  reportDate: string | undefined;
  datelinePlace?: DocEntity;
  focusCountry?: DocEntity;
  bodyStart: number;
  /** Dictionaries and trained role models, for the learned role filling of one-case wire copy. */
  knowledge?: Knowledge;
  roleModels?: RoleModels;
}

/** Read event frames sentence by sentence and merge those that describe one event. */
export function findIncidents(context: IncidentContext): IncidentDraft[] {
  const { analyzed } = context;
  const incidents: IncidentDraft[] = [];
  let current: IncidentDraft | undefined;
  let lastSentence = -10;
  for (const sentence of analyzed.sentences) {
    if (sentence.end <= context.bodyStart) continue;
    const lower = sentence.text.toLowerCase();
    const found = matchTrigger(lower);
    const casualties = readCasualties(context, sentence);
    const hasFigures = casualties.killed.length + casualties.wounded.length + casualties.captured.length > 0;
    if (!found && !hasFigures) continue;
    const generic = genericPattern.test(lower) && !hasFigures && found?.type !== 'territory_change';
    if (generic) continue;
    const anaphoric = definiteAnaphor.test(lower) && !newEventMarker.test(lower);
    if (!found) {
      // Figures without a trigger belong to the event being told ("13 were killed in the attack").
      if (current && sentence.index - lastSentence <= 3) {
        addFigures(current, casualties, sentence, context);
        lastSentence = sentence.index;
      }
      continue;
    }
    if (found.weak && !hasFigures && !anaphoric && !current && !hasSpecificAnchor(context, sentence)) continue;
    const mergeable =
      current !== undefined &&
      sentence.index - lastSentence <= 4 &&
      !newEventMarker.test(lower) &&
      (anaphoric ? found.type !== 'territory_change' && current.type !== 'territory_change' : compatibleTypes(current.type, found.type)) &&
      !conflictingPlace(current, context, sentence);
    if (!mergeable || !current) {
      current = newDraft(found, context);
      incidents.push(current);
    } else if (found.suicide) current.suicide = true;
    if (current.type !== found.type && current.type !== 'territory_change' && isMoreSpecific(found.type, current.type)) current.type = found.type;
    current.sentences.push(sentence.index);
    current.evidence.push(sentenceEvidence(analyzed, sentence, context.bodyStart));
    addFigures(current, casualties, sentence, context);
    addParticipants(current, context, sentence, lower);
    lastSentence = sentence.index;
  }
  // One-case wire copy: the rules cannot see names and roles by their capitals, the trained tagger can.
  if (context.roleModels && context.knowledge && analyzed.caseMode !== 'mixed') {
    const learnedDraft = (type: IncidentType): IncidentDraft => ({ ...newDraft({ pattern: /$^/u, type }, context), learned: true });
    const evidence = (index: number): Evidence => sentenceEvidence(analyzed, analyzed.sentences[index]!, context.bodyStart);
    addClassifiedIncident(incidents, { analyzed, models: context.roleModels, bodyStart: context.bodyStart, newDraft: learnedDraft, evidence });
    applyRoleModel(incidents, {
      analyzed,
      references: context.references,
      knowledge: context.knowledge,
      models: context.roleModels,
      bodyStart: context.bodyStart,
      newDraft: learnedDraft,
      evidence,
    });
  }
  for (const incident of incidents) finishIncident(incident, context);
  return incidents;
}

function matchTrigger(lower: string): Trigger | undefined {
  let weak: Trigger | undefined;
  for (const trigger of triggers) {
    if (!trigger.pattern.test(lower)) continue;
    if (!trigger.weak) return trigger;
    weak ??= trigger;
  }
  return weak;
}

function hasSpecificAnchor(context: IncidentContext, sentence: Sentence): boolean {
  const hasDate = context.dates.some((date) => date.start >= sentence.start && date.end <= sentence.end && date.precision === 'day');
  const hasPlace = context.references.some((reference) => reference.sentence === sentence.index && reference.entity.kind === 'location' && reference.entity.level !== 'country');
  return hasDate && hasPlace;
}

function compatibleTypes(a: IncidentType, b: IncidentType): boolean {
  if (a === b) return true;
  // A change of control is a development of its own, never part of an attack's story.
  if (a === 'territory_change' || b === 'territory_change') return false;
  const loose = new Set<IncidentType>(['armed_assault', 'raid_arrest']);
  return loose.has(a) || loose.has(b);
}

function isMoreSpecific(candidate: IncidentType, current: IncidentType): boolean {
  return current === 'armed_assault' || current === 'raid_arrest' ? candidate !== 'raid_arrest' : false;
}

function conflictingPlace(current: IncidentDraft, context: IncidentContext, sentence: Sentence): boolean {
  if (!current.location?.place) return false;
  const places = placesIn(context, sentence);
  return places.length > 0 && places.every((place) => place.place && current.location?.place && place.place.country === current.location.place.country && place.place.geonamesId !== current.location.place.geonamesId && place.level === current.location.level);
}

function newDraft(trigger: Trigger, _context: IncidentContext): IncidentDraft {
  return {
    type: trigger.type,
    suicide: trigger.suicide ?? false,
    sentences: [],
    evidence: [],
    perpetrators: [],
    date: { precision: 'unknown' },
    killed: {},
    wounded: {},
    captured: {},
    perpetratorsKilled: {},
    victims: [],
    weapons: [],
  };
}

/** The sentence as evidence, without a dateline glued to its start. */
export function sentenceEvidence(analyzed: AnalyzedText, sentence: Sentence, bodyStart: number): Evidence {
  const start = Math.max(sentence.start, bodyStart > sentence.start && bodyStart < sentence.end ? bodyStart : sentence.start);
  const text = analyzed.text.slice(start, sentence.end);
  const lead = text.length - text.trimStart().length;
  return { start: start + lead, end: sentence.end, text: text.trimStart() };
}

interface Figure {
  quantity: QuantityMention;
  noun: string;
  subset: boolean;
}

interface Casualties {
  killed: Figure[];
  wounded: Figure[];
  captured: Figure[];
}

/** Pair each number with the casualty word nearest it in its clause: "13 were killed", "killing 13", "death toll rose to 13". */
function readCasualties(context: IncidentContext, sentence: Sentence): Casualties {
  const result: Casualties = { killed: [], wounded: [], captured: [] };
  const lower = sentence.text.toLowerCase();
  const words: { kind: keyof Casualties; at: number; end: number }[] = [];
  for (const [kind, pattern] of [['killed', killedWords], ['wounded', woundedWords], ['captured', capturedWords]] as const) {
    for (const match of lower.matchAll(pattern)) words.push({ kind, at: sentence.start + match.index, end: sentence.start + match.index + match[0].length });
  }
  if (words.length === 0) return result;
  for (const quantity of context.quantities) {
    if (quantity.start < sentence.start || quantity.end > sentence.end) continue;
    if (quantity.best === undefined && quantity.min === undefined && quantity.max === undefined) continue;
    let best: { kind: keyof Casualties; distance: number } | undefined;
    for (const word of words) {
      const between = word.at >= quantity.end ? context.analyzed.text.slice(quantity.end, word.at) : context.analyzed.text.slice(word.end, quantity.start);
      if (/[;:]|\bbut\b|\bwhile\b|\bwhereas\b/u.test(between)) continue;
      const after = word.at >= quantity.end;
      const distance = after ? word.at - quantity.end : quantity.start - word.end;
      if (distance < 0 || distance > (after ? 60 : 45)) continue;
      // A figure reads forwards ("13 were killed") more often than backwards ("killing 13").
      const weighted = after ? distance : distance * 1.3 + 5;
      if (!best || weighted < best.distance) best = { kind: word.kind, distance: weighted };
    }
    if (!best) continue;
    const before = context.analyzed.text.slice(Math.max(sentence.start, quantity.start - 14), quantity.start).toLowerCase();
    result[best.kind].push({ quantity, noun: (quantity.unit ?? '').toLowerCase(), subset: /\b(?:including|among them|of whom|of them)\s*$/u.test(before) });
  }
  return result;
}

function addFigures(incident: IncidentDraft, casualties: Casualties, sentence: Sentence, context: IncidentContext): void {
  for (const kind of ['killed', 'wounded', 'captured'] as const) {
    for (const figure of casualties[kind]) {
      const attackers = kind === 'killed' && attackerNouns.test(figure.noun) && !['air_strike', 'armed_clash', 'raid_arrest', 'shelling'].includes(incident.type);
      const target = attackers ? incident.perpetratorsKilled : incident[kind];
      mergeCount(target, figure.quantity);
      if (!attackers && figure.noun) {
        const described = describeVictims(context.analyzed.text, figure.quantity);
        const count = figure.quantity.best ?? figure.quantity.min;
        if (described.category && (figure.subset || described.nationality || described.category !== 'civilians' || count !== undefined)) {
          const text = context.analyzed.text.slice(figure.quantity.start, figure.quantity.end);
          if (!incident.victims.some((victim) => victim.text === text)) {
            incident.victims.push({ category: described.category, ...(described.nationality ? { nationality: described.nationality } : {}), ...(count !== undefined ? { count } : {}), text });
          }
        }
      }
    }
  }
  void sentence;
}

function mergeCount(count: Count, quantity: QuantityMention): void {
  const low = quantity.min ?? quantity.best ?? quantity.max;
  const high = quantity.max ?? quantity.best ?? quantity.min;
  if (low === undefined || high === undefined) return;
  // Within one report the largest stated floor is the figure; ranges widen, never shrink.
  count.min = count.min === undefined ? low : Math.max(count.min, low);
  count.max = count.max === undefined ? high : Math.max(count.max, high);
  if (count.max < count.min) count.max = count.min;
  count.best = count.min;
}

function placesIn(context: IncidentContext, sentence: Sentence): DocEntity[] {
  return context.references
    .filter((reference) => reference.sentence === sentence.index && reference.entity.kind === 'location' && reference.start >= context.bodyStart)
    .map((reference) => reference.entity);
}

const levelRank: Record<string, number> = { facility: 5, city: 4, admin2: 3, admin1: 2, region: 1, country: 0 };

function addParticipants(incident: IncidentDraft, context: IncidentContext, sentence: Sentence, lower: string): void {
  const { analyzed } = context;
  const inSentence = context.references.filter((reference) => reference.sentence === sentence.index && reference.start >= context.bodyStart);
  // Location: the finest place the sentence names with a locative preposition.
  for (const reference of inSentence) {
    if (reference.entity.kind !== 'location') continue;
    const before = analyzed.text.slice(Math.max(sentence.start, reference.start - 24), reference.start).toLowerCase();
    if (!/\b(?:in|at|near|outside|inside|on|into|across|of|from|province|district|city of|town of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/u.test(before)) continue;
    const level = reference.entity.level ?? 'country';
    const current = incident.location?.level ?? 'country';
    if (!incident.location || (levelRank[level] ?? 0) > (levelRank[current] ?? 0)) incident.location = reference.entity;
  }
  // Perpetrators: armed actors in the sentence, by the role its wording gives them.
  const actors = inSentence.filter((reference) => reference.entity.kind === 'armed_group' || reference.entity.kind === 'military' || reference.entity.kind === 'state');
  const claim = claimPattern.exec(lower);
  for (const actor of actors) {
    const before = analyzed.text.slice(Math.max(sentence.start, actor.start - 30), actor.start).toLowerCase();
    const after = analyzed.text.slice(actor.end, Math.min(sentence.end, actor.end + 40)).toLowerCase();
    if (/\b(?:against|on|targeting|targeted|at|according to|per|of)\s+(?:the\s+)?$/u.test(before)) continue;
    let role: PerpetratorRole | undefined;
    if (incident.type === 'territory_change') {
      // "congratulated Taliban for capturing power": the group that gains control.
      if (/\b(?:captur|seiz|t(?:ook|ak)|gain|regain|assum|overr|retook|recaptur)\w*\s*(?:over\s+)?(?:power|control)?\s*$/u.test(before) || /^\s*(?:for\s+)?(?:captur|seiz|t(?:ook|ak)|gain|regain|assum|overr|retook|recaptur)/u.test(after) || /\bfor\s+(?:captur|seiz|tak)\w*/u.test(after.slice(0, 16))) role = 'attributed';
    } else if (claim && actor.start < sentence.start + claim.index + 60) role = 'claimed';
    else if (/^\s*(?:has |have |had )?den(?:ied|ies|y)/u.test(after) || deniedPattern.test(after.slice(0, 30))) role = 'denied';
    else if (suspectedPattern.test(before) || /^\s*(?:is|are|was|were) (?:suspected|blamed|believed)/u.test(after)) role = 'suspected';
    else if (/\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/u.test(before) || /^\s*(?:-?led|militants|fighters|gunmen|forces|troops|insurgents|rebels)?\s*(?:had |has |have )?(?:attacked|stormed|launched|carried out|bombed|struck|opened fire|ambushed|killed|abducted|kidnapped|raided|shot|fired|shelled|detonated|captured|seized)/u.test(after)) role = 'attributed';
    else if (actor.entity.kind !== 'armed_group' && ['air_strike', 'raid_arrest', 'shelling'].includes(incident.type) && /^\s*(?:-?led)?\s*(?:drone|air|war|forces|troops|military|jets?|aircraft)/u.test(after)) role = 'attributed';
    if (!role) continue;
    const existing = incident.perpetrators.find((perpetrator) => perpetrator.entity === actor.entity);
    const evidence = sentenceEvidence(analyzed, sentence, context.bodyStart);
    if (existing) {
      if (rolePriority(role) > rolePriority(existing.role)) existing.role = role;
    } else incident.perpetrators.push({ entity: actor.entity, role, evidence });
    if (role === 'claimed') incident.claimEvidence = evidence;
  }
  // Date: the most precise date the sentence gives.
  for (const date of context.dates) {
    if (date.start < sentence.start || date.end > sentence.end) continue;
    if (context.reportDate && date.value && date.value > context.reportDate) continue;
    if (precisionRank(date.precision) > precisionRank(incident.date.precision)) {
      incident.date = {
        // A range ("earlier", "on or before") has bounds, not a value.
        ...(date.value && date.precision !== 'range' ? { value: date.value } : {}),
        precision: date.precision,
        ...(date.earliest ? { earliest: date.earliest } : {}),
        ...(date.latest ? { latest: date.latest } : {}),
      };
    }
  }
  for (const [pattern, weapon] of weaponPatterns) if (pattern.test(lower) && !incident.weapons.includes(weapon)) incident.weapons.push(weapon);
  if (analyzed.caseMode === 'mixed') addClauseArguments(incident, context, sentence, inSentence, lower);
  // Targets named with "against", "on", "targeting": organisations, states, places' people.
  for (const match of lower.matchAll(/\b(?:against|targeting|targeted|attack(?:s|ed)? on)\s+(?:the\s+)?([a-z][\w\s-]{2,40}?)(?=[,.;]|\s+(?:in|at|on|near|by|with|and|who|which|that)\b|$)/gu)) {
    const phrase = (match[1] ?? '').trim();
    if (!phrase) continue;
    const start = sentence.start + (match.index ?? 0) + match[0].length - phrase.length;
    const text = analyzed.text.slice(start, start + phrase.length);
    const described = describeVictims(analyzed.text, { start, end: start + phrase.length, text, approximate: false, vague: false, unit: phrase.split(/\s+/u).pop() ?? phrase });
    if (described.category && !incident.victims.some((victim) => victim.text === text)) {
      incident.victims.push({ category: described.category, ...(described.nationality ? { nationality: described.nationality } : {}), text });
    }
  }
}

// Things attacked that are no people: buildings, vehicles, posts (news names them as objects of attack verbs).
const facilityTargets: ReadonlyArray<readonly [RegExp, TargetCategory]> = [
  [/^(?:mosques?|churche?s?|temples?|shrines?|synagogues?)$/u, 'religious'],
  [/^(?:schools?|universit(?:y|ies)|colleges?)$/u, 'education'],
  [/^(?:embass(?:y|ies)|consulates?)$/u, 'diplomatic'],
  [/^(?:bus(?:es)?|trains?|airports?|stations?|planes?|aircraft|flights?)$/u, 'transportation'],
  [/^(?:bases?|camps?|barracks|outposts?|garrisons?|checkpoints?|convoys?|patrols?|posts?)$/u, 'military'],
  [/^(?:markets?|baker(?:y|ies)|cafes?|café|restaurants?|hotels?|shops?|stores?|banks?|malls?|nightclubs?|clubs?|bars?)$/u, 'business'],
  [/^(?:buildings?|bridges?|pipelines?|power (?:plant|station)s?|headquarters|offices?|compounds?|hospitals?|vehicles?|cars?|trucks?|houses?|homes?|towers?)$/u, 'infrastructure'],
];

const attackerHeads = /^(?:gunm[ae]n|(?:suicide )?bombers?|attackers?|assailants?|militants?|insurgents?|terrorists?|jihadists?|extremists?|shooters?|hijackers?|kidnappers?)$/u;
// One person entity per description and document: "the gunmen" of two sentences are the same people.
const describedAttackers = new WeakMap<AnalyzedText, Map<string, DocEntity>>();

function describedAttacker(analyzed: AnalyzedText, phrase: { start: number; end: number; text: string; head: string }): DocEntity {
  let known = describedAttackers.get(analyzed);
  if (!known) describedAttackers.set(analyzed, (known = new Map()));
  const key = `description:${phrase.head.replace(/s$|(?<=m)en$/u, '')}`;
  const mention = { start: phrase.start, end: phrase.end, text: phrase.text };
  const existing = known.get(key);
  if (existing) {
    if (!existing.mentions.some((m) => m.start === mention.start)) existing.mentions.push(mention);
    return existing;
  }
  const entity: DocEntity = { key, kind: 'person', name: phrase.text.replace(/^(?:the|a|an)\s+/iu, ''), aliases: [], mentions: [mention] };
  known.set(key, entity);
  return entity;
}

/** Mixed-case news: the subjects and objects of attack verbs ("ETA carried out", "stormed the hotel"). */
function addClauseArguments(incident: IncidentDraft, context: IncidentContext, sentence: Sentence, inSentence: Reference[], lower: string): void {
  const { analyzed } = context;
  const found = findAttackArguments(analyzed, sentence);
  const evidence = sentenceEvidence(analyzed, sentence, context.bodyStart);
  // "on high alert since the group launched a series of attacks": other, earlier events.
  const history = /\b(?:since|series of|wave of|spate of|string of|in the past|previously|last year|in recent years|history of)\b/u.test(lower);
  for (const attacker of history ? [] : found.attackers) {
    const actor = inSentence.find((reference) => reference.start < attacker.end && attacker.start < reference.end && ['armed_group', 'military', 'state'].includes(reference.entity.kind));
    if (actor) {
      if (incident.perpetrators.some((perpetrator) => perpetrator.entity === actor.entity)) continue;
      // The text names the doer; it says so as fact only when no hedge word is near.
      const role: PerpetratorRole = suspectedPattern.test(lower) || /\b(?:believed|alleged(?:ly)?|reportedly|presumably)\b/u.test(lower) ? 'suspected' : 'attributed';
      incident.perpetrators.push({ entity: actor.entity, role, evidence });
      continue;
    }
    if (inSentence.some((reference) => reference.start < attacker.end && attacker.start < reference.end)) continue;
    // "gunmen", "a suicide bomber": unnamed people, never a group; suspected, as nobody named them.
    if (!attackerHeads.test(attacker.head)) continue;
    const described = describedAttacker(analyzed, attacker);
    if (!incident.perpetrators.some((perpetrator) => perpetrator.entity === described)) incident.perpetrators.push({ entity: described, role: 'suspected', evidence });
  }
  for (const target of found.targets) {
    // "At least 132 people" read as a figure already; attackers shot dead are no targets.
    if (incident.victims.some((victim) => victim.text.includes(target.text) || target.text.includes(victim.text))) continue;
    if (attackerHeads.test(target.head)) continue;
    if (found.attackers.some((attacker) => attacker.start === target.start)) continue;
    const named = inSentence.find((reference) => reference.start >= target.start && reference.end <= target.end && reference.end === target.end);
    if (named && named.entity.kind !== 'person' && !(named.entity.kind === 'location' && named.entity.level === 'facility')) continue;
    const described = describeVictims(analyzed.text, { start: target.start, end: target.end, text: target.text, approximate: false, vague: false, unit: target.head });
    let category = described.category ?? facilityTargets.find(([pattern]) => pattern.test(target.head))?.[1];
    if (!category && named) category = named.entity.kind === 'person' ? 'civilians' : 'other';
    if (!category) continue;
    incident.victims.push({ category, ...(described.nationality ? { nationality: described.nationality } : {}), text: target.text, ...(named ? { entity: named.entity } : {}) });
  }
}

function rolePriority(role: PerpetratorRole): number {
  return { claimed: 3, denied: 2, attributed: 1, suspected: 0 }[role];
}

function precisionRank(precision: IncidentDate['precision']): number {
  return { day: 5, week: 4, range: 3, month: 2, year: 1, unknown: 0 }[precision];
}

function finishIncident(incident: IncidentDraft, context: IncidentContext): void {
  if (!incident.location) incident.location = context.datelinePlace ?? context.focusCountry;
  if (incident.date.precision === 'unknown' && context.reportDate) {
    // Nothing dated it: news reports what happened on or before their date.
    incident.date = { precision: 'range', latest: context.reportDate };
  }
}
