import { describe, expect, it } from 'vitest';
import { extractSchema } from '../model/index.js';
import type { ExtractResult, Incident } from '../model/index.js';
import { mapToMucExtracts, mapToMucTemplates } from './map-muc4.js';

const none = {};
const incident = (over: Partial<Incident>): Incident => ({
  id: 'i', type: 'bombing_explosion', suicide: false, claimed: false, date: { precision: 'unknown' }, location: null,
  perpetrators: [], targets: [], weapons: [], killed: none, wounded: none, captured: none, perpetrators_killed: none,
  evidence: [], extractor: 't', ...over,
});

describe('mapToMucTemplates', () => {
  const result: ExtractResult = {
    schema: extractSchema, id: 'd', published: null, claims: [], diagnostics: [],
    entities: [
      { id: 'fmln', kind: 'armed_group', name: 'Farabundo Marti National Liberation Front', aliases: ['FMLN'], mentions: [{ start: 0, end: 4, text: 'fmln' }] },
      { id: 'p', kind: 'person', name: 'Juan Perez', aliases: [] },
    ],
    incidents: [
      incident({
        perpetrators: [{ entity: 'fmln', role: 'claimed' }, { entity: 'p', role: 'suspected' }],
        targets: [{ category: 'infrastructure', text: 'power substation' }, { category: 'civilians', text: 'two peasants' }, { category: 'civilians', text: 'four people', count: 4 }],
        weapons: ['dynamite', 'firearm', 'charge', 'dynamite charge'],
        evidence: [{ start: 0, end: 68, text: 'fmln guerrillas blew up the substation with a dynamite charge' }],
      }),
      incident({ id: 'j', type: 'hostage_kidnapping', targets: [{ category: 'government', text: 'the mayor' }] }),
      incident({ id: 'k', type: 'agreement' }),
    ],
  };

  it('maps types and roles, with group names as mentioned in the text', () => {
    const [bombing, kidnapping, ...rest] = mapToMucTemplates(result);
    expect(rest).toEqual([]);
    expect(bombing?.incident_type).toBe('bombing');
    expect(bombing?.roles.PerpOrg).toEqual([['fmln']]);
    expect(bombing?.roles.PerpInd).toEqual([['Juan Perez']]);
    expect(bombing?.roles.Target).toEqual([['power substation']]);
    expect(bombing?.roles.Victim).toEqual([['two peasants']]);
    expect(bombing?.roles.Weapon).toEqual([['dynamite charge']]);
    expect(kidnapping?.incident_type).toBe('kidnapping');
  });

  it('keeps only weapons the evidence says verbatim, once each, and no casualty figures', () => {
    const [bombing] = mapToMucTemplates(result);
    expect(bombing?.roles.Weapon.flat()).not.toContain('firearm');
    expect(bombing?.roles.Victim.flat()).not.toContain('four people');
  });

  it('maps a facility attack by fire to arson, its fire no weapon', () => {
    const burned = { ...result, incidents: [incident({ type: 'facility_attack', weapons: ['fire'], targets: [{ category: 'business', text: 'grocery store' }], evidence: [{ start: 0, end: 40, text: 'the commando set fire to a grocery store' }] })] };
    const [arson] = mapToMucTemplates(burned);
    expect(arson?.incident_type).toBe('arson');
    expect(arson?.roles.Target).toEqual([['grocery store']]);
    expect(arson?.roles.Weapon).toEqual([]);
  });

  it('names a victim without a leading title, as MUC-4 fills it', () => {
    const titled: ExtractResult = {
      ...result,
      entities: [],
      incidents: [incident({ type: 'assassination', targets: [{ category: 'civilians', text: 'Governor Antonio Roldan Betancur' }, { category: 'civilians', text: 'General Ochoa' }] })],
    };
    // "General Ochoa" keeps its title: one word would be left.
    expect(mapToMucTemplates(titled)[0]?.roles.Victim).toEqual([['Antonio Roldan Betancur'], ['General Ochoa']]);
  });

  it('merges templates into one GRIT role set', () => {
    expect(mapToMucExtracts(result).Target).toEqual([['power substation'], ['the mayor']]);
  });
});
