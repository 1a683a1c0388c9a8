import { enUS, zhCN } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { parseDrawerTime } from '../../cms/src/scheduling/drawerTime';
import { chinaWallClockToInstant, hasPassed, isPastForServer } from '../../cms/src/scheduling/pastTime';
import { chinaMinute } from '../../cms/src/scheduling/upcoming';

// The schedule drawer's field text, as Payload formats it (`MMM d, yyy h:mm a`) in each admin language.
describe('reading the time shown in the schedule drawer', () => {
  it('reads Chinese and English, morning and afternoon, to the minute', () => {
    expect(parseDrawerTime('12月 1, 2026 7:12 下午', zhCN)).toEqual({ year: 2026, month: 12, day: 1, hour: 19, minute: 12 });
    expect(parseDrawerTime('1月 5, 2027 7:12 上午', zhCN)).toEqual({ year: 2027, month: 1, day: 5, hour: 7, minute: 12 });
    expect(parseDrawerTime('Dec 1, 2026 7:12 PM', enUS)).toEqual({ year: 2026, month: 12, day: 1, hour: 19, minute: 12 });
    expect(parseDrawerTime('Dec 1, 2026 12:05 AM', enUS)).toEqual({ year: 2026, month: 12, day: 1, hour: 0, minute: 5 });
    expect(parseDrawerTime('Dec 1, 2026 12:05 PM', enUS)).toEqual({ year: 2026, month: 12, day: 1, hour: 12, minute: 5 });
  });

  it('gives nothing for an empty or half-typed field', () => {
    expect(parseDrawerTime('', zhCN)).toBeNull();
    expect(parseDrawerTime('7:12', zhCN)).toBeNull();
    expect(parseDrawerTime('Dec 1, 2026 7:', enUS)).toBeNull();
    expect(parseDrawerTime('Foo 1, 2026 7:12 PM', enUS)).toBeNull();
  });
});

describe('China time and the past', () => {
  it('a wall-clock time in China is eight hours ahead of UTC', () => {
    expect(chinaWallClockToInstant({ year: 2026, month: 12, day: 1, hour: 7, minute: 12 }).toISOString()).toBe('2026-11-30T23:12:00.000Z');
    expect(chinaMinute('2026-11-30T23:12:00.000Z')).toBe('2026-12-01 07:12');
  });

  it('the drawer refuses now and before; the server allows a minute for the trip', () => {
    const now = new Date('2026-12-01T10:00:30.000Z');
    expect(hasPassed(new Date('2026-12-01T10:00:00.000Z'), now)).toBe(true);
    expect(hasPassed(new Date('2026-12-01T10:00:30.000Z'), now)).toBe(true);
    expect(hasPassed(new Date('2026-12-01T10:01:00.000Z'), now)).toBe(false);
    expect(isPastForServer(new Date('2026-12-01T10:00:00.000Z'), now)).toBe(false);
    expect(isPastForServer(new Date('2026-12-01T09:59:29.000Z'), now)).toBe(true);
  });
});
