// China's calendar: China Standard Time is UTC+8 all year (no daylight saving), so a day there
// is a fixed offset from UTC and needs no time-zone database.

/** The IANA name of China's time zone, for `Intl.DateTimeFormat`. */
export const chinaTimeZone = 'Asia/Shanghai';

/** How far China's clocks are ahead of UTC. */
export const chinaOffsetMs = 8 * 3600_000;

/** `YYYY-MM-DD` of an instant in China's time zone (2024-07-02T16:00:00Z -> `2024-07-03`). */
export function chinaDate(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Date(date.getTime() + chinaOffsetMs).toISOString().slice(0, 10);
}

/** The instant a day of China's calendar begins (`2024-07-03` -> `2024-07-02T16:00:00.000Z`). */
export function chinaMidnight(day: string): string {
  return new Date(`${day}T00:00:00+08:00`).toISOString();
}
