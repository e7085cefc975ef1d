import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities.js';
import { describeVictims } from './victims.js';
import { victimsNationalities } from './victims-nationalities.js';

function describe1(text: string) {
  const quantity = findQuantities(text)[0];
  if (!quantity) throw new Error(`no quantity in ${text}`);
  return describeVictims(text, quantity);
}

describe('describeVictims', () => {
  it.each([
    ['13 US soldiers', 'military', 'US'],
    ['13 U.S. soldiers', 'military', 'US'],
    ['13 us soldiers were killed', 'military', 'US'],
    ['five Afghan policemen', 'police', 'AF'],
    ['FIVE AFGHAN POLICEMEN', 'police', 'AF'],
    ['12 civilians', 'civilians', undefined],
    ['three Chinese engineers', 'business', 'CN'],
    ['two journalists', 'journalists', undefined],
    ['dozens of worshippers', 'religious', undefined],
    ['30 students', 'education', undefined],
    ['several pilgrims', 'religious', undefined],
    ['four aid workers', 'ngo', undefined],
    ['two police officers', 'police', undefined],
    ['three army officers', 'military', undefined],
    ['two government officials', 'government', undefined],
    ['three Americans were killed', 'civilians', 'US'],
    ['five Taliban fighters', 'armed_group', undefined],
    ['two Pakistani soldiers', 'military', 'PK'],
    ['two South Korean aid workers', 'ngo', 'KR'],
  ])('%s → %s, %s', (text, category, nationality) => {
    const described = describe1(text);
    expect(described.category).toBe(category);
    expect(described.nationality).toBe(nationality);
  });

  it('describes a phrase built by the caller', () => {
    const text = 'attacks against civilians';
    const start = text.indexOf('civilians');
    expect(describeVictims(text, { start, end: text.length, text: 'civilians', approximate: false, vague: false, unit: 'civilians' })).toEqual({ category: 'civilians' });
  });
});

describe('victimsNationalities', () => {
  it('covers at least 60 countries, with demonyms', () => {
    expect(new Set(victimsNationalities.values()).size).toBeGreaterThanOrEqual(60);
    expect(victimsNationalities.get('afghans')).toBe('AF');
    expect(victimsNationalities.get('iraqis')).toBe('IQ');
    expect(victimsNationalities.get('chinese')).toBe('CN');
    expect(victimsNationalities.has('chineses')).toBe(false);
    expect(victimsNationalities.has('afghanis')).toBe(false);
  });
});
