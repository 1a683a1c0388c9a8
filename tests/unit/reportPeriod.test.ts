import { describe, expect, it } from 'vitest';
import { chinaDay, chinaMonth, currentMonth, isPeriod, parsePeriod, shiftPeriod, type Period } from '../../cms/src/report/period';

describe('a reporting period', () => {
  it('reads a month with its first and last day, leap years included', () => {
    expect(parsePeriod('2026-11')).toEqual({
      kind: 'month',
      key: '2026-11',
      firstDay: '2026-11-01',
      lastDay: '2026-11-30',
      months: ['2026-11'],
      label: { zh: '2026年11月', en: 'November 2026' },
    });
    expect(parsePeriod('2028-02')).toMatchObject({ lastDay: '2028-02-29' });
    expect(parsePeriod('2026-02')).toMatchObject({ lastDay: '2026-02-28' });
  });

  it('reads a quarter as its three months, in either case', () => {
    expect(parsePeriod('2026-q4')).toEqual({
      kind: 'quarter',
      key: '2026-Q4',
      firstDay: '2026-10-01',
      lastDay: '2026-12-31',
      months: ['2026-10', '2026-11', '2026-12'],
      label: { zh: '2026年第4季度', en: 'Q4 2026' },
    });
    expect(parsePeriod('2026-Q1')).toMatchObject({ firstDay: '2026-01-01', lastDay: '2026-03-31' });
  });

  it('reads a year as its twelve months', () => {
    const year = parsePeriod(' 2026 ');
    expect(year).toMatchObject({ kind: 'year', key: '2026', firstDay: '2026-01-01', lastDay: '2026-12-31' });
    expect(isPeriod(year) && year.months).toHaveLength(12);
    expect(isPeriod(year) && year.months[11]).toBe('2026-12');
  });

  it('refuses anything else with a message in both languages', () => {
    for (const bad of ['2026-13', '2026-00', '2026-Q5', '26-11', '2026-1', '2026/11', '', null, 2026, '2026-11-01']) {
      const parsed = parsePeriod(bad);
      expect(isPeriod(parsed), String(bad)).toBe(false);
      expect((parsed as { error: string }).error).toMatch(/统计期无效.* \/ not a period/);
    }
    expect((parsePeriod('1800') as { error: string }).error).toBe('年份须在 1990 至 2100 之间 / the year must be between 1990 and 2100');
  });
});

describe('days and months of China’s calendar', () => {
  it('takes a stored instant as the day it is in China', () => {
    // 16:30 UTC on 31 October is half past midnight on 1 November in China.
    expect(chinaDay('2026-10-31T16:30:00.000Z')).toBe('2026-11-01');
    expect(chinaMonth('2026-10-31T16:30:00.000Z')).toBe('2026-11');
    expect(chinaMonth('2026-10-31T15:59:59.999Z')).toBe('2026-10');
    // A day picked in the admin is stored as an instant of that day (noon in China here).
    expect(chinaDay('2026-11-30T04:00:00.000Z')).toBe('2026-11-30');
  });

  it('keeps a plain day as it is and has no day for nothing', () => {
    expect(chinaDay('2026-12-01')).toBe('2026-12-01');
    expect(chinaDay(null)).toBeUndefined();
    expect(chinaDay('')).toBeUndefined();
    expect(chinaDay('not a date')).toBeUndefined();
  });

  it('starts on the current month in China', () => {
    expect(currentMonth(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12');
  });
});

describe('the period before and after', () => {
  const shift = (text: string, steps: number) => shiftPeriod(parsePeriod(text) as Period, steps);
  it('steps over the turn of the year for months and quarters', () => {
    expect(shift('2026-12', 1)).toBe('2027-01');
    expect(shift('2026-01', -1)).toBe('2025-12');
    expect(shift('2026-Q1', -1)).toBe('2025-Q4');
    expect(shift('2026-Q4', 1)).toBe('2027-Q1');
    expect(shift('2026', -1)).toBe('2025');
  });
});
