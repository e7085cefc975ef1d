// JSON Lines of everything exported: one record per line, tagged with its kind.
import type { ExportData } from './load-export-data.js';

/** Every exported entity (with aliases), document, incident and claim as one JSON line each. */
export function toJsonl(data: ExportData): string {
  const lines: unknown[] = [{ kind: 'header', schema: 'sitrep.export/1' }];
  for (const entity of data.entities.values()) lines.push({ ...entity, entityKind: entity.kind, kind: 'entity', aliases: data.aliases.get(entity.id) ?? [] });
  for (const document of data.documents.values()) lines.push({ kind: 'document', ...document });
  for (const record of data.incidents) lines.push({ kind: 'incident', ...record.incident, perpetrators: record.perpetrators, documentIds: record.documentIds });
  for (const claim of data.claims) lines.push({ kind: 'claim', ...claim });
  return lines.map((line) => JSON.stringify(line)).join('\n') + '\n';
}
