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

const plain = (text: string): string =>
  text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, '').replace(/\b(?:a|an|the)\b/gu, ' ').trim().split(/\s+/u).join(' ');

/** Whether one target phrase is another's head told again ("the car" of "the judge's car"). */
export function isHeadOf(longer: string, shorter: string): boolean {
  const whole = plain(longer);
  const head = plain(shorter);
  return head !== '' && whole !== head && whole.endsWith(` ${head}`);
}

type Victim = IncidentDraft['victims'][number];
const isThing = (victim: Victim): boolean => victim.count === undefined && victim.entity?.kind !== 'person' && !peopleCategories.has(victim.category);

/**
 * Wire copy in one case: a target told again by a shorter phrase is no second target. The bare word
 * "building" beside another named thing, and a phrase that is the head of another target of the same
 * incident ("the car" beside "the judge's car"), are dropped.
 */
export function dropAnaphoricTargets(drafts: IncidentDraft[]): IncidentDraft[] {
  for (const draft of drafts) {
    const named = draft.victims.some((victim) => isThing(victim) && !refersBack(victim.text));
    if (named) draft.victims = draft.victims.filter((victim) => !(isThing(victim) && refersBack(victim.text)));
    draft.victims = draft.victims.filter((victim) => !(isThing(victim) && draft.victims.some((other) => other !== victim && isThing(other) && isHeadOf(other.text, victim.text))));
  }
  return drafts;
}
