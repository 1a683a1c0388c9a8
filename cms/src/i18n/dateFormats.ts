/**
 * How the admin writes a moment (list columns, "last modified", read-only timestamps): digits in
 * the order both languages read, with a 24-hour clock. date-fns' month names come out half
 * English on the first render of a date input, and "十二月 1日 2026" reads as a translation.
 */
export const adminTimestampFormat = 'yyyy-MM-dd HH:mm';
