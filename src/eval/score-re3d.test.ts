import { describe, expect, it } from 'vitest';
import { extractSchema } from '../model/index.js';
import type { ExtractResult } from '../model/index.js';
import type { Re3dDocument } from './load-re3d.js';
import { mapToRe3d } from './map-re3d.js';
import { scoreRe3d } from './score-re3d.js';

const text = 'Daesh fought SDF-led units near Raqqa. ISIL, also called Daesh, lost.';
const gold: Re3dDocument = {
  id: 'd1', source: 't', title: '', text,
  entities: [
    { start: 0, end: 5, type: 'Organisation', value: 'Daesh', confidence: 1 },
    { start: 13, end: 26, type: 'Organisation', value: 'SDF-led units', confidence: 1 },
    { start: 32, end: 37, type: 'Location', value: 'Raqqa', confidence: 1 },
    { start: 32, end: 37, type: 'Location', value: 'Raqqa', confidence: 1 },
  ],
  relations: [
    { type: 'FightingAgainst', source: { start: 0, end: 5, text: 'Daesh' }, target: { start: 13, end: 26, text: 'SDF-led units' } },
    { type: 'FightingAgainst', source: { start: 13, end: 26, text: 'SDF-led units' }, target: { start: 0, end: 5, text: 'Daesh' } },
    { type: 'IsSynonymOf', source: { start: 39, end: 43, text: 'ISIL' }, target: { start: 57, end: 62, text: 'Daesh' } },
  ],
};

const span = (start: number, end: number): { start: number; end: number; text: string } => ({ start, end, text: text.slice(start, end) });

const result: ExtractResult = {
  schema: extractSchema, id: 'd1', published: null, incidents: [], diagnostics: [],
  entities: [
    { id: 'is', kind: 'armed_group', name: 'Islamic State', aliases: ['Daesh', 'ISIL'], mentions: [span(0, 5), span(39, 43), span(57, 62)] },
    { id: 'sdf', kind: 'armed_group', name: 'SDF', aliases: [], mentions: [span(13, 16)] },
    { id: 'raqqa', kind: 'location', name: 'Raqqa', aliases: [], mentions: [span(32, 37)] },
  ],
  claims: [
    { subject: 'sdf', predicate: 'rival_of', object: { entity: 'is' }, modality: 'asserted', confidence: 1, evidence: [], extractor: 't' },
  ],
};

describe('scoreRe3d', () => {
  const scores = scoreRe3d(new Map([['d1', mapToRe3d(result, text)]]), [gold]);

  it('scores entity spans exactly and leniently, per type', () => {
    // Organisation: Daesh@0 exact; "SDF" inside "SDF-led units" only overlaps; ISIL and Daesh@51 spurious.
    expect(scores.entities.exact.counts.Organisation).toEqual({ pNum: 1, pDen: 4, rNum: 1, rDen: 2 });
    expect(scores.entities.overlap.counts.Organisation).toEqual({ pNum: 2, pDen: 4, rNum: 2, rDen: 2 });
    expect(scores.entities.exact.counts.Location).toEqual({ pNum: 1, pDen: 1, rNum: 1, rDen: 1 });
  });

  it('matches symmetric relations either way round and counts gold both-direction pairs once', () => {
    expect(scores.relations.exact.counts.FightingAgainst).toEqual({ pNum: 0, pDen: 1, rNum: 0, rDen: 1 });
    expect(scores.relations.overlap.counts.FightingAgainst).toEqual({ pNum: 1, pDen: 1, rNum: 1, rDen: 1 });
    expect(scores.relations.exact.counts.IsSynonymOf).toEqual({ pNum: 0, pDen: 0, rNum: 0, rDen: 1 });
  });
});
