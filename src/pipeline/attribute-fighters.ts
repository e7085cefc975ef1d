import type { AnalyzedText } from './analyze-text.js';
import { mucClassOfDraft } from './filter-incident-drafts.js';
import type { IncidentDraft } from './find-incidents.js';
import type { DocEntity } from './link-entities.js';

// Fighters named by what they are, not by their group ("the guerrillas", "urban commandos", "terrorists").
const genericFighters = /\b(?:guerrillas?|rebels?|commandos?|terrorists?|insurgents?|subversives?)\b/u;

/**
 * A report that says "guerrillas attacked" names the group they belong to elsewhere: an incident whose
 * only perpetrators are generic fighters is attributed (as suspected) to the armed group named in its
 * own sentences, else to the report's only armed group. A group named once may be a misread word, so
 * only groups the report names at least twice count.
 */
export function attributeFighters(drafts: IncidentDraft[], entities: readonly DocEntity[], analyzed: AnalyzedText, bodyStart: number): IncidentDraft[] {
  const groups = entities.filter((entity) => entity.kind === 'armed_group' && entity.mentions.filter((mention) => mention.start >= bodyStart).length >= 2);
  if (!groups.length) return drafts;
  for (const draft of drafts) {
    if (!mucClassOfDraft(draft)) continue;
    if (draft.perpetrators.some((perpetrator) => perpetrator.entity.kind !== 'person')) continue;
    if (!draft.perpetrators.some((perpetrator) => genericFighters.test(perpetrator.entity.name.toLowerCase()))) continue;
    const spans = draft.sentences.map((index) => analyzed.sentences[index]).filter((sentence) => sentence !== undefined);
    const inIncident = (entity: DocEntity): boolean => entity.mentions.some((mention) => spans.some((sentence) => mention.start >= sentence.start && mention.end <= sentence.end));
    const told = groups.filter(inIncident);
    const group = told.length === 1 ? told[0] : groups.length === 1 ? groups[0] : undefined;
    if (!group) continue;
    const evidence = group.mentions.find((mention) => mention.start >= bodyStart && spans.some((sentence) => mention.start >= sentence.start && mention.end <= sentence.end)) ?? group.mentions.find((mention) => mention.start >= bodyStart);
    if (evidence) draft.perpetrators.push({ entity: group, role: 'suspected', evidence });
  }
  return drafts;
}
