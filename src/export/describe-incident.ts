// Shared wording of incident exports: perpetrator names, summaries, country names.
import type { PerpetratorFact } from '../analytics/index.js';
import type { ExportData, ExportIncident } from './load-export-data.js';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** The English name of a country code (the code itself when unknown). */
export function countryName(code: string | null): string {
  if (code === null) return '';
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** The perpetrators of an incident by role, named, strongest role first. */
export function namedPerpetrators(record: ExportIncident, data: ExportData): (PerpetratorFact & { name: string })[] {
  const order = { claimed: 0, attributed: 1, suspected: 2, denied: 3 };
  return record.perpetrators
    .map((p) => ({ ...p, name: data.entities.get(p.entityId)?.canonicalName ?? `entity ${p.entityId}` }))
    .sort((a, b) => order[a.role] - order[b.role] || a.entityId - b.entityId);
}

/** A one-sentence summary of an incident from its fields. */
export function summarizeIncident(record: ExportIncident, data: ExportData): string {
  const { incident } = record;
  const who = namedPerpetrators(record, data).filter((p) => p.role !== 'denied').map((p) => `${p.name} (${p.role})`).join(', ');
  const figures = [incident.best.killed === null ? '' : `${incident.best.killed} killed`, incident.best.wounded === null ? '' : `${incident.best.wounded} wounded`, incident.best.captured === null ? '' : `${incident.best.captured} captured`].filter((f) => f !== '').join(', ');
  return `${incident.date.value ?? incident.date.earliest ?? 'Undated'}: ${incident.suicide ? 'suicide ' : ''}${incident.type.replace(/_/g, ' ')} in ${incident.location?.name ?? 'an unknown place'}${figures === '' ? '' : `; ${figures}`}${who === '' ? '' : `; perpetrators: ${who}`}.`;
}

/** The URLs (or titles) of the documents reporting an incident. */
export function sourcesOf(record: ExportIncident, data: ExportData): string[] {
  return record.documentIds.map((id) => {
    const document = data.documents.get(id);
    return document?.url ?? document?.title ?? `document ${id}`;
  });
}
