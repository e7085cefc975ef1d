import { describe, it, expect } from 'vitest';
import { foldName, foldToken } from './fold-name.js';

describe('foldName', () => {
  it('lower-cases and strips diacritics', () => {
    expect(foldName('Jalālābād')).toBe('jalalabad');
    expect(foldName('Côte d’Ivoire')).toBe('cote divoire');
  });
  it('turns hyphens and dashes into spaces', () => {
    expect(foldName('Sar-e Pol')).toBe('sar e pol');
    expect(foldName('ISIS–K')).toBe('isis k');
    expect(foldName('Iraq and ash-Sham—Khorasan')).toBe('iraq and ash sham khorasan');
  });
  it('drops apostrophes of every kind', () => {
    expect(foldName("al-Qa'ida")).toBe('al qaida');
    expect(foldName('al-Qa’ida')).toBe('al qaida');
    expect(foldName('ISLAMIC STATE’S KHORASAN')).toBe('islamic states khorasan');
  });
  it('drops dots in acronyms', () => {
    expect(foldName('U.S.')).toBe('us');
    expect(foldName('the U.S. military')).toBe('the us military');
    expect(foldName('U.S.A.')).toBe('usa');
    expect(foldName('U.N. Security Council')).toBe('un security council');
  });
  it('collapses spaces and punctuation', () => {
    expect(foldName('  Islamic   State (IS), ')).toBe('islamic state is');
    expect(foldName('Kabul.')).toBe('kabul');
  });
});

describe('foldToken', () => {
  it('folds a single token', () => {
    expect(foldToken('Nūristān')).toBe('nuristan');
    expect(foldToken('U.S.')).toBe('us');
  });
});

describe('plain ASCII folds', () => {
  // Plain words skip the general folding; they must fold as it would.
  it('lower-cases plain words and phrases and leaves the rest to the full fold', () => {
    expect(foldToken('Kabul')).toBe('kabul');
    expect(foldToken('kabul')).toBe('kabul');
    expect(foldToken('ISIS-K')).toBe('isis-k');
    expect(foldToken("Qa'ida")).toBe('qaida');
    expect(foldToken('U.S.')).toBe('us');
    expect(foldToken('Jalālābād')).toBe('jalalabad');
    expect(foldName('Islamic State')).toBe('islamic state');
    expect(foldName('ISLAMIC STATE 2')).toBe('islamic state 2');
    expect(foldName(' Islamic State')).toBe('islamic state');
    expect(foldName('Islamic  State')).toBe('islamic state');
    expect(foldName('Islamic State ')).toBe('islamic state');
    expect(foldName('')).toBe('');
    expect(foldName(' ')).toBe('');
  });
});
