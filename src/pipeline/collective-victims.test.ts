import { describe, expect, it } from 'vitest';
import { dropCollectiveVictims, namesCollective } from './collective-victims.js';
import type { IncidentDraft } from './find-incidents.js';

describe('dropCollectiveVictims', () => {
  it('reads a people or a side as a collective, a person or a trade as none', () => {
    expect(namesCollective('the salvadoran people')).toBe(true);
    expect(namesCollective('the people of the town')).toBe(true);
    expect(namesCollective('the mayor of the town')).toBe(false);
    expect(namesCollective('three peasants')).toBe(false);
  });

  it('drops uncounted collectives and keeps casualty figures', () => {
    const draft: IncidentDraft = {
      type: 'armed_assault', suicide: false, sentences: [0], evidence: [], perpetrators: [], date: { precision: 'unknown' },
      killed: {}, wounded: {}, captured: {}, perpetratorsKilled: {}, weapons: [],
      victims: [
        { category: 'civilians', text: 'the salvadoran people' },
        { category: 'civilians', text: 'four people', count: 4 },
        { category: 'civilians', text: 'a teacher' },
      ],
    };
    expect(dropCollectiveVictims([draft])[0]?.victims.map((victim) => victim.text)).toEqual(['four people', 'a teacher']);
  });
});
