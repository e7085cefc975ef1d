import type { TargetCategory } from '../model/index.js';
import type { IncidentDraft } from './find-incidents.js';

// Categories of people; the other categories name things attacked (buildings, vehicles, lines).
const peopleCategories: ReadonlySet<TargetCategory> = new Set<TargetCategory>(['civilians', 'military', 'police', 'journalists', 'ngo', 'armed_group']);

// "The building" after a named target ("the hotel ... the building collapsed") is the same thing told again, not a second target.
const anaphoricThing = /^(?:the\s+|a\s+)?building$/u;

/** Whether a target phrase is a bare generic noun that refers back to a target named elsewhere. */
export function refersBack(text: string): boolean {
  return anaphoricThing.test(text.trim().toLowerCase());
}

/**
 * Wire copy in one case: a target read as the bare word "building" beside another named thing in the
 * same incident is that thing told again; it is dropped so it does not stand as a target of its own.
 */
export function dropAnaphoricTargets(drafts: IncidentDraft[]): IncidentDraft[] {
  for (const draft of drafts) {
    const isThing = (victim: IncidentDraft['victims'][number]): boolean => victim.count === undefined && victim.entity?.kind !== 'person' && !peopleCategories.has(victim.category);
    const named = draft.victims.some((victim) => isThing(victim) && !refersBack(victim.text));
    if (named) draft.victims = draft.victims.filter((victim) => !(isThing(victim) && refersBack(victim.text)));
  }
  return drafts;
}
