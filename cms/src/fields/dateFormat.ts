/**
 * How a calendar-day field is shown, in the date input and in list columns alike: year, month and
 * day in ISO order, the same in the Chinese and the English admin. Payload's own format for a
 * day-only picker is "MMM dd", which drops the year ("1月 01").
 */
export const dayDisplayFormat = 'yyyy-MM-dd';

/** `admin.date` of every day-only date field (policy dates, figure periods, holidays…). */
export const dayOnlyDate = { pickerAppearance: 'dayOnly', displayFormat: dayDisplayFormat } as const;
