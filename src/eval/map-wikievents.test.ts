import { describe, expect, it } from 'vitest';
import { extractSchema } from '../model/index.js';
import type { ExtractResult } from '../model/index.js';
import { mapToWikiArguments } from './map-wikievents.js';

const text = 'A bomb hit a market in Helmand Province. Helmand officials said Helmand was calm.';
const span = (phrase: string, from = 0): { start: number; end: number; text: string } => {
  const start = text.indexOf(phrase, from);
  return { start, end: start + phrase.length, text: phrase };
};

const result: ExtractResult = {
  schema: extractSchema, id: 'w1', published: null, claims: [], diagnostics: [],
  entities: [{ id: 'e1', kind: 'location', name: 'Helmand', aliases: [], level: 'admin1', mentions: [span('Helmand'), span('Helmand', 41), span('Helmand', 60)] }],
  incidents: [{
    id: 'i1', type: 'bombing_explosion', suicide: false, claimed: false, date: { precision: 'unknown' },
    location: { entity: 'e1', name: 'Helmand', level: 'admin1' }, perpetrators: [], targets: [], weapons: ['bomb'],
    killed: {}, wounded: {}, captured: {}, perpetrators_killed: {}, evidence: [span(text)], extractor: 't',
  }],
};

describe('mapToWikiArguments', () => {
  it('gives one place per incident, with the division word WikiEvents takes as its head', () => {
    const places = mapToWikiArguments(result, text).filter((a) => a.role === 'place');
    expect(places.map((a) => text.slice(a.start, a.end))).toEqual(['Helmand Province']);
  });

  it('maps weapons to instruments where the evidence names them', () => {
    const instruments = mapToWikiArguments(result, text).filter((a) => a.role === 'instrument');
    expect(instruments.map((a) => text.slice(a.start, a.end))).toEqual(['bomb']);
  });

  it('maps people hit without a count to victim and target, counted people to victim only', () => {
    const withTargets: ExtractResult = {
      ...result,
      incidents: result.incidents.map((incident) => ({
        ...incident,
        targets: [{ category: 'civilians', text: 'officials' }, { category: 'civilians', text: 'a market', count: 1 }],
      })),
    };
    const roles = mapToWikiArguments(withTargets, text).filter((a) => a.role === 'victim' || a.role === 'target');
    expect(roles.map((a) => `${a.role}:${text.slice(a.start, a.end)}`).sort()).toEqual(['target:officials', 'victim:a market', 'victim:officials']);
  });
});
