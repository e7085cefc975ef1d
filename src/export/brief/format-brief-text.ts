// The wording both brief renderers share, so markdown and HTML print the same
// strings, and the list of those strings the tests check both carry.
import type { Brief, BriefArea, BriefFact, BriefIncident, BriefSource, BriefStrength } from './brief-types.js';

/** Store text on one line: whitespace runs and control characters become one space. */
export function cleanText(text: string): string {
  return text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** A GTI-style score as briefs print it. */
export function formatScore(score: number): string {
  return score.toFixed(2);
}

/** "[1, 3]", or '' when nothing is cited. */
export function sourceRefs(numbers: readonly number[]): string {
  return numbers.length === 0 ? '' : `[${numbers.join(', ')}]`;
}

/** The qualifiers after a fact: when, according to whom, modality, non-document origins. */
export function factQualifiers(fact: Pick<BriefFact, 'when' | 'accordingTo' | 'modalities' | 'origins'>): string[] {
  const parts: string[] = [];
  if (fact.when !== null) parts.push(cleanText(fact.when));
  if (fact.accordingTo.length > 0) parts.push(`according to ${fact.accordingTo.map(cleanText).join(', ')}`);
  if (fact.modalities.length > 0) parts.push(fact.modalities.join(', '));
  if (fact.origins.length > 0) parts.push(`from ${fact.origins.map(cleanText).join(', ')}`);
  return parts;
}

/** How an area relation reads. */
export function areaRelation(area: Pick<BriefArea, 'relation'>): string {
  return area.relation === 'controls' ? 'controls' : area.relation === 'present_in' ? 'present in' : 'based in';
}

/** The precision of an area as the legend and tables name it. */
export function levelText(level: string | null): string {
  switch (level) {
    case 'admin1':
      return 'province (admin1)';
    case 'admin2':
      return 'district (admin2)';
    case null:
      return 'unknown level';
    default:
      return level;
  }
}

/** "500–3000 fighters" with its date. */
export function strengthWhen(strength: BriefStrength): string {
  return strength.asOf === null ? 'undated' : `as of ${strength.asOf}`;
}

/** An incident's type as a table prints it. */
export function incidentTypeText(incident: Pick<BriefIncident, 'type' | 'suicide'>): string {
  return `${incident.suicide ? 'suicide ' : ''}${incident.type.replace(/_/g, ' ')}`;
}

/** A count, or "unknown" when not reported. */
export function countText(value: number | null): string {
  return value === null ? 'unknown' : String(value);
}

/** The name a source is listed by: its title, else its source id, else its store id. */
export function sourceTitle(source: BriefSource): string {
  return cleanText(source.title ?? source.sourceId ?? `document ${source.documentId}`);
}

/** A URL safe to link: http(s) only, no whitespace or angle brackets. */
export function linkableUrl(url: string | null): string | null {
  if (url === null) return null;
  return /^https?:\/\/[^\s<>"'`]+$/i.test(url) ? url : null;
}

/** Headings of the timeline table and charts. */
export function periodHeading(brief: Pick<Brief, 'timeline'>): string {
  return brief.timeline.granularity === 'month' ? 'month' : 'year';
}

/**
 * Every string a brief's renderings must carry: names, values, dates, figures,
 * table cells and sources. The markdown and HTML renderers print each of these
 * verbatim (after their own escaping).
 */
export function briefFacts(brief: Brief): string[] {
  const facts: string[] = [brief.title, brief.subtitle];
  for (const figure of brief.figures) facts.push(figure.label, figure.value);
  for (const section of brief.sections) {
    facts.push(section.title);
    for (const fact of section.facts) facts.push(fact.label, fact.value, ...factQualifiers(fact), sourceRefs(fact.sources));
  }
  for (const strength of brief.strength) facts.push(strength.text, strengthWhen(strength), ...strength.accordingTo, sourceRefs(strength.sources));
  for (const area of brief.areas) facts.push(area.name, areaRelation(area), levelText(area.level), ...(area.group === undefined ? [] : [area.group]), ...(area.when === null ? [] : [area.when]), sourceRefs(area.sources));
  for (const period of brief.timeline.periods) facts.push(period.period, String(period.incidents), String(period.deaths));
  for (const incident of brief.deadliest) facts.push(incident.date ?? 'undated', incidentTypeText(incident), incident.place ?? 'unknown place', countText(incident.killed), countText(incident.wounded), ...incident.perpetrators, sourceRefs(incident.sources));
  for (const row of brief.groups) facts.push(row.name, String(row.deaths), String(row.incidents));
  for (const score of brief.scores) facts.push(String(score.year), formatScore(score.score));
  for (const source of brief.sources) facts.push(sourceTitle(source), ...(source.published === null ? [] : [source.published]), ...(source.url === null ? [] : [cleanText(source.url)]));
  facts.push(...brief.notes);
  return [...new Set(facts.map(cleanText).filter((f) => f !== ''))];
}
