import { describe, expect, it } from 'vitest';
import type { IncidentDraft } from './find-incidents.js';
import { addPassiveAgents } from './passive-agents.js';
import { draftOf } from './test-support/incident-drafts.js';

const names = (draft: IncidentDraft): string[] => draft.perpetrators.map((perpetrator) => perpetrator.entity.name);

describe('addPassiveAgents', () => {
  it('takes the doers an incident sentence names as a passive agent, with exact evidence', () => {
    const text = 'two teachers were shot to death last night by a group of terrorists from the north.';
    const { draft, analyzed } = draftOf(text, 'armed_assault');
    addPassiveAgents([draft], analyzed);
    expect(names(draft)).toEqual(['a group of terrorists']);
    const evidence = draft.perpetrators[0]!.evidence;
    expect(text.slice(evidence.start, evidence.end)).toBe('a group of terrorists');
    const gunned = draftOf('the judge was gunned down in her car by three heavily armed men.', 'armed_assault');
    addPassiveAgents([gunned.draft], gunned.analyzed);
    expect(names(gunned.draft)).toEqual(['three heavily armed men']);
  });

  it('reads no agent across a phrase boundary, and leaves incidents with an individual perpetrator alone', () => {
    const across = draftOf('the bridge was destroyed by order of the commander of the troops.', 'bombing_explosion');
    addPassiveAgents([across.draft], across.analyzed);
    expect(names(across.draft)).toEqual([]);
    const known = draftOf('the mayor was kidnapped by rebels.', 'hostage_kidnapping');
    known.draft.perpetrators.push({ entity: { key: 'p', kind: 'person', name: 'a gunman', aliases: [], mentions: [] }, role: 'suspected', evidence: known.draft.evidence[0]! });
    addPassiveAgents([known.draft], known.analyzed);
    expect(names(known.draft)).toEqual(['a gunman']);
  });
});
