import path from 'node:path';
import { readJsonLines, requirePath } from './read-data-file.js';

/** The argument roles scored, in sitrep's words. */
export const wikiRoles = ['attacker', 'target', 'victim', 'instrument', 'place'] as const;
export type WikiRole = (typeof wikiRoles)[number];

/** KAIROS roles of the scored event types → the scored roles (others, e.g. MedicalIssue, are not scored). */
export const kairosRoleMap: Record<string, Record<string, WikiRole>> = {
  'Conflict.Attack': { Attacker: 'attacker', Target: 'target', Instrument: 'instrument', ExplosiveDevice: 'instrument', Place: 'place' },
  'Life.Die': { Victim: 'victim', Killer: 'attacker', Place: 'place' },
  'Life.Injure': { Victim: 'victim', Injurer: 'attacker', Instrument: 'instrument', Place: 'place' },
};

/** A gold argument: its role and the token span of the entity mention that fills it. */
export interface WikiArgument {
  role: WikiRole;
  entityId: string;
  start: number;
  end: number;
  text: string;
}

/** A WikiEvents document rebuilt so token offsets index its text exactly. */
export interface WikiDocument {
  id: string;
  text: string;
  /** Character [start, end) of every token in `text`. */
  tokens: Array<{ text: string; start: number; end: number }>;
  /** Token spans of every entity mention, by id (arguments and coreference refer to them). */
  mentions: Map<string, { start: number; end: number }>;
  /** Coreference cluster of each entity mention id (a mention outside any cluster is its own). */
  clusterOf: Map<string, string>;
  arguments: WikiArgument[];
}

type RawDoc = {
  doc_id: string;
  sentences: Array<[Array<[string, number, number]>, string]>;
  entity_mentions: Array<{ id: string; start: number; end: number }>;
  event_mentions: Array<{ event_type: string; arguments: Array<{ entity_id: string; role: string; text: string }> }>;
};

/** The scored role of a KAIROS event type's argument, if any. */
export function scoredRole(eventType: string, role: string): WikiRole | undefined {
  const family = eventType.split('.').slice(0, 2).join('.');
  return kairosRoleMap[family]?.[role];
}

/**
 * Load WikiEvents dev (`<dataRoot>/wikievents/dev.jsonl` and coref/dev.jsonlines). The text is
 * rebuilt from the sentences' token offsets (the `text` field drifts from them), so that
 * character spans of an extraction map back onto tokens.
 */
export function loadWikiEvents(dataRoot: string): WikiDocument[] {
  const dir = requirePath(path.join(dataRoot, 'wikievents'), 'WikiEvents data (wikievents/)');
  const raws = readJsonLines(path.join(dir, 'dev.jsonl'), 'WikiEvents dev.jsonl') as RawDoc[];
  const coref = new Map<string, string[][]>();
  for (const line of readJsonLines(path.join(dir, 'coref', 'dev.jsonlines'), 'WikiEvents coref/dev.jsonlines') as Array<{ doc_key: string; clusters: string[][] }>) {
    coref.set(line.doc_key, line.clusters);
  }
  return raws.map((raw) => {
    const tokens: WikiDocument['tokens'] = [];
    let text = '';
    for (const [sentenceTokens] of raw.sentences) {
      for (const [token, start] of sentenceTokens) {
        const at = Math.max(start, text.length + (text.length ? 1 : 0));
        text = text.padEnd(at, ' ') + token;
        tokens.push({ text: token, start: at, end: at + token.length });
      }
    }
    const mentions = new Map(raw.entity_mentions.map((m) => [m.id, { start: m.start, end: m.end }]));
    const clusterOf = new Map<string, string>();
    (coref.get(raw.doc_id) ?? []).forEach((cluster, i) => cluster.forEach((id) => clusterOf.set(id, `c${i}`)));
    const args: WikiArgument[] = [];
    for (const event of raw.event_mentions) {
      for (const a of event.arguments) {
        const role = scoredRole(event.event_type, a.role);
        const span = mentions.get(a.entity_id);
        if (role && span) args.push({ role, entityId: a.entity_id, start: span.start, end: span.end, text: a.text });
      }
    }
    return { id: raw.doc_id, text, tokens, mentions, clusterOf, arguments: args };
  });
}
