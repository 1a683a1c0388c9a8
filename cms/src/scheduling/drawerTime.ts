// Reads the time shown in Payload's schedule drawer. The drawer formats it as
// `MMM d, yyy h:mm a` in the admin's date-fns locale ("12月 1, 2026 7:12 下午",
// "Dec 1, 2026 7:12 PM"), showing the wall-clock time of the chosen zone (China time here).

/** The part of a date-fns locale that names months and the two halves of the day. */
export interface DrawerLocale {
  localize: {
    month(index: number, options: { width: 'abbreviated' }): string;
    dayPeriod(period: 'am' | 'pm', options: { width: 'abbreviated' }): string;
  };
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const shape = /^\s*(.+?)\s+(\d{1,2}),\s*(\d{4})\s+(\d{1,2}):(\d{2})\s*(\S+)\s*$/u;

/** The date and time the drawer's field shows, or null while it is empty or half typed. */
export function parseDrawerTime(text: string, locale: DrawerLocale): WallClock | null {
  const match = shape.exec(text);
  if (!match) return null;
  const [, monthName, day, year, hour12, minute, period] = match as unknown as string[];
  const same = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();
  const month = Array.from({ length: 12 }, (_, i) => locale.localize.month(i, { width: 'abbreviated' })).findIndex((name) =>
    same(name, monthName!),
  );
  const pm = same(period!, locale.localize.dayPeriod('pm', { width: 'abbreviated' }));
  const am = same(period!, locale.localize.dayPeriod('am', { width: 'abbreviated' }));
  const h = Number(hour12);
  if (month < 0 || (!am && !pm) || h < 1 || h > 12 || Number(minute) > 59) return null;
  return { year: Number(year), month: month + 1, day: Number(day), hour: (h % 12) + (pm ? 12 : 0), minute: Number(minute) };
}
