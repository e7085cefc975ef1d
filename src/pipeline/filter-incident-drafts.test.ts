import { describe, expect, it } from 'vitest';
import type { RoleModels } from '../knowledge/role-models-data.js';
import type { TemplateModel } from '../knowledge/template-model-data.js';
import type { IncidentType } from '../model/index.js';
import { analyzeText } from './analyze-text.js';
import { draftFeatures, draftItems, filterIncidentDrafts, keepDraft, mucClassOfDraft } from './filter-incident-drafts.js';
import type { IncidentDraft } from './find-incidents.js';
import type { DocEntity } from './link-entities.js';

function draft(type: IncidentType, sentence: number): IncidentDraft {
  return { type, suicide: false, sentences: [sentence], evidence: [], perpetrators: [], date: { precision: 'unknown' }, killed: {}, wounded: {}, captured: {}, perpetratorsKilled: {}, victims: [], weapons: [] };
}

const roleModels: RoleModels = { version: 1, tagger: { labels: ['O'], weights: {} }, types: {} };
// A hand-set decision: keep a draft told in its report's first sentence, doubt the others.
const model: TemplateModel = { version: 1, keep: { labels: ['drop', 'keep'], weights: { b: [1, -3], 's0=0': [1, 6] } }, fillerShare: 0.5, threshold: 0.2 };
const analyzed = analyzeText('guerrillas bombed the bank in lima. later, a bomb exploded at the bank. the talks went on.');
const input = { analyzed, roleModels, bodyStart: 0 };

describe('keepDraft', () => {
  it('weighs what a draft is expected to get right against the items it adds', () => {
    // 0.5 × (1 + 0.5 × 3) = 1.25 expected right items against 0.2 × 4 = 0.8.
    expect(keepDraft(0.5, 4, model)).toBe(true);
    expect(keepDraft(0.1, 4, model)).toBe(false);
    expect(keepDraft(0.25, 1, model)).toBe(true);
  });
});

describe('filterIncidentDrafts', () => {
  it('drops a doubtful draft and gives its participants to the kept draft of its class', () => {
    const first = draft('bombing_explosion', 0);
    const again = draft('bombing_explosion', 1);
    const guerrillas: DocEntity = { key: 'g', kind: 'armed_group', name: 'guerrillas', aliases: [], mentions: [] };
    again.perpetrators.push({ entity: guerrillas, role: 'suspected', evidence: { start: 0, end: 10, text: 'guerrillas' } });
    again.victims.push({ category: 'business', text: 'the bank' });
    again.weapons.push('bomb');
    const talks = draft('agreement', 2);
    const kept = filterIncidentDrafts([first, again, talks], input, model);
    expect(kept).toEqual([first, talks]);
    expect(first.perpetrators.map((perpetrator) => perpetrator.entity)).toEqual([guerrillas]);
    expect(first.victims.map((victim) => victim.text)).toEqual(['the bank']);
    expect(first.weapons).toEqual(['bomb']);
    expect(draftItems(first)).toBe(4);
  });

  it('reads no features of a draft of no MUC class', () => {
    const features = draftFeatures([draft('agreement', 2), draft('armed_clash', 0)], input);
    expect(features[0]).toEqual([]);
    expect(features[1]).toContain('t=attack');
  });
});

describe('mucClassOfDraft', () => {
  it('reads a facility attack by fire as arson', () => {
    const burned = draft('facility_attack', 0);
    expect(mucClassOfDraft(burned)).toBe('attack');
    burned.weapons.push('fire');
    expect(mucClassOfDraft(burned)).toBe('arson');
    expect(mucClassOfDraft(draft('raid_arrest', 0))).toBeUndefined();
  });
});
