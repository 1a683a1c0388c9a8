import { chinaDate, chinaOffsetMs } from '#common/chinaTime.ts';

// The bureau works Monday to Friday in China Standard Time (UTC+8, no daylight saving).
const dayMs = 24 * 60 * 60 * 1000;

/**
 * The instant `days` working days after `from`: the same time of day on the n-th following
 * working day (weekends and the given holidays, as `YYYY-MM-DD` in China time, do not count).
 * An inquiry received on Friday evening is due on Monday evening; one received on Saturday is
 * due at the end of Monday.
 */
export function addWorkingDays(from: Date, days: number, holidays: ReadonlySet<string> = new Set()): Date {
  const isWorkingDay = (instant: Date) => {
    const weekday = new Date(instant.getTime() + chinaOffsetMs).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !holidays.has(chinaDate(instant));
  };
  let due = new Date(from.getTime());
  // Received outside working days: the clock starts at the end of that (non-working) day.
  if (!isWorkingDay(due)) {
    const local = new Date(due.getTime() + chinaOffsetMs);
    due = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), 23, 59, 59) - chinaOffsetMs);
  }
  let left = Math.max(0, Math.floor(days));
  while (left > 0) {
    due = new Date(due.getTime() + dayMs);
    if (isWorkingDay(due)) left -= 1;
  }
  return due;
}
