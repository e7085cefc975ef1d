import { describe, expect, it } from 'vitest';
import { separateArson } from './separate-arson.js';
import { draftOf } from './test-support/incident-drafts.js';

describe('separateArson', () => {
  it('gives the burning and the things burned to an arson of its own', () => {
    const { draft, analyzed } = draftOf('guerrillas attacked the town and killed a peasant. they burned the mayor\'s office.', 'armed_assault', [0, 1]);
    draft.victims.push({ category: 'civilians', text: 'a peasant' }, { category: 'government', text: "the mayor's office" });
    const [attack, arson, ...rest] = separateArson([draft], analyzed);
    expect(rest).toEqual([]);
    expect(attack?.victims.map((victim) => victim.text)).toEqual(['a peasant']);
    expect(arson?.type).toBe('facility_attack');
    expect(arson?.weapons).toEqual(['fire']);
    expect(arson?.victims.map((victim) => victim.text)).toEqual(["the mayor's office"]);
    expect(arson?.sentences).toEqual([1]);
  });

  it('reads a facility attack that sets fire as an arson, and people burned to death as no arson', () => {
    const set = draftOf('the commando set fire to a grocery store.', 'facility_attack', [0]);
    expect(separateArson([set.draft], set.analyzed)).toEqual([set.draft]);
    expect(set.draft.weapons).toEqual(['fire']);
    const alive = draftOf('the soldiers killed two peasants and burned them to death.', 'armed_assault', [0]);
    expect(separateArson([alive.draft], alive.analyzed)).toEqual([alive.draft]);
  });

  it("leaves a bombing's own fire to the bombing", () => {
    const { draft, analyzed } = draftOf('a cargo plane was partially destroyed when a bomb exploded. its cockpit was burned when the bomb exploded.', 'bombing_explosion', [0, 1]);
    expect(separateArson([draft], analyzed)).toEqual([draft]);
    const apart = draftOf('a bomb exploded at the bank. later the attackers burned a bus.', 'bombing_explosion', [0, 1]);
    expect(separateArson([apart.draft], apart.analyzed).map((out) => out.type)).toEqual(['bombing_explosion', 'facility_attack']);
  });
});
