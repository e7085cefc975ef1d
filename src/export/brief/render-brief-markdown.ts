// A brief as Markdown: the same facts as the HTML brief, charts as tables.
import type { Brief, BriefFact } from './brief-types.js';
import { areaRelation, cleanText, countText, factQualifiers, formatScore, incidentTypeText, levelText, linkableUrl, periodHeading, sourceRefs, sourceTitle, strengthWhen } from './format-brief-text.js';

/** Store text made inert in Markdown: on one line, with markup characters backslash-escaped. */
export function escapeMarkdown(text: string): string {
  return cleanText(text).replace(/[\\`*_{}[\]<>|#!~&]/g, '\\$&');
}

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`), ''];
}

function factLine(fact: BriefFact): string {
  const qualifiers = factQualifiers(fact).map(escapeMarkdown);
  const refs = sourceRefs(fact.sources);
  return `- ${escapeMarkdown(fact.label)}: **${escapeMarkdown(fact.value)}**${qualifiers.length > 0 ? ` (${qualifiers.join('; ')})` : ''}${refs === '' ? '' : ` ${refs}`}`;
}

/** Renders a brief as Markdown. */
export function renderBriefMarkdown(brief: Brief): string {
  const out: string[] = [`# ${escapeMarkdown(brief.title)}`, '', `_${escapeMarkdown(brief.subtitle)}_ · sitrep ${brief.kind} brief`, ''];
  out.push('## Key figures', '', ...brief.figures.map((f) => `- ${escapeMarkdown(f.label)}: **${escapeMarkdown(f.value)}**`), '');
  for (const section of brief.sections) {
    out.push(`## ${escapeMarkdown(section.title)}`, '', ...section.facts.map(factLine), '');
  }
  if (brief.kind === 'group') {
    out.push('## Strength estimates', '');
    if (brief.strength.length === 0) out.push('No estimate stored.', '');
    else out.push(...table(['as of', 'estimate', 'according to', 'modality', 'sources'], brief.strength.map((s) => [escapeMarkdown(strengthWhen(s)), escapeMarkdown(s.text), s.accordingTo.map(escapeMarkdown).join(', ') || '—', s.modality, sourceRefs(s.sources)])));
  }
  out.push(brief.kind === 'group' ? '## Areas of control and presence' : '## Areas groups are said to hold or be present in', '');
  if (brief.areas.length === 0) out.push('None stored.', '');
  else
    out.push(
      ...table(
        [...(brief.kind === 'country' ? ['group'] : []), 'place', 'relation', 'level', 'when', 'according to', 'sources'],
        brief.areas.map((a) => [...(brief.kind === 'country' ? [escapeMarkdown(a.group ?? '')] : []), escapeMarkdown(a.name), areaRelation(a), escapeMarkdown(levelText(a.level)), escapeMarkdown(a.when ?? '—'), a.accordingTo.map(escapeMarkdown).join(', ') || '—', sourceRefs(a.sources)]),
      ),
    );
  const period = periodHeading(brief);
  out.push(`## Incidents and deaths per ${period}`, '');
  if (brief.kind === 'group') out.push('Incidents the group claimed or was attributed.', '');
  if (brief.timeline.periods.length === 0) out.push('No dated incident.', '');
  else out.push(...table([period, 'incidents', 'deaths'], brief.timeline.periods.map((p) => [p.period, String(p.incidents), String(p.deaths)])));
  if (brief.timeline.undatedIncidents > 0) out.push(`Undated: ${brief.timeline.undatedIncidents} incident(s), ${brief.timeline.undatedDeaths} deaths.`, '');
  out.push('## Deadliest incidents', '');
  if (brief.deadliest.length === 0) out.push('No incident with deaths stored.', '');
  else out.push(...table(['date', 'type', 'place', 'killed', 'wounded', 'perpetrators', 'sources'], brief.deadliest.map((i) => [escapeMarkdown(i.date ?? 'undated'), incidentTypeText(i), escapeMarkdown(i.place ?? 'unknown place'), countText(i.killed), countText(i.wounded), i.perpetrators.map(escapeMarkdown).join('; ') || '—', sourceRefs(i.sources)])));
  if (brief.kind === 'country') {
    out.push('## Groups by attributed deaths', '');
    out.push(...table(['#', 'group', 'deaths', 'incidents', 'suspected deaths', 'suspected incidents'], brief.groups.map((g) => [g.rank === null ? '—' : String(g.rank), escapeMarkdown(g.name), String(g.deaths), String(g.incidents), String(g.suspectedDeaths), String(g.suspectedIncidents)])));
    out.push('## GTI-style score by year', '');
    if (brief.scores.length === 0) out.push('No terrorism incident counted.', '');
    else out.push(...table(['year', 'score (0–10)', 'weighted', 'incidents', 'deaths', 'injuries', 'hostages'], brief.scores.map((s) => [String(s.year), formatScore(s.score), s.weighted.toFixed(2), String(s.incidents), String(s.deaths), String(s.injuries), String(s.hostages)])));
  }
  out.push('## Sources', '');
  if (brief.sources.length === 0) out.push('No source cited.', '');
  for (const source of brief.sources) {
    const url = source.url === null ? null : linkableUrl(source.url);
    const parts = [`**${escapeMarkdown(sourceTitle(source))}**`, ...(source.published === null ? [] : [escapeMarkdown(source.published)]), ...(source.url === null ? [] : [url === null ? escapeMarkdown(source.url) : `<${url}>`])];
    out.push(`${source.number}. ${parts.join(', ')}`);
  }
  out.push('', '## Notes', '', ...brief.notes.map((n) => `- ${escapeMarkdown(n)}`), '');
  return out.join('\n');
}
