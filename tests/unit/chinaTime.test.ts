import { describe, expect, test } from 'vitest';
import { chinaDate, chinaMidnight, chinaTimeZone } from '#common/chinaTime.ts';

describe('China time', () => {
  test('chinaDate gives the calendar day in UTC+8', () => {
    expect(chinaDate('2025-06-14T16:00:00Z')).toBe('2025-06-15');
    expect(chinaDate('2025-06-14T15:59:59Z')).toBe('2025-06-14');
    expect(chinaDate(new Date('2025-06-14T16:00:00Z'))).toBe('2025-06-15');
  });

  test('chinaMidnight gives the instant a day in China begins, the other way round', () => {
    expect(chinaMidnight('2024-07-03')).toBe('2024-07-02T16:00:00.000Z');
    expect(chinaDate(chinaMidnight('2024-07-03'))).toBe('2024-07-03');
    expect(chinaMidnight(chinaDate('2024-07-03T15:59:59Z'))).toBe('2024-07-02T16:00:00.000Z');
  });

  test('the fixed offset agrees with the time zone database all year (China has no daylight saving)', () => {
    const dayInZone = new Intl.DateTimeFormat('en-CA', { timeZone: chinaTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    for (let month = 0; month < 12; month += 1) {
      for (const instant of [Date.UTC(2026, month, 10, 15, 59, 59), Date.UTC(2026, month, 10, 16, 0, 0)]) {
        expect(chinaDate(new Date(instant))).toBe(dayInZone.format(instant));
      }
    }
  });
});
