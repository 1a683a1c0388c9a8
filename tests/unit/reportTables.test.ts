import { describe, expect, it } from 'vitest';
import { periodReport, type ReportInput } from '../../cms/src/report/monthlyReport';
import { parsePeriod, type Period } from '../../cms/src/report/period';
import { cellText, reportTables, tableCsv, type ReportNames } from '../../cms/src/report/tables';

const named = (prefix: string) => (key: string, lang: 'zh' | 'en') => `${prefix}:${key}:${lang}`;
const names: ReportNames = {
  source: named('source'),
  industry: named('industry'),
  park: named('park'),
  country: named('country'),
  band: named('band'),
  obligationKind: named('kind'),
  obligationStatus: named('status'),
  activityKind: named('activity'),
};

const input: ReportInput = {
  leads: [
    { source: 'inquiry', on: '2026-11-03', industry: 'new-energy', country: 'DE' },
    { source: 'referral', on: '2026-12-03', industry: 'new-energy' },
  ],
  inquiries: [],
  projects: [
    {
      id: 1,
      name: '=HYPERLINK("x")',
      fromInquiry: false,
      stage: 'signed',
      band: 'major',
      plannedInvestmentCny: 2_000_000_000,
      signedOn: '2026-11-03',
    },
    {
      id: 2,
      name: 'Second',
      fromInquiry: false,
      stage: 'signed',
      band: 'medium',
      plannedInvestmentCny: 30_000_000,
      signedOn: '2026-12-03',
    },
  ],
  activities: [],
};

describe('the report tables', () => {
  const month = reportTables(periodReport(parsePeriod('2026-11') as Period, input), 'en', names);
  const quarter = reportTables(periodReport(parsePeriod('2026-Q4') as Period, input), 'zh', names);

  it('name counted keys in the viewer’s language and say what was not recorded', () => {
    const byCountry = month.find((table) => table.id === 'leads-by-country')!;
    expect(byCountry.columns).toEqual(['Country', 'Count']);
    expect(byCountry.rows).toEqual([['country:DE:en', 1]]);
    const byPark = month.find((table) => table.id === 'leads-by-park')!;
    expect(byPark.rows).toEqual([['—', 1]]);
    expect(byPark.chart).toEqual([{ label: '—', value: 1, display: '1' }]);
  });

  it('give every band a row and a total, with amounts in yuan', () => {
    const bands = month.find((table) => table.id === 'signed-by-band')!;
    expect(bands.rows).toEqual([
      ['band:major:en', 1, { cny: 2_000_000_000 }, { cny: 0 }],
      ['band:medium:en', 0, { cny: 0 }, { cny: 0 }],
      ['band:small:en', 0, { cny: 0 }, { cny: 0 }],
      ['band:unknown:en', 0, { cny: 0 }, { cny: 0 }],
      ['Total', 1, { cny: 2_000_000_000 }, { cny: 0 }],
    ]);
    expect(cellText({ cny: 2_000_000_000 }, 'en')).toBe('¥2 billion');
    expect(cellText({ cny: 2_000_000_000 }, 'zh')).toBe('20亿元');
  });

  it('add a month-by-month table with its sum to a quarter only', () => {
    expect(month.some((table) => table.id === 'by-month')).toBe(false);
    const byMonth = quarter.find((table) => table.id === 'by-month')!;
    expect(byMonth.rows.map((row) => row.slice(0, 6))).toEqual([
      ['2026-10', 0, 0, 0, 0, { cny: 0 }],
      ['2026-11', 1, 0, 0, 1, { cny: 2_000_000_000 }],
      ['2026-12', 1, 0, 0, 1, { cny: 30_000_000 }],
      ['合计', 2, 0, 0, 2, { cny: 2_030_000_000 }],
    ]);
    expect(quarter.find((table) => table.id === 'signed-by-band')!.rows.at(-1)).toEqual(['合计', 2, { cny: 2_030_000_000 }, { cny: 0 }]);
  });

  it('write CSV with plain numbers, quoted cells and formulas defused', () => {
    const csv = tableCsv(month.find((table) => table.id === 'signed-projects')!);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '"Project","Signed on","Band","Planned investment (CNY)"',
      `"'=HYPERLINK(""x"")","2026-11-03","band:major:en","2000000000"`,
      '',
    ]);
  });
});
