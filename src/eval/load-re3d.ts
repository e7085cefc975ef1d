import { readdirSync } from 'node:fs';
import path from 'node:path';
import { isDirectory, readJsonLines, requirePath } from './read-data-file.js';

/** A gold span of a re3d document. */
export interface Re3dEntity {
  start: number;
  end: number;
  type: string;
  value: string;
  confidence: number;
}

/** A gold relation between two spans. */
export interface Re3dRelation {
  type: string;
  source: { start: number; end: number; text: string };
  target: { start: number; end: number; text: string };
}

/** One re3d document with its gold annotations. */
export interface Re3dDocument {
  id: string;
  source: string;
  title: string;
  text: string;
  entities: Re3dEntity[];
  relations: Re3dRelation[];
}

interface RawDocument {
  _id: string;
  sourceName?: string;
  title?: string;
  text: string;
}

/** Offsets in the files occasionally disagree with the text (a few by a character or two); find the value nearby. */
function realign(text: string, start: number, end: number, value: string): { start: number; end: number } {
  if (text.slice(start, end) === value) return { start, end };
  for (let d = 1; d <= 10; d++) {
    for (const s of [start - d, start + d]) if (s >= 0 && text.slice(s, s + value.length) === value) return { start: s, end: s + value.length };
  }
  return { start, end };
}

/** Load every source folder of `<dataRoot>/re3d` (documents.json, entities.json, relations.json: JSON lines with a BOM). */
export function loadRe3d(dataRoot: string): Re3dDocument[] {
  const root = requirePath(path.join(dataRoot, 're3d'), 're3d data (re3d/)');
  const docs: Re3dDocument[] = [];
  for (const folder of readdirSync(root).sort()) {
    const dir = path.join(root, folder);
    if (!isDirectory(dir)) continue;
    const byId = new Map<string, Re3dDocument>();
    for (const raw of readJsonLines(path.join(dir, 'documents.json'), `re3d ${folder} documents`) as RawDocument[]) {
      const doc: Re3dDocument = { id: raw._id, source: raw.sourceName ?? folder, title: raw.title ?? '', text: raw.text, entities: [], relations: [] };
      byId.set(doc.id, doc);
      docs.push(doc);
    }
    type RawEntity = { begin: number; end: number; type: string; value: string; documentId: string; confidence?: number };
    for (const raw of readJsonLines(path.join(dir, 'entities.json'), `re3d ${folder} entities`) as RawEntity[]) {
      const doc = byId.get(raw.documentId);
      if (!doc) continue;
      const span = realign(doc.text, raw.begin, raw.end, raw.value);
      doc.entities.push({ ...span, type: raw.type, value: raw.value, confidence: raw.confidence ?? 1 });
    }
    type RawRelation = { type: string; documentId: string; sourceBegin: number; sourceEnd: number; source: string; targetBegin: number; targetEnd: number; target: string };
    for (const raw of readJsonLines(path.join(dir, 'relations.json'), `re3d ${folder} relations`) as RawRelation[]) {
      const doc = byId.get(raw.documentId);
      if (!doc) continue;
      doc.relations.push({
        type: raw.type,
        source: { ...realign(doc.text, raw.sourceBegin, raw.sourceEnd, raw.source), text: raw.source },
        target: { ...realign(doc.text, raw.targetBegin, raw.targetEnd, raw.target), text: raw.target },
      });
    }
  }
  return docs;
}
