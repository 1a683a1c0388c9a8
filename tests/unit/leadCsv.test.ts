import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from '../../cms/src/lib/csv';

describe('CSV export cells', () => {
  it('quote text and double quotes', () => {
    expect(csvCell('He said "hi", then left')).toBe('"He said ""hi"", then left"');
    expect(csvRow(['a', null, 3])).toBe('"a","","3"\r\n');
  });
  it('defuse text a spreadsheet would run as a formula', () => {
    for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(csvCell(formula)).toBe(`"'${formula}"`);
    expect(csvCell('a=1')).toBe('"a=1"');
  });
});
