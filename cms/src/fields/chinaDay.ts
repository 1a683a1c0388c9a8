import type { DateField, FieldHook } from 'payload';
import { chinaDate } from '#common/chinaTime.ts';
import { bilingual } from '../lib/bilingual';
import { dayOnlyDate } from './dateFormat';

/**
 * A day of China's calendar stored as noon of that day in China (04:00 UTC), as the lead desk's
 * next-action day is: the admin's day picker stores noon in the browser's time zone and the API
 * takes any instant; one instant per day keeps "on this day" and "in this month" plain ranges, and
 * `chinaDate(value)` gives the day as `yyyy-MM-dd` whatever the reader's time zone.
 */
export function chinaNoon(value: unknown): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null || value === '') return null;
  const date = new Date(value as string);
  if (Number.isNaN(date.getTime())) return value as string;
  return `${chinaDate(date)}T04:00:00.000Z`;
}

const normalize: FieldHook = ({ value }) => chinaNoon(value);

/** Today in China, as a stored China day. */
export const chinaToday = () => chinaNoon(new Date())!;

const validateDay = (value: unknown, { required }: { required?: boolean }) => {
  if (value == null || value === '') return required ? bilingual('此项为必填项', 'this field is required') : true;
  return Number.isNaN(new Date(value as string).getTime()) ? bilingual('日期无效', 'not a valid date') : true;
};

/** A date field holding a China day, with the admin's year-first day picker. */
export function chinaDayField(name: string, label: { zh: string; en: string }, extra: Partial<DateField> = {}): DateField {
  return {
    name,
    type: 'date',
    label,
    ...extra,
    hooks: { ...extra.hooks, beforeValidate: [normalize, ...(extra.hooks?.beforeValidate ?? [])] },
    validate: extra.validate ?? validateDay,
    admin: { ...extra.admin, date: dayOnlyDate },
  } as DateField;
}
