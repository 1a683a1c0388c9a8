import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from '../../cms/src/lib/csv';

describe('CSV export cells', () => {
  it('quote text and double quotes', () => {
    expect(csvCell('He said "hi", then left')).toBe('"He said ""hi"", then left"');
    expect(csvRow(['a', null, 3])).toBe('"a","","3"\r\n');
  });
  it('defuse text a spreadsheet would run as a formula', () => {
    for (const formula of ['=1+1', '+1+A1', '-1+SUM(A1)', '@SUM(A1)', '\t=1', '\r=1', '\t123', '+cmd|calc', '=HYPERLINK("x")', '-A1'])
      expect(csvCell(formula)).toBe(`"'${formula.replace(/"/g, '""')}"`);
    expect(csvCell('a=1')).toBe('"a=1"');
  });
  it('keep phone numbers as they were written, without an apostrophe', () => {
    for (const phone of ['+49 30 1234-5678', '+86 (731) 5555 1234', '+1.415.555.0100', '-5', '+65 6000 0000', '+44 20/7946 0000'])
      expect(csvCell(phone)).toBe(`"${phone}"`);
    // Phone-shaped but for one letter or operator: a formula again.
    for (const almost of ['+49 30 1234 x5', '+49*30', '+49 30:1', '+ ']) expect(csvCell(almost)).toBe(`"'${almost}"`);
  });
});
