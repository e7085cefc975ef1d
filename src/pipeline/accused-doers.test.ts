import { describe, expect, it } from 'vitest';
import { accusedDoers, addAccusedDoers } from './accused-doers.js';
import { analyzeText } from './analyze-text.js';
import type { IncidentDraft } from './find-incidents.js';
import { emptyDraft } from './test-support/incident-drafts.js';

const draftAt = (type: IncidentDraft['type'], sentence: number): IncidentDraft => emptyDraft(type, { sentences: [sentence] });

describe('accusedDoers', () => {
  it('reads the people a sentence names as accused of a crime', () => {
    expect(accusedDoers('the trial of the soldiers accused of murdering the two teachers began.').map((d) => d.text)).toEqual(['soldiers']);
    expect(accusedDoers('the arrest of 12 soldiers and 3 officers for killing four farmers').map((d) => d.text)).toEqual(['12 soldiers', '3 officers']);
    expect(accusedDoers('colonel pedro ramos, accused of ordering the murder of the judge').map((d) => d.text)).toEqual(['colonel pedro ramos']);
    expect(accusedDoers('three men suspected of kidnapping the engineer were freed.')).toEqual([{ text: 'three men', start: 0, mucClass: 'kidnapping' }]);
  });

  it('reads no doer where nobody is accused of a crime', () => {
    expect(accusedDoers('the soldiers accused the rebels of lying.')).toEqual([]);
    expect(accusedDoers('two officers were charged with fraud.')).toEqual([]);
    expect(accusedDoers('the colonel and two lieutenants met the press.')).toEqual([]);
  });

  it('adds the accused to the nearest incident of the crime’s class, keeping offsets exact', () => {
    const text = 'gunmen killed four farmers in a village. a bomb exploded at a bank. the judge heard the soldiers accused of killing the farmers.';
    const analyzed = analyzeText(text);
    const drafts = addAccusedDoers([draftAt('armed_assault', 0), draftAt('bombing_explosion', 1)], analyzed, 0);
    const [attack, bombing] = drafts;
    expect(attack?.perpetrators.map((p) => [p.entity.kind, p.entity.name, p.role])).toEqual([['person', 'soldiers', 'suspected']]);
    const evidence = attack!.perpetrators[0]!.evidence;
    expect(text.slice(evidence.start, evidence.end)).toBe('soldiers');
    expect(bombing?.perpetrators).toEqual([]);
  });
});
