import type { IncidentDraft } from './find-incidents.js';

// A people, a population or the fighters of a side are no named victim ("the salvadoran people"); counted ones stay as casualty figures.
const collectiveHead = /\b(?:people|population|persons|civilians|residents|guerrillas|rebels|insurgents|subversives|terrorists|movements)$/u;

/** Whether a victim phrase names a collective by its head ("the salvadoran people"; "the people of the town" is headed by "people"). */
export function namesCollective(text: string): boolean {
  return collectiveHead.test(text.toLowerCase().split(/\s+(?:of|from|in|at|on|with)\s+/u)[0]!.trim());
}

/**
 * Wire copy in one case: MUC-style victims are people or groups one can name; a phrase for a whole
 * people or for a side's fighters, without a count, is dropped from the drafts' victims.
 */
export function dropCollectiveVictims(drafts: IncidentDraft[]): IncidentDraft[] {
  for (const draft of drafts) draft.victims = draft.victims.filter((victim) => victim.count !== undefined || !namesCollective(victim.text));
  return drafts;
}
