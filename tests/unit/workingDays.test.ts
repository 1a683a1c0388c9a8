import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../cms/src/lib/workingDays';

describe('the first-response deadline in working days (China time)', () => {
  // 2026-11-23 is a Monday.
  const at = (iso: string) => new Date(iso);
  it('is the same time on the next working day', () => {
    expect(addWorkingDays(at('2026-11-23T02:00:00Z'), 1).toISOString()).toBe('2026-11-24T02:00:00.000Z');
  });
  it('skips the weekend: Friday evening is due Monday evening', () => {
    expect(addWorkingDays(at('2026-11-27T10:00:00Z'), 1).toISOString()).toBe('2026-11-30T10:00:00.000Z');
  });
  it('starts the clock at the end of a weekend day', () => {
    // Saturday 28 Nov, 10:00 China time -> end of Monday 30 Nov, China time.
    expect(addWorkingDays(at('2026-11-28T02:00:00Z'), 1).toISOString()).toBe('2026-11-30T15:59:59.000Z');
  });
  it('skips holidays and takes the configured number of days', () => {
    expect(addWorkingDays(at('2026-11-23T02:00:00Z'), 2, new Set(['2026-11-24'])).toISOString()).toBe('2026-11-26T02:00:00.000Z');
  });
});
