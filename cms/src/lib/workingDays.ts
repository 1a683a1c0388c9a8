// The bureau works Monday to Friday in China Standard Time (UTC+8, no daylight saving).
const offsetMs = 8 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

/** `YYYY-MM-DD` of an instant in China Standard Time. */
export const chinaDate = (instant: Date) => new Date(instant.getTime() + offsetMs).toISOString().slice(0, 10);

/**
 * The instant `days` working days after `from`: the same time of day on the n-th following
 * working day (weekends and the given holidays, as `YYYY-MM-DD` in China time, do not count).
 * An inquiry received on Friday evening is due on Monday evening; one received on Saturday is
 * due at the end of Monday.
 */
export function addWorkingDays(from: Date, days: number, holidays: ReadonlySet<string> = new Set()): Date {
  const isWorkingDay = (instant: Date) => {
    const weekday = new Date(instant.getTime() + offsetMs).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !holidays.has(chinaDate(instant));
  };
  let due = new Date(from.getTime());
  // Received outside working days: the clock starts at the end of that (non-working) day.
  if (!isWorkingDay(due)) {
    const local = new Date(due.getTime() + offsetMs);
    due = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), 23, 59, 59) - offsetMs);
  }
  let left = Math.max(0, Math.floor(days));
  while (left > 0) {
    due = new Date(due.getTime() + dayMs);
    if (isWorkingDay(due)) left -= 1;
  }
  return due;
}
