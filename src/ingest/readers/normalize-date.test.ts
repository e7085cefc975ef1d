import { describe, expect, it } from 'vitest';
import { normalizeDate } from './normalize-date.js';

describe('normalizeDate', () => {
  it('keeps the calendar date an ISO timestamp is written in', () => {
    expect(normalizeDate('2021-08-27T23:30:00-04:00')).toBe('2021-08-27');
    expect(normalizeDate('2021-08-27')).toBe('2021-08-27');
    expect(normalizeDate('20210827T101010Z')).toBe('2021-08-27');
  });

  it('reads RFC 822 feed dates without shifting time zones', () => {
    expect(normalizeDate('Fri, 27 Aug 2021 23:30:00 -0500')).toBe('2021-08-27');
    expect(normalizeDate('3 September 2019')).toBe('2019-09-03');
  });

  it('rejects impossible and unreadable dates', () => {
    expect(normalizeDate('2021-02-30')).toBeUndefined();
    expect(normalizeDate('sometime last year')).toBeUndefined();
  });
});
