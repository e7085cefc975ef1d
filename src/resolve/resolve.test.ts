import { describe, expect, it } from 'vitest';
import type { ExtractedEntity } from '../model/index.js';
import { linkEntity, matchIncident, reconcileFigures, type EntityCandidate, type IncidentFacts } from './index.js';

const group = (id: number, knownId: string | null = null): EntityCandidate => ({ id, kind: 'armed_group', country: null, geonamesId: null, knownId });
const entity = (name: string, aliases: string[] = [], knownId?: string): ExtractedEntity => ({ id: 'e1', kind: 'armed_group', name, aliases, ...(knownId ? { knownId } : {}) });

describe('linkEntity', () => {
  it('links by dictionary key first', () => {
    expect(linkEntity(entity('ISKP', [], 'grp:iskp'), { byKnownId: [group(7, 'grp:iskp')], byName: new Map() })).toEqual({ action: 'link', entityId: 7, via: 'knownId' });
  });
  it('never links on a name two stored groups share, and proposes both', () => {
    const link = linkEntity(entity('Taliban'), { byKnownId: [], byName: new Map([['taliban', [group(1), group(2)]]]) });
    expect(link.action).toBe('create');
    expect(link.action === 'create' && link.proposals.map((p) => p.entityId)).toEqual([1, 2]);
  });
  it('never links on a short or ambiguous alias alone', () => {
    const link = linkEntity(entity('IS'), { byKnownId: [], byName: new Map([['is', [group(3)]]]) });
    expect(link).toMatchObject({ action: 'create', proposals: [{ entityId: 3 }] });
  });
  it('keeps two dictionary entries apart whatever names they share', () => {
    const link = linkEntity(entity('Islamic State', [], 'grp:is'), { byKnownId: [], byName: new Map([['islamic state', [group(4, 'grp:iskp')]]]) });
    expect(link).toEqual({ action: 'create', proposals: [] });
  });
  it('links a place by its GeoNames id even when its name is ambiguous, and never across ids', () => {
    const place = (id: number, geonamesId: number | null): EntityCandidate => ({ id, kind: 'location', country: 'IQ', geonamesId, knownId: null });
    const iraq: ExtractedEntity = { id: 'e1', kind: 'location', name: 'Iraq', aliases: [], country: 'IQ', geonamesId: 99237 };
    const ambiguous = { isAmbiguous: (name: string) => name === 'iraq' };
    expect(linkEntity(iraq, { byKnownId: [], byName: new Map([['iraq', [place(9, 99237), place(4, 99237)]]]) }, ambiguous)).toEqual({ action: 'link', entityId: 4, via: 'geonamesId' });
    expect(linkEntity(iraq, { byKnownId: [], byName: new Map([['iraq', [place(5, 12345)]]]) }, ambiguous)).toEqual({ action: 'create', proposals: [] });
  });
  it('links a country by its ISO code when neither side has a GeoNames id', () => {
    const kenya: ExtractedEntity = { id: 'e1', kind: 'location', name: 'Kenya', aliases: [], level: 'country', country: 'KE' };
    const stored = (id: number, level: string, country: string): EntityCandidate => ({ id, kind: 'location', country, geonamesId: null, knownId: null, level });
    const ambiguous = { isAmbiguous: () => true };
    expect(linkEntity(kenya, { byKnownId: [], byName: new Map([['kenya', [stored(3, 'country', 'KE')]]]) }, ambiguous)).toMatchObject({ action: 'link', entityId: 3 });
    expect(linkEntity(kenya, { byKnownId: [], byName: new Map([['kenya', [stored(3, 'city', 'KE')]]]) }, ambiguous).action).toBe('create');
  });
  it('links a unique unambiguous name', () => {
    expect(linkEntity(entity('Boko Haram'), { byKnownId: [], byName: new Map([['boko haram', [group(5)]]]) })).toMatchObject({ action: 'link', entityId: 5 });
  });
});

describe('matchIncident', () => {
  const base: IncidentFacts = {
    type: 'bombing_explosion',
    date: { value: '2021-03-10', precision: 'day' },
    location: { name: 'Jalalabad', level: 'city', country: 'AF', admin1: 'AF.18', geonamesId: 1139715 },
    perpetrators: [],
  };
  it('links the same bombing a day later in the same city', () => {
    expect(matchIncident({ ...base, date: { value: '2021-03-11', precision: 'day' } }, [{ ...base, id: 1 }]).action).toBe('link');
  });
  it('keeps apart events two days apart, in other cities, or with conflicting perpetrators', () => {
    expect(matchIncident({ ...base, date: { value: '2021-03-13', precision: 'day' } }, [{ ...base, id: 1 }]).action).toBe('create');
    expect(matchIncident({ ...base, location: { ...base.location!, name: 'Kabul', geonamesId: 1 } }, [{ ...base, id: 1 }]).action).toBe('create');
    expect(matchIncident({ ...base, perpetrators: [1] }, [{ ...base, id: 1, perpetrators: [2] }]).action).toBe('create');
    expect(matchIncident({ ...base, type: 'air_strike' }, [{ ...base, id: 1 }]).action).toBe('create');
  });
});

describe('reconcileFigures', () => {
  it('takes the largest conservative figure and shows the range', () => {
    const r = reconcileFigures([5, 9, 12].map((n, i) => ({ documentId: i, reportedOn: null, killed: { min: n, max: n, best: n }, wounded: {}, captured: {}, perpetrators_killed: {} })));
    expect(r.killed).toEqual({ best: 12, min: 5, max: 12, reports: 3, conflicting: true });
    expect(r.wounded.best).toBeNull();
  });
});
