import type { LinearModel } from '../knowledge/role-models-data.js';
import type { AnalyzedText } from './analyze-text.js';
import { addFeature, scoreLabels } from './perceptron.js';
import { triggerClass } from './role-features.js';
import { repairLabel, roleNames, transitionFeatures } from './role-model.js';
import type { RoleName, RoleSpan } from './role-model.js';

/** A filler's comparison key: lower case, letters and digits, no articles (as the MUC scorer compares). */
export function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, '').replace(/\b(?:a|an|the)\b/gu, ' ').trim().split(/\s+/u).join(' ');
}

const functionWords = "(?:'s|s|of|and|or|that|which|who|in|at|by|to|with|from|for|on|the|a|an)";
const danglingStart = new RegExp(`^(?:${functionWords}\\s+)+`, 'u');
const danglingEnd = new RegExp(`(?:\\s+${functionWords})+$`, 'u');
const onlyFunctionWords = new RegExp(`^${functionWords}$`, 'u');
// A time adverb the tagger ran on into ("terrorists tonight", "a dynamite charge today") is no part of the phrase.
const danglingTime = /(?:\s+(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening)|last\s+night))+$/u;

// A filler is a noun phrase: a tagger boundary that ran on into a verb ("residents resulted", "members have been condemned")
// or a trailing phrase of someone else's ("guerrillas on his vehicle") ends it; "who/which ... were" is the phrase's own clause.
const runOnVerb = /\s+(?:resulted|ha(?:ve|s|d) been|was|were|is|are|announced|said|reported|stated)\b.*$|\s+(?:on|at|in|into|against) (?:his|her|their|its)\b.*$/u;
const ownClause = /\b(?:who|whom|whose|which|that)\b/u;
// A reporting clause the boundary took in before the phrase ("sources announced that a cargo plane").
const reportingLead = /^.*?\b(?:announced|said|reported|stated) that\s+/u;
// A part of a building ("the sixth floor of the hotel", "the shelves of a book store") is where the damage fell; the target is the building.
const buildingPart = /^(?:(?:the|its|their)\s+)?(?:\w+\s+)?(?:floors?|storeys?|stor(?:y|ies)|windows?|windowpanes?|fa[cç]ades?|shelves|roofs?|doors?|walls?|entrances?)\s+of\s+/u;

/** A span without the function words a tagger's boundary may leave at its edges ("offices of", "s home"), nor a verb it ran on into. */
export function trimSpan<T extends RoleSpan>(span: T): T | undefined {
  const reported = (reportingLead.exec(span.text)?.[0].length ?? 0) || (span.role === 'Target' ? (buildingPart.exec(span.text)?.[0].length ?? 0) : 0);
  const runOn = runOnVerb.exec(span.text.slice(reported));
  const end = runOn && !ownClause.test(span.text.slice(reported, reported + runOn.index)) ? reported + runOn.index : span.text.length;
  const head = span.text.slice(0, end);
  const lead = reported + (danglingStart.exec(head.slice(reported))?.[0].length ?? 0);
  const rest = head.slice(lead);
  const time = danglingTime.exec(rest)?.[0].length ?? 0;
  const tail = time + (danglingEnd.exec(rest.slice(0, rest.length - time))?.[0].length ?? 0);
  const text = rest.slice(0, rest.length - tail).trim();
  if (!/\p{L}{2}/u.test(text) || onlyFunctionWords.test(text)) return undefined;
  const start = span.start + lead + (rest.length - rest.trimStart().length);
  return { ...span, start, end: start + text.length, text };
}

/** Per token, the tagger's label scores from its own features (no transitions); undefined where a sentence is not read. */
export function baseScores(features: readonly string[][], model: LinearModel): (Float64Array | undefined)[] {
  return features.map((list) => {
    if (!list.length) return undefined;
    const scores = new Float64Array(model.labels.length);
    const plain = scores as unknown as number[];
    for (const feature of list) addFeature(model, feature, plain);
    return scores;
  });
}

/** A span of the tagger's decoding with its first and last token. */
export interface DecodedSpan extends RoleSpan {
  first: number;
  last: number;
}

/**
 * Greedy left-to-right decoding over precomputed scores. `allowed` limits the labels the decoder may
 * choose (one role's B-/I- and O); `bias` is added to O. A span's score is the mean margin of its
 * labels over O without the bias.
 */
export function decodeSpans(analyzed: AnalyzedText, base: readonly (Float64Array | undefined)[], model: LinearModel, bias: number, allowed: (label: string) => boolean, boosts: Partial<Record<RoleName, number>> = {}): DecodedSpan[] {
  const { tokens, text } = analyzed;
  const labels = model.labels;
  const usable = labels.map((label) => label === 'O' || allowed(label));
  const boostOf = labels.map((label) => (label === 'O' ? bias : (boosts[label.slice(2) as RoleName] ?? 0)));
  const spans: DecodedSpan[] = [];
  let previous = 'O';
  let open: { role: RoleName; first: number; last: number; margin: number } | undefined;
  const close = (): void => {
    if (!open) return;
    const first = tokens[open.first]!;
    const last = tokens[open.last]!;
    spans.push({ role: open.role, start: first.start, end: last.end, text: text.slice(first.start, last.end), sentence: first.sentence, score: open.margin / (open.last - open.first + 1), first: open.first, last: open.last });
    open = undefined;
  };
  const scores = new Array<number>(labels.length).fill(0);
  for (let t = 0; t < tokens.length; t += 1) {
    const token = tokens[t]!;
    const row = base[t];
    if (t > 0 && tokens[t - 1]!.sentence !== token.sentence) {
      close();
      previous = 'O';
    }
    if (!row) {
      close();
      previous = 'O';
      continue;
    }
    for (let i = 0; i < labels.length; i += 1) scores[i] = (row[i] as number) + (boostOf[i] as number);
    for (const feature of transitionFeatures(previous, token.lower)) addFeature(model, feature, scores);
    let best = 0;
    let bestRole = -1;
    for (let i = 1; i < labels.length; i += 1) {
      if (!usable[i]) continue;
      if ((scores[i] as number) > (scores[best] as number)) best = i;
      if (bestRole < 0 || (scores[i] as number) > (scores[bestRole] as number)) bestRole = i;
    }
    const label = repairLabel(labels[best] ?? 'O', previous);
    const margin = bestRole >= 0 ? (scores[bestRole] as number) - ((scores[0] as number) - bias) : 0;
    if (label === 'O' || label.startsWith('B-')) close();
    if (label.startsWith('B-')) open = { role: label.slice(2) as RoleName, first: t, last: t, margin };
    else if (label.startsWith('I-') && open) {
      open.last = t;
      open.margin += margin;
    }
    previous = label;
  }
  close();
  return spans;
}

/** One candidate filler of a role: every mention the permissive decoding found of one string. */
export interface RoleCandidate {
  role: RoleName;
  key: string;
  mentions: DecodedSpan[];
  /** The mention the operating-point decoding chose for this role, if any. */
  chosen: boolean;
  features: string[];
}

/** "car" of "car bomb", "bus" of "a bus-bomb": the vehicle names the weapon, it is not what was attacked. */
export function namesBomb(text: string, end: number): boolean {
  return /^[ \t-]?bombs?\b/iu.test(text.slice(end, end + 7));
}

/** How permissive the candidate decoding is: the margins added to O's score when decoding one role at a time, from strict to loose. */
export const candidateBiases: readonly number[] = [-14, -22, -30, -40];

function bucket(value: number, edges: readonly number[]): string {
  for (const edge of edges) if (value <= edge) return String(edge);
  return `>${edges[edges.length - 1]}`;
}

function countOccurrences(text: string, phrase: string): number {
  let count = 0;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (!/\w/u.test(text[at - 1] ?? ' ') && !/\w/u.test(text[at + phrase.length] ?? ' ')) count += 1;
  }
  return count;
}

/**
 * Candidate fillers of every role: each role decoded on its own with a low O bias (over-generating),
 * grouped by key, with the document-level features the reranker reads.
 */
export function roleCandidates(
  analyzed: AnalyzedText,
  features: readonly string[][],
  model: LinearModel,
  operating: { bias: number; boosts: Partial<Record<RoleName, number>> },
  bodyStart: number,
  docType?: string,
): RoleCandidate[] {
  const base = baseScores(features, model);
  const valid = <T extends DecodedSpan>(span: T): T | undefined => {
    const trimmed = trimSpan(span);
    if (trimmed?.role === 'Target' && namesBomb(analyzed.text, trimmed.end)) return undefined;
    return trimmed && trimmed.start >= bodyStart && key(trimmed.text) !== '' ? trimmed : undefined;
  };
  const joint = decodeSpans(analyzed, base, model, operating.bias, () => true, operating.boosts)
    .map(valid)
    .filter((span): span is DecodedSpan => span !== undefined);
  const jointRoles = new Map<string, Set<RoleName>>();
  for (const span of joint) {
    const k = key(span.text);
    if (!jointRoles.has(k)) jointRoles.set(k, new Set());
    jointRoles.get(k)!.add(span.role);
  }
  const groups = new Map<string, { role: RoleName; key: string; mentions: DecodedSpan[]; level: number }>();
  const add = (span: DecodedSpan, level: number): void => {
    const k = key(span.text);
    const id = `${span.role}\u0000${k}`;
    let group = groups.get(id);
    if (!group) {
      group = { role: span.role, key: k, mentions: [], level };
      groups.set(id, group);
    }
    group.level = Math.min(group.level, level);
    if (!group.mentions.some((mention) => mention.start === span.start && mention.end === span.end)) group.mentions.push(span);
  };
  for (const span of joint) add(span, 0);
  candidateBiases.forEach((bias, index) => {
    for (const role of roleNames) {
      for (const raw of decodeSpans(analyzed, base, model, bias, (label) => label.slice(2) === role)) {
        const span = valid(raw);
        if (span) add(span, index + 1);
      }
    }
  });
  for (const group of groups.values()) group.mentions.sort((a, b) => a.start - b.start);
  const rolesOfKey = new Map<string, Map<RoleName, number>>();
  for (const group of groups.values()) {
    if (!rolesOfKey.has(group.key)) rolesOfKey.set(group.key, new Map());
    rolesOfKey.get(group.key)!.set(group.role, Math.max(...group.mentions.map((mention) => mention.score)));
  }
  const eventSentences = analyzed.sentences.filter((sentence) => base[sentence.firstToken] !== undefined && sentence.end > bodyStart).map((sentence) => sentence.index);
  const firstEvent = eventSentences[0] ?? 0;
  const lowerText = analyzed.text.toLowerCase();
  const { tokens } = analyzed;
  const out: RoleCandidate[] = [];
  for (const group of groups.values()) {
    const { role, mentions } = group;
    const best = mentions.reduce((a, b) => (b.score > a.score ? b : a));
    const firstMention = mentions[0]!;
    const maxScore = best.score;
    const meanScore = mentions.reduce((sum, mention) => sum + mention.score, 0) / mentions.length;
    const words = group.key.split(' ');
    const head = words[words.length - 1] ?? '';
    const sentenceOf = (t: number): number => tokens[t]?.sentence ?? -1;
    const wordAt = (t: number, sentence: number): string => (sentenceOf(t) === sentence ? (tokens[t]?.lower ?? '') : t < 0 || sentenceOf(t) < sentence ? '<s>' : '</s>');
    const chosen = jointRoles.get(group.key)?.has(role) ?? false;
    const f: string[] = ['b'];
    f.push(`mx=${bucket(maxScore, [-20, -10, -5, 0, 5, 10, 20, 40])}`, `mn=${bucket(meanScore, [-20, -10, -5, 0, 5, 10, 20, 40])}`);
    f.push(chosen ? 'chosen' : 'notchosen', `lvl=${group.level}`);
    for (const other of jointRoles.get(group.key) ?? []) if (other !== role) f.push(`jother=${other}`);
    for (const [other, score] of rolesOfKey.get(group.key) ?? []) if (other !== role) f.push(`also=${other}`, `also=${other}|${score > maxScore ? 'above' : 'below'}`);
    f.push(`nm=${bucket(mentions.length, [1, 2, 3])}`, `occ=${bucket(countOccurrences(lowerText, best.text.toLowerCase()), [1, 2, 4])}`);
    f.push(`fs=${bucket(firstMention.sentence, [0, 1, 2, 5, 10])}`, `fe=${bucket(firstMention.sentence - firstEvent, [0, 1, 3, 6])}`);
    if (mentions.some((mention) => mention.sentence === firstEvent)) f.push('infirst');
    f.push(`h=${head}`, `fw=${words[0]}`, `len=${bucket(words.length, [1, 2, 3, 5])}`);
    if (words.length > 1) f.push(`hb=${words[words.length - 2]}|${head}`);
    const s = firstMention.sentence;
    f.push(`pw=${wordAt(firstMention.first - 1, s)}`, `nw=${wordAt(firstMention.last + 1, s)}`);
    f.push(`bpw=${wordAt(best.first - 1, best.sentence)}`, `bnw=${wordAt(best.last + 1, best.sentence)}`);
    f.push(`hp=${tokens[best.last]?.pos ?? '_'}`);
    const tokenFeatures = features[best.last] ?? [];
    for (const feature of tokenFeatures) if (feature.startsWith('kb=')) f.push(`k${feature}`);
    const classes = new Set<string>();
    const sentence = analyzed.sentences[best.sentence];
    if (sentence) for (let t = sentence.firstToken; t <= sentence.lastToken; t += 1) {
      const kind = triggerClass(tokens[t]?.lower ?? '');
      if (kind) classes.add(kind);
    }
    for (const kind of [...classes].sort()) f.push(`st=${kind}`);
    if (docType) f.push(`dt=${docType}`);
    if (/^\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|several|some|many)$/u.test(words[0] ?? '')) f.push('count');
    out.push({ role, key: group.key, mentions, chosen, features: f });
  }
  return out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start || (a.role < b.role ? -1 : a.role > b.role ? 1 : 0));
}

/** The reranker's margin for a candidate (positive = a filler of its role). */
export function rerankMargin(models: Partial<Record<RoleName, LinearModel>>, candidate: RoleCandidate): number {
  const model = models[candidate.role];
  if (!model) return -Infinity;
  const scores = scoreLabels(model, candidate.features);
  return (scores[1] ?? 0) - (scores[0] ?? 0);
}
