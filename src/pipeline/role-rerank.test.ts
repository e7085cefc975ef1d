import { describe, expect, it } from 'vitest';
import type { RoleModels } from '../knowledge/role-models-data.js';
import type { IncidentType } from '../model/index.js';
import { analyzeText } from './analyze-text.js';
import { applyRoleModel } from './apply-role-model.js';
import type { IncidentDraft } from './find-incidents.js';
import { sentenceEvidence } from './find-incidents.js';
import { tokenFeatures } from './role-features.js';
import { tagLabels } from './role-model.js';
import { baseScores, decodeSpans, key, namesBomb, roleCandidates } from './role-rerank.js';

const label = (name: string): number => tagLabels.indexOf(name);
// A hand-set tagger: O scores 50 everywhere; "guerrillas" leans PerpInd, "bank" Target (below O unless decoding is permissive).
const tagger: RoleModels['tagger'] = { labels: tagLabels, weights: { b: [0, 50], 'w=guerrillas': [label('B-PerpInd'), 45], 'w=bank': [label('B-Target'), 15] } };
const text = 'urban guerrillas attacked the bank in la paz. the guerrillas fled.';

function draft(type: IncidentType): IncidentDraft {
  return { type, suicide: false, sentences: [], evidence: [], perpetrators: [], date: { precision: 'unknown' }, killed: {}, wounded: {}, captured: {}, perpetratorsKilled: {}, victims: [], weapons: [] };
}

describe('role candidates', () => {
  const analyzed = analyzeText(text);
  const features = tokenFeatures(analyzed, undefined);

  it('decodes one role at a time, more permissively as the bias on O falls', () => {
    const base = baseScores(features, tagger);
    const strict = decodeSpans(analyzed, base, tagger, 0, (name) => name.endsWith('Target'));
    const loose = decodeSpans(analyzed, base, tagger, -40, (name) => name.endsWith('Target'));
    expect(strict).toEqual([]);
    expect(loose.map((span) => span.text)).toEqual(['bank']);
    expect(loose[0]?.score).toBe(15 - 50);
  });

  it('groups the mentions of one string and describes them for the reranker', () => {
    const candidates = roleCandidates(analyzed, features, tagger, { bias: -14, boosts: {} }, 0);
    const guerrillas = candidates.find((candidate) => candidate.role === 'PerpInd' && candidate.key === 'guerrillas');
    expect(guerrillas?.mentions.map((mention) => mention.start)).toEqual([text.indexOf('guerrillas'), text.lastIndexOf('guerrillas')]);
    expect(guerrillas?.chosen).toBe(true);
    expect(guerrillas?.features).toEqual(expect.arrayContaining(['chosen', 'nm=2', 'h=guerrillas', 'fs=0', 'infirst']));
    const bank = candidates.find((candidate) => candidate.key === 'bank');
    expect(bank?.role).toBe('Target');
    expect(bank?.chosen).toBe(false);
  });

  it('keys strings as the scorer compares them', () => {
    expect(key('The "Santo Tomas" farm')).toBe('santo tomas farm');
  });
});

describe('applyRoleModel with a reranker', () => {
  const analyzed = analyzeText(text);
  const run = (rerank: RoleModels['rerank']): IncidentDraft[] => {
    const ruled = draft('armed_assault');
    ruled.sentences.push(0);
    ruled.weapons.push('rifle');
    return applyRoleModel([ruled], {
      analyzed,
      references: [],
      models: { version: 1, tagger, types: {}, ...(rerank ? { rerank } : {}) },
      bodyStart: 0,
      newDraft: draft,
      evidence: (index) => sentenceEvidence(analyzed, analyzed.sentences[index]!, 0),
    });
  };

  it('keeps the candidates the reranker accepts, whatever the tagger chose alone', () => {
    const [incident] = run({ Target: { labels: ['no', 'yes'], weights: { 'h=bank': [1, 50] } }, PerpInd: { labels: ['no', 'yes'], weights: { b: [1, 50] } } });
    expect(incident?.victims.map((victim) => victim.text)).toEqual(['bank']);
    expect(incident?.perpetrators.map((perpetrator) => perpetrator.entity.name)).toEqual(['guerrillas']);
    // The rules' weapons give way to the reranker's in one-case copy.
    expect(incident?.weapons).toEqual([]);
  });

  it('drops the candidates it rejects', () => {
    // Nothing accepted, no figures and no type read: the draft was an event word in passing.
    expect(run({ PerpInd: { labels: ['no', 'yes'], weights: { b: [1, -50] } } })).toEqual([]);
  });
});

describe('namesBomb', () => {
  it('reads a vehicle before "bomb" as the weapon, not a target', () => {
    const text = 'a car bomb and a bus-bomb hit the bus station; the car was empty.';
    expect(namesBomb(text, text.indexOf('car') + 3)).toBe(true);
    expect(namesBomb(text, text.indexOf('bus') + 3)).toBe(true);
    expect(namesBomb(text, text.indexOf('bus station') + 3)).toBe(false);
    expect(namesBomb(text, text.lastIndexOf('car') + 3)).toBe(false);
  });
});
