/**
 * One CSV cell: quoted, quotes doubled, and text that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return) prefixed with an apostrophe (OWASP's
 * advice against CSV injection).
 */
export function csvCell(value: unknown): string {
  let text = value == null ? '' : value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export const csvRow = (values: unknown[]) => `${values.map(csvCell).join(',')}\r\n`;
