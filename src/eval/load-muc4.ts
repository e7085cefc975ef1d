import path from 'node:path';
import { SitrepError } from '../model/index.js';
import { readJsonLines, requirePath } from './read-data-file.js';

/** The five MUC-4 role-filler slots, in the reference scorers' order. */
export const mucRoles = ['PerpInd', 'PerpOrg', 'Target', 'Victim', 'Weapon'] as const;
export type MucRole = (typeof mucRoles)[number];

/** One role-filler entity: its mention strings (coreferent spans). */
export type MucEntity = string[];

/** Entities per role. */
export type MucRoleFillers = Record<MucRole, MucEntity[]>;

/** One MUC-4 template (GTT format). */
export interface MucTemplate {
  incident_type: string;
  roles: MucRoleFillers;
}

/** A MUC-4 document with its gold templates (GTT) and merged role fillers (GRIT). */
export interface Muc4Document {
  docid: string;
  /** The numeric key the reference prediction files use (TST1-MUC3-0001 → "10001"). */
  key: string;
  text: string;
  templates: MucTemplate[];
  extracts: MucRoleFillers;
}

/** MUC-4 splits on disk. */
export type Muc4Split = 'dev' | 'train';

/** The reference scripts' numeric doc key: the prefix's digit × 10000 + the number (DEV-… has none: 0). */
export function muc4DocKey(docid: string): string {
  const parts = docid.split('-');
  const prefix = parts[0] ?? '';
  const digit = /(\d)$/.exec(prefix)?.[1] ?? '0';
  const number = Number.parseInt(parts[parts.length - 1] ?? '', 10);
  if (!Number.isFinite(number)) return docid;
  return String(Number(digit) * 10000 + number);
}

/** Empty fillers for all five roles. */
export function emptyRoleFillers(): MucRoleFillers {
  return { PerpInd: [], PerpOrg: [], Target: [], Victim: [], Weapon: [] };
}

/** Read role fillers in either format the data and prediction files use: mentions as strings or [string, offset]. */
export function parseRoleFillers(raw: unknown, where: string): MucRoleFillers {
  const fillers = emptyRoleFillers();
  if (raw === undefined || raw === null) return fillers;
  if (typeof raw !== 'object') throw new SitrepError('INPUT_FORMAT', `${where}: role fillers must be an object`);
  const record = raw as Record<string, unknown>;
  for (const role of mucRoles) {
    const entities = record[role];
    if (entities === undefined || entities === null) continue;
    if (!Array.isArray(entities)) throw new SitrepError('INPUT_FORMAT', `${where}.${role}: must be a list of entities`);
    for (const entity of entities as unknown[]) {
      const mentions = Array.isArray(entity) ? (entity as unknown[]) : [entity];
      const strings: string[] = [];
      for (const mention of mentions) {
        if (typeof mention === 'string') strings.push(mention);
        else if (Array.isArray(mention) && typeof mention[0] === 'string') strings.push(mention[0]);
        else throw new SitrepError('INPUT_FORMAT', `${where}.${role}: a mention must be a string or [string, offset]`);
      }
      fillers[role].push(strings);
    }
  }
  return fillers;
}

/** Read one template object ({incident_type, PerpInd, …}). */
export function parseTemplate(raw: unknown, where: string): MucTemplate {
  if (!raw || typeof raw !== 'object') throw new SitrepError('INPUT_FORMAT', `${where}: a template must be an object`);
  const record = raw as Record<string, unknown>;
  const type = record.incident_type;
  return { incident_type: typeof type === 'string' ? type : '', roles: parseRoleFillers(record, where) };
}

/** Load a MUC-4 split from `<dataRoot>/muc4`: gtt-SPLIT.jsonl joined with grit-SPLIT.jsonl by docid. */
export function loadMuc4(dataRoot: string, split: Muc4Split = 'dev'): Muc4Document[] {
  const dir = requirePath(path.join(dataRoot, 'muc4'), 'MUC-4 data (muc4/)');
  const gtt = readJsonLines(path.join(dir, `gtt-${split}.jsonl`), `MUC-4 GTT ${split} split`);
  const grit = readJsonLines(path.join(dir, `grit-${split}.jsonl`), `MUC-4 GRIT ${split} split`);
  const extractsById = new Map<string, MucRoleFillers>();
  for (const line of grit) {
    const record = line as { docid?: unknown; extracts?: unknown };
    if (typeof record.docid !== 'string') throw new SitrepError('INPUT_FORMAT', `grit-${split}.jsonl: a line without docid`);
    extractsById.set(record.docid, parseRoleFillers(record.extracts, `grit-${split}.jsonl ${record.docid}`));
  }
  return gtt.map((line) => {
    const record = line as { docid?: unknown; doctext?: unknown; templates?: unknown };
    if (typeof record.docid !== 'string' || typeof record.doctext !== 'string' || !Array.isArray(record.templates)) {
      throw new SitrepError('INPUT_FORMAT', `gtt-${split}.jsonl: each line needs docid, doctext and templates`);
    }
    const docid = record.docid;
    return {
      docid,
      key: muc4DocKey(docid),
      text: record.doctext,
      templates: (record.templates as unknown[]).map((t, i) => parseTemplate(t, `gtt-${split}.jsonl ${docid} template ${i}`)),
      extracts: extractsById.get(docid) ?? emptyRoleFillers(),
    };
  });
}
