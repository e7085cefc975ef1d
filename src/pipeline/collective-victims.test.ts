import { describe, expect, it } from 'vitest';
import { dropCollectiveVictims, namesCollective } from './collective-victims.js';
import { emptyDraft } from './test-support/incident-drafts.js';

describe('dropCollectiveVictims', () => {
  it('reads a people or a side as a collective, a person or a trade as none', () => {
    expect(namesCollective('the salvadoran people')).toBe(true);
    expect(namesCollective('the people of the town')).toBe(true);
    expect(namesCollective('the mayor of the town')).toBe(false);
    expect(namesCollective('three peasants')).toBe(false);
  });

  it('drops uncounted collectives and keeps casualty figures', () => {
    const draft = emptyDraft('armed_assault', {
      victims: [
        { category: 'civilians', text: 'the salvadoran people' },
        { category: 'civilians', text: 'four people', count: 4 },
        { category: 'civilians', text: 'a teacher' },
      ],
    });
    expect(dropCollectiveVictims([draft])[0]?.victims.map((victim) => victim.text)).toEqual(['four people', 'a teacher']);
  });
});
