import { describe, expect, it } from 'vitest';
import type { RoleModels } from '../knowledge/role-models-data.js';
import type { IncidentType } from '../model/index.js';
import { addClassifiedIncident } from './add-classified-incident.js';
import { analyzeText } from './analyze-text.js';
import { sentenceEvidence } from './find-incidents.js';
import type { IncidentDraft } from './find-incidents.js';

function draft(type: IncidentType): IncidentDraft {
  return { type, suicide: false, sentences: [], evidence: [], perpetrators: [], date: { precision: 'unknown' }, killed: {}, wounded: {}, captured: {}, perpetratorsKilled: {}, victims: [], weapons: [] };
}

const yes = { labels: ['no', 'yes'], weights: { b: [1, 5] } };
const no = { labels: ['no', 'yes'], weights: { b: [0, 5] } };
const models = (any: typeof yes): RoleModels => ({ version: 1, tagger: { labels: ['O'], weights: {} }, types: { any, attack: { labels: ['no', 'yes'], weights: { b: [0, 2] } }, bombing: { labels: ['no', 'yes'], weights: { b: [0, 9] } } } });
const analyzed = analyzeText('the vessel was intercepted near the border. the pilot was killed and two men were taken away.');
const run = (drafts: IncidentDraft[], any: typeof yes) =>
  addClassifiedIncident(drafts, { analyzed, models: models(any), bodyStart: 0, newDraft: draft, evidence: (index) => sentenceEvidence(analyzed, analyzed.sentences[index]!, 0) });

describe('addClassifiedIncident', () => {
  it('adds a draft of the top class at its first event sentence when no rule triggered', () => {
    const drafts: IncidentDraft[] = [];
    const added = run(drafts, yes);
    expect(drafts).toEqual([added]);
    expect(added?.type).toBe('armed_assault');
    expect(added?.sentences).toEqual([1]);
  });

  it('adds nothing when the report reads as no incident or a MUC draft exists', () => {
    expect(run([], no)).toBeUndefined();
    const ruled = [draft('bombing_explosion')];
    expect(run(ruled, yes)).toBeUndefined();
    expect(ruled).toHaveLength(1);
  });
});
