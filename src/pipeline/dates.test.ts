import { describe, expect, it } from 'vitest';
import { findDates, resolveEventDate, type DateMention } from './dates.js';

const report = '2021-08-27'; // a Friday

function one(text: string, reportDate: string | undefined = report): DateMention {
  const found = findDates(text, reportDate);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const mention = found[0] as DateMention;
  expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  return mention;
}

describe('findDates', () => {
  it('resolves a bare weekday to the most recent such day on or before the report date', () => {
    expect(one('The attack on Sunday killed 13.')).toMatchObject({ text: 'Sunday', value: '2021-08-22', precision: 'day', relation: 'on' });
    expect(one("Thursday's attack killed 13.").value).toBe('2021-08-26');
    expect(one('It happened on Friday.').value).toBe('2021-08-27');
    expect(one('It happened last Friday.').value).toBe('2021-08-20');
  });

  it('works on lower-case and upper-case text', () => {
    expect(one('at least 13 people were killed on sunday').value).toBe('2021-08-22');
    expect(one('AT LEAST 13 PEOPLE WERE KILLED ON SUNDAY').value).toBe('2021-08-22');
    expect(one('the attack took place in january 2015').value).toBe('2015-01');
  });

  it('reads relative expressions as on or before the report date', () => {
    expect(one('Officials said yesterday').value).toBe('2021-08-26');
    expect(one('an attack last week')).toMatchObject({ precision: 'week', earliest: '2021-08-16', latest: '2021-08-22' });
    expect(one('an attack last month')).toMatchObject({ value: '2021-07', precision: 'month' });
    expect(one('an attack last year')).toMatchObject({ value: '2020', precision: 'year', earliest: '2020-01-01', latest: '2020-12-31' });
    expect(one('attacks this year')).toMatchObject({ value: '2021', precision: 'year', latest: report });
    expect(one('two days ago').value).toBe('2021-08-25');
  });

  it('reads "earlier" as a range ending on the report date', () => {
    const m = one('The IS-K had earlier claimed the attack.');
    expect(m).toMatchObject({ text: 'earlier', value: report, precision: 'range', latest: report, relation: 'on_or_before' });
    expect(m.earliest).toBeUndefined();
    expect(one('two weeks earlier').text).toBe('two weeks earlier');
  });

  it('reads months and years', () => {
    expect(one('The organization was founded in January 2015 by former members.')).toMatchObject({
      text: 'January 2015',
      value: '2015-01',
      precision: 'month',
      earliest: '2015-01-01',
      latest: '2015-01-31',
    });
    expect(one('active in 2019 and after')).toMatchObject({ text: '2019', value: '2019', precision: 'year' });
    expect(one('active since 2015')).toMatchObject({ value: '2015', relation: 'since' });
    expect(one('in mid-2015')).toMatchObject({ value: '2015', earliest: '2015-05-01', latest: '2015-08-31' });
    expect(one('2015 was the deadliest year').value).toBe('2015');
  });

  it('reads ranges and decades', () => {
    expect(one('in the 1990s')).toMatchObject({ precision: 'range', earliest: '1990-01-01', latest: '1999-12-31' });
    expect(one('from 2014 to 2016')).toMatchObject({ precision: 'range', earliest: '2014-01-01', latest: '2016-12-31' });
    const [march, may] = findDates('between March and May 2014', report);
    expect(march?.value).toBe('2014-03');
    expect(may?.value).toBe('2014-05');
  });

  it('reads relations', () => {
    expect(one('on or before 2021-08-27')).toMatchObject({ value: report, relation: 'on_or_before' });
    expect(one('withdraw by March')).toMatchObject({ value: '2021-03', relation: 'on_or_before' });
    expect(one('after Jan. 25, 2013')).toMatchObject({ value: '2013-01-25', relation: 'after' });
  });

  it('never puts a year-less past date after the report date', () => {
    expect(one('On Dec. 26 gunmen attacked').value).toBe('2020-12-26');
    for (const m of findDates('on sunday, monday, saturday, yesterday, last week', report)) {
      expect((m.latest ?? '') <= report).toBe(true);
    }
  });

  it.each([
    '2015 people were displaced',
    'the troops march on the city',
    'The sun rose',
    'IS-K Now hold control of districts',
    'killed 5/6 people',
    'at 10 a.m.',
    'Resolution 2254',
  ])('finds nothing in %j', (text) => {
    expect(findDates(text, report)).toEqual([]);
  });

  it('drops expressions relative to another event that would land after the report date', () => {
    expect(findDates('He died two days after the attack.', report)).toEqual([]);
    expect(findDates('The siege lasted for 45 days.', report)).toEqual([]);
  });

  it('leaves relative dates unresolved without a report date', () => {
    const [sunday, january, lastYear] = findDates('Attack on Sunday, January 2015, last year', undefined);
    expect(sunday).toMatchObject({ text: 'Sunday', precision: 'day' });
    expect(sunday?.value).toBeUndefined();
    expect(january?.value).toBe('2015-01');
    expect(lastYear?.value).toBeUndefined();
  });

  it('keeps exact spans and is deterministic', () => {
    const text = 'On Sunday, October 25, 2009, bombs hit Baghdad; a second blast came on Monday.';
    const found = findDates(text, '2009-10-26');
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found.map((m) => m.value)).toEqual(['2009-10-25', '2009-10-26']);
    expect(findDates(text, '2009-10-26')).toEqual(found);
  });
});

describe('resolveEventDate', () => {
  it('prefers a day, else falls back to on or before the report date', () => {
    expect(resolveEventDate(findDates('on Sunday', report), report)).toMatchObject({ value: '2021-08-22', precision: 'day' });
    expect(resolveEventDate(findDates('had earlier claimed', report), report)).toEqual({ value: report, precision: 'range', latest: report });
  });
});
