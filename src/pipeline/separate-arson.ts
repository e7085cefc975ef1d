import type { AnalyzedText } from './analyze-text.js';
import { mucClassOfDraft } from './filter-incident-drafts.js';
import type { IncidentDraft } from './find-incidents.js';

// Setting fire to a thing, not people burned to death.
const burning = /\bset (?:fire|ablaze)\b|\bset\b[^.]{0,60}\b(?:on fire|ablaze)\b|\b(?:burn(?:ed|t|ing)|torch(?:ed|ing)|arson|incendiary)\b/u;
const burnedPeople = /\bburn(?:ed|t|ing)?\s+(?:\w+\s+){0,2}(?:to death|alive)\b/u;
const blast = /\b(?:bomb\w*|explo\w*|dynamite|grenades?|incendiary)\b/u;
const peopleCategories = new Set(['civilians', 'military', 'police', 'journalists', 'ngo', 'armed_group']);

function tellsOfBurning(text: string): boolean {
  const lower = text.toLowerCase();
  return burning.test(lower) && !burnedPeople.test(lower);
}

/**
 * Wire copy in one case: an attack told with "they burned the offices" is two incidents, the
 * attack and an arson. A facility attack whose trigger sentence burns is an arson (fire is its
 * means); an attack or bombing with burning sentences gives them, and the things named in them,
 * to an arson of the same perpetrators, unless the sentence burns by the bombing's own blast.
 */
export function separateArson(drafts: IncidentDraft[], analyzed: AnalyzedText): IncidentDraft[] {
  const out: IncidentDraft[] = [];
  for (const draft of drafts) {
    out.push(draft);
    const muc = mucClassOfDraft(draft);
    if (muc !== 'attack' && muc !== 'bombing') continue;
    const trigger = analyzed.sentences[draft.sentences[0] ?? -1];
    if (draft.type === 'facility_attack' && trigger && tellsOfBurning(trigger.text)) {
      if (!draft.weapons.includes('fire')) draft.weapons.push('fire');
      continue;
    }
    // A bombing's fire told with its blast ("burned when a bomb exploded", "an incendiary bomb") is the bombing's, not an arson.
    const burned = draft.evidence.filter((span) => tellsOfBurning(span.text) && !(muc === 'bombing' && blast.test(span.text.toLowerCase())));
    if (!burned.length) continue;
    const said = burned.map((span) => span.text.toLowerCase()).join('\n');
    const things = draft.victims.filter((victim) => victim.count === undefined && !peopleCategories.has(victim.category) && said.includes(victim.text.toLowerCase()));
    draft.victims = draft.victims.filter((victim) => !things.includes(victim));
    out.push({
      ...draft,
      type: 'facility_attack',
      sentences: analyzed.sentences.filter((sentence) => burned.some((span) => span.start >= sentence.start && span.end <= sentence.end)).map((sentence) => sentence.index),
      evidence: burned,
      perpetrators: [...draft.perpetrators],
      victims: things,
      weapons: ['fire'],
      killed: {},
      wounded: {},
      captured: {},
      perpetratorsKilled: {},
    });
  }
  return out;
}
