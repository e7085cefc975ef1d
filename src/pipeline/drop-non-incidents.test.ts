import { describe, expect, it } from 'vitest';
import { dropNonIncidents } from './drop-non-incidents.js';
import { draftOf } from './test-support/incident-drafts.js';

describe('dropNonIncidents', () => {
  it('drops an incident every sentence of which says the report is untrue', () => {
    const unfounded = draftOf('the report that a consul was wounded by gunfire is absolutely unfounded. she is safe.', 'armed_assault', [0]);
    expect(dropNonIncidents([unfounded.draft], unfounded.analyzed)).toEqual([]);
    const denied = draftOf('the navy denied that rebels had bombed the port.', 'bombing_explosion', [0]);
    expect(dropNonIncidents([denied.draft], denied.analyzed)).toEqual([]);
  });

  it('keeps an incident also told without denial, and a denial of responsibility', () => {
    const told = draftOf('the army denied that rebels attacked the farm. rebels attacked a bus near the farm and killed two peasants.', 'armed_assault', [0, 1]);
    expect(dropNonIncidents([told.draft], told.analyzed)).toEqual([told.draft]);
    const responsibility = draftOf('the rebels neither claimed nor denied responsibility for the attack.', 'armed_assault', [0]);
    expect(dropNonIncidents([responsibility.draft], responsibility.analyzed)).toEqual([responsibility.draft]);
  });

  it('leaves drafts of no MUC class alone', () => {
    const arrest = draftOf('the police denied that they had arrested the mayor.', 'raid_arrest', [0]);
    expect(dropNonIncidents([arrest.draft], arrest.analyzed)).toEqual([arrest.draft]);
  });
});
