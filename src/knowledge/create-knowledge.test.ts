import { describe, it, expect } from 'vitest';
import { createKnowledge } from './create-knowledge.js';
import type { KnowledgeData } from './knowledge-data.js';

const data: KnowledgeData = {
  version: 1,
  places: [
    [1138958, 'Kabul', 'p', 'AF', 'AF.13', '', 34.53, 69.17, 3043532, ['kabul']],
    [1138957, 'Kabul', '1', 'AF', 'AF.13', '', null, null, 0, ['kabul']],
    [1149361, 'Afghanistan', 'c', 'AF', '', '', 34.5, 69.2, 0, ['afghanistan']],
    [9, 'Sar-e Pul', 'p', 'AF', 'AF.33', '', 36.2, 65.9, 50000, ['sar e pul']],
    [10, 'Nice', 'p', 'FR', '', '', 43.7, 7.3, 340000, ['nice']],
  ],
  names: [
    { id: 'grp:a', name: 'Alpha Front', kind: 'armed_group', aliases: [{ name: 'AF', source: 'test' }], ambiguous: ['af'] },
    { id: 'grp:b', name: 'Beta Army', kind: 'armed_group', aliases: [{ name: 'AF', source: 'test' }], ambiguous: ['af'] },
  ],
};

describe('createKnowledge', () => {
  const k = createKnowledge(data, { commonWords: ['nice'] });

  it('orders places by importance and fills admin1 names', () => {
    const e = k.lookup('kabul');
    expect(e?.places.map((p) => p.level)).toEqual(['admin1', 'city']);
    expect(e?.places[1]?.admin1Name).toBe('Kabul');
  });

  it('marks shared and common phrases ambiguous', () => {
    expect(k.lookup('af')?.ambiguous).toBe(true);
    expect(k.lookup('af')?.names).toHaveLength(2);
    expect(k.lookup('nice')?.ambiguous).toBe(true);
    expect(k.lookup('alpha front')?.ambiguous).toBe(false);
  });

  it('matches transliterations approximately and answers prefixes', () => {
    expect(k.lookup('sari pol')?.approximate).toBe(true);
    expect(k.hasPrefix('alpha')).toBe(true);
    expect(k.hasPrefix('sari')).toBe(true);
    expect(k.maxPhraseTokens).toBe(3);
  });

  it('answers prefixes alike after a look-up of the same phrase or of another', () => {
    // A word-prefix is no entry; an entry is a prefix; a look-up just before must not change the answer.
    expect(k.lookup('alpha')).toBeUndefined();
    expect(k.hasPrefix('alpha')).toBe(true);
    expect(k.lookup('kabul')?.places).toHaveLength(2);
    expect(k.hasPrefix('kabul')).toBe(true);
    expect(k.lookup('beta')).toBeUndefined();
    expect(k.hasPrefix('alpha front')).toBe(true);
    expect(k.lookup('zeta')).toBeUndefined();
    expect(k.hasPrefix('zeta')).toBe(false);
    expect(k.hasPrefix('beta')).toBe(true);
  });

  it('looks up by id and code', () => {
    expect(k.country('AF')?.geonamesId).toBe(1149361);
    expect(k.admin1('AF.13')?.geonamesId).toBe(1138957);
    expect(k.place(1138958)?.level).toBe('city');
    expect(k.name('grp:b')?.name).toBe('Beta Army');
  });
});
