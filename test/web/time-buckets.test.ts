import { describe, expect, it } from 'vitest';
import { bucketIncidents, placeIncident, type DatedIncident } from '../../web/src/time-buckets.js';

const at = (date: Partial<DatedIncident['date']> & { precision: string }, killed: number | null = 1): DatedIncident => ({ date: { value: null, earliest: null, latest: null, ...date }, best: { killed } });

describe('placeIncident', () => {
  it('puts each date at the finest period it supports', () => {
    expect(placeIncident(at({ value: '2021-08-26', precision: 'day' }).date)).toEqual({ level: 'month', key: '2021-08', approximate: false });
    expect(placeIncident(at({ value: '2015-01', precision: 'month' }).date)).toEqual({ level: 'month', key: '2015-01', approximate: false });
    expect(placeIncident(at({ value: '2019', precision: 'year' }).date)).toEqual({ level: 'year', key: '2019', approximate: false });
    expect(placeIncident(at({ precision: 'range', earliest: '2020-03-01', latest: '2020-03-20' }).date)).toEqual({ level: 'month', key: '2020-03', approximate: false });
    expect(placeIncident(at({ precision: 'range', earliest: '2020-03-01', latest: '2020-09-20' }).date)).toEqual({ level: 'year', key: '2020', approximate: false });
    expect(placeIncident(at({ precision: 'range', latest: '2021-08-27' }).date)).toEqual({ level: 'month', key: '2021-08', approximate: true });
    expect(placeIncident(at({ precision: 'range', earliest: '2018-01-01', latest: '2020-12-31' }).date)).toBeNull();
    expect(placeIncident(at({ precision: 'unknown' }).date)).toBeNull();
  });
});

describe('bucketIncidents', () => {
  it('counts by month, with year-only incidents as bands and the rest noted', () => {
    const result = bucketIncidents([
      at({ value: '2021-08-26', precision: 'day' }, 13),
      at({ value: '2021-08-02', precision: 'day' }, null),
      at({ value: '2022-03-04', precision: 'day' }, 2),
      at({ value: '2021', precision: 'year' }, 5),
      at({ precision: 'range', latest: '2022-01-10' }, 4),
      at({ precision: 'unknown' }, 7),
    ]);
    expect(result.unit).toBe('month');
    expect(result.buckets.map((b) => b.key)).toEqual(['2021-01', '2021-02', '2021-03', '2021-04', '2021-05', '2021-06', '2021-07', '2021-08', '2021-09', '2021-10', '2021-11', '2021-12', '2022-01', '2022-02', '2022-03']);
    expect(result.buckets.find((b) => b.key === '2021-08')).toMatchObject({ incidents: 2, deaths: 13, approximateIncidents: 0 });
    expect(result.buckets.find((b) => b.key === '2022-01')).toMatchObject({ incidents: 1, deaths: 4, approximateIncidents: 1, approximateDeaths: 4 });
    expect(result.yearOnly).toEqual([{ year: '2021', incidents: 1, deaths: 5 }]);
    expect(result.uncharted).toEqual({ incidents: 1, deaths: 7 });
    expect(result).toMatchObject({ noDeathFigure: 1, totalIncidents: 6, chartedDeaths: 24 });
  });

  it('counts by year when the span is long, year-only incidents in their year', () => {
    const result = bucketIncidents([at({ value: '2007-04-22', precision: 'day' }, 3), at({ value: '2012', precision: 'year' }, 10), at({ value: '2012-06-01', precision: 'day' }, 1)]);
    expect(result.unit).toBe('year');
    expect(result.buckets.map((b) => [b.key, b.incidents, b.deaths])).toEqual([['2007', 1, 3], ['2008', 0, 0], ['2009', 0, 0], ['2010', 0, 0], ['2011', 0, 0], ['2012', 2, 11]]);
    expect(result.yearOnly).toEqual([]);
  });

  it('has nothing to chart when nothing is dated', () => {
    expect(bucketIncidents([at({ precision: 'unknown' })]).buckets).toEqual([]);
  });
});
