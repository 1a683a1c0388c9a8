import { chinaDate } from '#common/chinaTime.ts';
import { bilingual } from '../lib/bilingual';

export type PeriodKind = 'month' | 'quarter' | 'year';

/** A reporting period of China's calendar: a month (`2026-11`), a quarter (`2026-Q4`) or a year (`2026`). */
export interface Period {
  kind: PeriodKind;
  /** As written in addresses and figure keys: `2026-11`, `2026-Q4`, `2026`. */
  key: string;
  /** First and last day, `yyyy-MM-dd`. */
  firstDay: string;
  lastDay: string;
  /** The months it adds up, `yyyy-MM`, in order. */
  months: string[];
  label: { zh: string; en: string };
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const pad = (n: number) => String(n).padStart(2, '0');
/** Days in a month (1-based); `Date.UTC` with day 0 is the last day of the month before. */
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

// Years the bureau's ledger can sensibly hold; outside them a typo is more likely than a period.
const firstYear = 1990;
const lastYear = 2100;

/** The period a text names, or a bilingual message saying why it names none. */
export function parsePeriod(text: unknown): Period | { error: string } {
  const value = typeof text === 'string' ? text.trim().toUpperCase() : '';
  const match = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])))?$/.exec(value);
  const invalid = {
    error: bilingual(
      '统计期无效：请写 2026-11（月）、2026-Q4（季度）或 2026（年）',
      'not a period: write 2026-11 (month), 2026-Q4 (quarter) or 2026 (year)',
    ),
  };
  if (!match) return invalid;
  const year = Number(match[1]);
  if (year < firstYear || year > lastYear)
    return { error: bilingual(`年份须在 ${firstYear} 至 ${lastYear} 之间`, `the year must be between ${firstYear} and ${lastYear}`) };
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return invalid;
    return {
      kind: 'month',
      key: `${year}-${pad(month)}`,
      firstDay: `${year}-${pad(month)}-01`,
      lastDay: `${year}-${pad(month)}-${pad(daysIn(year, month))}`,
      months: [`${year}-${pad(month)}`],
      label: { zh: `${year}年${month}月`, en: `${monthNames[month - 1]} ${year}` },
    };
  }
  if (match[3] !== undefined) {
    const quarter = Number(match[3]);
    const first = (quarter - 1) * 3 + 1;
    const months = [first, first + 1, first + 2];
    return {
      kind: 'quarter',
      key: `${year}-Q${quarter}`,
      firstDay: `${year}-${pad(first)}-01`,
      lastDay: `${year}-${pad(first + 2)}-${pad(daysIn(year, first + 2))}`,
      months: months.map((m) => `${year}-${pad(m)}`),
      label: { zh: `${year}年第${quarter}季度`, en: `Q${quarter} ${year}` },
    };
  }
  return {
    kind: 'year',
    key: String(year),
    firstDay: `${year}-01-01`,
    lastDay: `${year}-12-31`,
    months: Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`),
    label: { zh: `${year}年`, en: String(year) },
  };
}

export const isPeriod = (value: Period | { error: string }): value is Period => !('error' in value);

/** The month a moment or a stored day falls in, on China's calendar (`yyyy-MM`), or undefined for no date. */
export function chinaMonth(value: unknown): string | undefined {
  const day = chinaDay(value);
  return day?.slice(0, 7);
}

/**
 * The day of China's calendar a stored value names: a `yyyy-MM-dd` string as it is, an instant
 * (a date field stores the day picked as an instant, a timestamp is one) as the day it is in China.
 */
export function chinaDay(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : chinaDate(date);
}

/** The month this moment is in, in China (`yyyy-MM`): the report page's default. */
export const currentMonth = (now = new Date()) => chinaDate(now).slice(0, 7);

/** The period of the same kind `steps` before or after (`2026-12` +1 -> `2027-01`, `2026-Q1` -1 -> `2025-Q4`). */
export function shiftPeriod(period: Period, steps: number): string {
  const year = Number(period.firstDay.slice(0, 4));
  if (period.kind === 'year') return String(year + steps);
  const perYear = period.kind === 'month' ? 12 : 4;
  const index = period.kind === 'month' ? Number(period.firstDay.slice(5, 7)) - 1 : (Number(period.firstDay.slice(5, 7)) - 1) / 3;
  const total = year * perYear + index + steps;
  const y = Math.floor(total / perYear);
  const i = total - y * perYear;
  return period.kind === 'month' ? `${y}-${pad(i + 1)}` : `${y}-Q${i + 1}`;
}
