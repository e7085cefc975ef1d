import type { AnalyzedText } from './analyze-text.js';
import { mucClassOfDraft } from './filter-incident-drafts.js';
import type { IncidentDraft } from './find-incidents.js';
import type { DocEntity } from './link-entities.js';

// People named by what they are: the heads a passive agent of an attack has ("by unidentified gunmen", "by a group of terrorists").
const doers = '(?:men|women|individuals|persons|people|gunmen|guerrillas|terrorists|rebels|assailants|attackers|subversives|commandos|assassins|hitmen|killers|youths|soldiers|troops|criminals|bandits|extremists|insurgents|militants|suspects|strangers)';
// Words that end a noun phrase's modifiers: "by troops of the army" is read as "troops" only when nothing but modifiers precede the head.
const notModifiers = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'in', 'at', 'on', 'to', 'from', 'with', 'who', 'which', 'that', 'their', 'his', 'her', 'its', 'by', 'for', 'as']);
// A participle, up to five words, then "by" and the agent: "were shot to death last night by a group of terrorists".
const passiveAgent = new RegExp(
  `\\b(?:\\w+ed|shot|hit|struck|taken|blown|set|slain|stolen|seized|thrown) (?:[\\w,-]+ ){0,5}?by ((?:(?:a|an|the) )?(?:(?:group|band|gang|squad|commando|unit) of )?((?:[\\w-]+ ){0,3}?)${doers})\\b`,
  'gu',
);

const bare = (text: string): string => text.toLowerCase().replace(/^(?:a|an|the)\s+/u, '');

/**
 * Wire copy in one case: the tagger often misses the doers an incident sentence names only as a
 * passive agent ("two missionaries were shot by a group of terrorists"). An incident with no
 * individual perpetrator takes them from its own sentences, as suspected.
 */
export function addPassiveAgents(drafts: IncidentDraft[], analyzed: AnalyzedText): IncidentDraft[] {
  const created = new Map<string, DocEntity>();
  for (const draft of drafts) {
    if (!mucClassOfDraft(draft) || draft.perpetrators.some((perpetrator) => perpetrator.entity.kind === 'person')) continue;
    for (const index of [...new Set(draft.sentences)]) {
      const sentence = analyzed.sentences[index];
      if (!sentence) continue;
      for (const match of sentence.text.toLowerCase().matchAll(passiveAgent)) {
        const phrase = match[1] ?? '';
        if ((match[2] ?? '').split(/\s+/u).some((word) => notModifiers.has(word))) continue;
        const start = sentence.start + match.index + match[0].length - phrase.length;
        const text = analyzed.text.slice(start, start + phrase.length);
        const name = bare(text);
        if (draft.perpetrators.some((perpetrator) => bare(perpetrator.entity.name) === name)) continue;
        let entity = created.get(name);
        if (!entity) {
          entity = { key: `agent:${name}`, kind: 'person', name: text, aliases: [], mentions: [] };
          created.set(name, entity);
        }
        const evidence = { start, end: start + text.length, text };
        if (!entity.mentions.some((mention) => mention.start === start)) entity.mentions.push(evidence);
        draft.perpetrators.push({ entity, role: 'suspected', evidence });
      }
    }
  }
  return drafts;
}
