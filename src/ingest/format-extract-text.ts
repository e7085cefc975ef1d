import type { Claim, Count, ExtractedEntity, ExtractResult, Incident } from '../model/index.js';

/** A readable summary of one extract result: incidents and group facts, each with its evidence. */
export function formatExtractText(result: ExtractResult): string {
  const names = new Map<string, ExtractedEntity>(result.entities.map((entity) => [entity.id, entity]));
  const name = (id: string): string => names.get(id)?.name ?? id;
  const lines: string[] = [`== ${result.id}${result.published ? ` (${result.published})` : ''}${result.title ? ` — ${result.title}` : ''}`];
  for (const diagnostic of result.diagnostics) lines.push(`  ! ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`);
  if (result.incidents.length === 0 && result.claims.length === 0 && result.diagnostics.length === 0) lines.push('  (nothing found)');
  for (const incident of result.incidents) lines.push(...formatIncident(incident, name));
  const facts = result.claims.filter((claim) => claim.predicate !== 'claimed_responsibility_for' && claim.predicate !== 'perpetrated');
  if (facts.length) lines.push('  Group facts:');
  for (const claim of facts) lines.push(...formatClaim(claim, name));
  return `${lines.join('\n')}\n\n`;
}

function formatIncident(incident: Incident, name: (id: string) => string): string[] {
  const where = incident.location ? `${incident.location.name} (${incident.location.level}${incident.location.country ? `, ${incident.location.country}` : ''})` : 'place unknown';
  const when = incident.date.value ?? (incident.date.latest ? `on or before ${incident.date.latest}` : 'date unknown');
  const who = incident.perpetrators.map((perpetrator) => `${name(perpetrator.entity)} (${perpetrator.role})`).join(', ') || 'perpetrator unknown';
  const figures = [count('killed', incident.killed), count('wounded', incident.wounded), count('captured', incident.captured), count('attackers killed', incident.perpetrators_killed)].filter(Boolean).join(', ');
  const lines = [`  Incident ${incident.id}: ${incident.type.replace(/_/gu, ' ')}${incident.suicide ? ', suicide' : ''} — ${where}, ${when}`, `    by ${who}${figures ? `; ${figures}` : ''}`];
  if (incident.targets.length) lines.push(`    targets: ${incident.targets.map((target) => `${target.text} [${target.category}${target.nationality ? `, ${target.nationality}` : ''}]`).join('; ')}`);
  for (const evidence of incident.evidence) lines.push(`    “${oneLine(evidence.text)}”`);
  return lines;
}

function formatClaim(claim: Claim, name: (id: string) => string): string[] {
  const object = claim.object;
  const value =
    'entity' in object
      ? name(object.entity)
      : 'incident' in object
        ? `incident ${object.incident}`
        : 'quantity' in object
          ? `${object.quantity.min ?? '?'}–${object.quantity.max ?? '?'}${object.quantity.unit ? ` ${object.quantity.unit}` : ''}`
          : 'text' in object
            ? `“${object.text}”`
            : `${object.date} (${object.precision})`;
  const source = claim.according_to?.length ? ` — according to ${claim.according_to.map(name).join(', ')}` : '';
  const evidence = claim.evidence[0];
  return [`    ${name(claim.subject)} ${claim.predicate.replace(/_/gu, ' ')} ${value}${source} [${claim.modality}]`, ...(evidence ? [`      “${oneLine(evidence.text)}”`] : [])];
}

function count(label: string, value: Count): string {
  if (value.min === undefined && value.max === undefined) return '';
  if (value.min !== undefined && value.max !== undefined && value.max !== value.min) return `${label} ${value.min}–${value.max}`;
  return `${label} ${value.best ?? value.min ?? value.max}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
