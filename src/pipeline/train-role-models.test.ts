import { describe, expect, it } from 'vitest';
import { trainingDocumentOf } from './train-role-models.js';

describe('trainingDocumentOf', () => {
  const record = {
    doctext: 'guerrillas attacked the farm. the guerrillas fled.',
    templates: [{ incident_type: 'attack', PerpInd: [[['guerrillas', 0]]], PerpOrg: [], Target: [[['farm', 24]]], Victim: [], Weapon: [] }],
  };

  it('marks every occurrence of a filler and keeps the gold fillers the reranker learns from', () => {
    const document = trainingDocumentOf(record);
    expect(document.spans).toEqual([
      { role: 'PerpInd', start: 0, end: 10 },
      { role: 'PerpInd', start: 34, end: 44 },
      { role: 'Target', start: 24, end: 28 },
    ]);
    // Without the gold fillers every reranker candidate would be a negative example.
    expect(document.entities).toEqual({ PerpInd: [['guerrillas']], Target: [['farm']] });
    expect(document.types).toEqual(['attack']);
  });

  it('marks only the annotated occurrence when asked', () => {
    expect(trainingDocumentOf(record, false).spans).toHaveLength(2);
  });
});
