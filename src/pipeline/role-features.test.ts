import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze-text.js';
import { tokenFeatures, triggerClass } from './role-features.js';
import { repairLabel, tagRoles } from './role-model.js';
import { goldLabels } from './train-role-models.js';

const text = 'urban guerrillas bombed the bank in lima. the weather was fine.';

describe('tokenFeatures', () => {
  const analyzed = analyzeText(text);
  const features = tokenFeatures(analyzed, undefined);

  it('gives every token its word, neighbours and the event words of its sentence', () => {
    expect(features).toHaveLength(analyzed.tokens.length);
    const bank = features[analyzed.tokens.findIndex((token) => token.lower === 'bank')]!;
    expect(bank).toEqual(expect.arrayContaining(['w=bank', 'w-1=the', 'w+1=in', 'st=bomb', 'tl=bomb|3', 'tlw=bombed']));
  });

  it('marks sentences without event words', () => {
    const weather = features[analyzed.tokens.findIndex((token) => token.lower === 'weather')]!;
    expect(weather).toContain('st=none');
    expect(weather.some((feature) => feature.startsWith('tl='))).toBe(false);
  });

  it('is deterministic', () => {
    expect(tokenFeatures(analyzeText(text), undefined)).toEqual(features);
  });
});

describe('role labels', () => {
  it('classes event words', () => {
    expect(triggerClass('kidnapped')).toBe('kidnap');
    expect(triggerClass('dynamite')).toBe('bomb');
    expect(triggerClass('bank')).toBeUndefined();
  });

  it('labels gold spans B/I over the tokens they cover, first span winning', () => {
    const analyzed = analyzeText(text);
    const labels = goldLabels(analyzed.tokens, [
      { role: 'PerpInd', start: 0, end: 16 },
      { role: 'Target', start: 28, end: 32 },
      { role: 'Victim', start: 6, end: 16 },
    ]);
    expect(labels.slice(0, 3)).toEqual(['B-PerpInd', 'I-PerpInd', 'O']);
    expect(labels[analyzed.tokens.findIndex((token) => token.lower === 'bank')]).toBe('B-Target');
  });

  it('repairs an I- label that starts a span', () => {
    expect(repairLabel('I-Target', 'O')).toBe('B-Target');
    expect(repairLabel('I-Target', 'B-Target')).toBe('I-Target');
  });

  it('decodes spans from tagger weights', () => {
    const analyzed = analyzeText(text);
    const model = { labels: ['O', 'B-Target', 'I-Target'], weights: { 'w=bank': [1, 5], b: [0, 1] } };
    const spans = tagRoles(analyzed, tokenFeatures(analyzed, undefined), model);
    expect(spans.map((span) => [span.role, span.text])).toEqual([['Target', 'bank']]);
    const unread = (sentence: number): boolean => sentence !== 0;
    expect(tagRoles(analyzed, tokenFeatures(analyzed, undefined, unread), model, 0, {}, unread)).toEqual([]);
  });
});
