import { describe, it, expect } from 'vitest';
import { placeNameVariants } from './place-name-variants.js';
import { transliterationSkeleton } from './transliteration-skeleton.js';

describe('placeNameVariants', () => {
  it('drops division words', () => {
    expect(placeNameVariants('maidan wardak province', 'admin1')).toContain('maidan wardak');
    expect(placeNameVariants('nineveh governorate', 'admin1')).toContain('nineveh');
    expect(placeNameVariants('wilayat khorasan', 'admin1')).toContain('khorasan');
  });
  it('spells ezafe connectors every way', () => {
    const v = placeNameVariants('sar e pol', 'admin1');
    expect(v).toEqual(expect.arrayContaining(['sar e pol', 'sar i pol', 'sari pol', 'sare pol', 'sar pol']));
  });
  it('drops a leading Arabic article', () => {
    expect(placeNameVariants('al fallujah', 'city')).toContain('fallujah');
    expect(placeNameVariants('al bab', 'city')).not.toContain('bab');
  });
});

describe('transliterationSkeleton', () => {
  it('lets vowel spellings meet', () => {
    expect(transliterationSkeleton('kabol')).toBe(transliterationSkeleton('kabul'));
    expect(transliterationSkeleton('sar e pol')).toBe(transliterationSkeleton('sari pul'));
    expect(transliterationSkeleton('jowzjan')).toBe(transliterationSkeleton('jawzjan'));
    expect(transliterationSkeleton('nurestan')).toBe(transliterationSkeleton('nuristan'));
  });
});
