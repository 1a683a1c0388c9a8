/**
 * A value a spreadsheet may treat as a number or sum but never as a call: digits, spaces,
 * brackets, dots, slashes and hyphens after an optional leading plus, as phone numbers are
 * written ("+49 30 1234-5678", "(0731) 5555 1234"). With no letters, `!`, `|`, `:` or quotes
 * it names no function, cell reference, sheet or external program (DDE), which is what formula
 * injection needs, so it keeps its own first character.
 */
const phoneShaped = /^\+?[\d ().\-/]*\d[\d ().\-/]*$/;

/**
 * One CSV cell: quoted, quotes doubled, and text that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return) prefixed with an apostrophe (OWASP's
 * advice against CSV injection), unless it is phone-shaped (above): an apostrophe there would
 * show in the number, as spreadsheets display it as typed when opening a CSV file.
 */
export function csvCell(value: unknown): string {
  let text = value == null ? '' : value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !phoneShaped.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export const csvRow = (values: unknown[]) => `${values.map(csvCell).join(',')}\r\n`;
