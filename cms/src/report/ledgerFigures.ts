import type { PeriodReport } from './monthlyReport';

/** Keys of the figures published from the bureau's ledger start with this; no one types such a figure by hand. */
export const ledgerKeyPrefix = 'ledger-';

/** Where a published figure comes from, on the site's figures page. */
export const ledgerSource = { zh: '招商局台账', en: 'Bureau ledger' } as const;

export interface LedgerFigure {
  key: string;
  order: number;
  label: { zh: string; en: string };
  value: number;
  unit: 'projects' | 'cny' | 'missions';
  series: string;
  periodStart: string;
  periodEnd: string;
  periodLabel: { zh: string; en: string };
  source: typeof ledgerSource;
}

// The figures the article reports (亿元以上项目, 2000万元至1亿元项目, 总投资规模, 外出招商),
// counted from the ledger for the period. Orders follow the hand-typed figures' (1, 2, 3, …) per
// period, so a period's figures stay together on the page.
const measures = [
  {
    name: 'projects-100m-plus',
    label: { zh: '签约亿元以上项目', en: 'Projects of ¥100 million or more signed' },
    unit: 'projects',
    value: (r: PeriodReport) => r.total.signed.major.count,
  },
  {
    name: 'projects-20m-100m',
    label: { zh: '签约2000万元至1亿元项目', en: 'Projects of ¥20 million to ¥100 million signed' },
    unit: 'projects',
    value: (r: PeriodReport) => r.total.signed.medium.count,
  },
  {
    name: 'total-investment',
    label: { zh: '签约项目总投资', en: 'Total investment of projects signed' },
    unit: 'cny',
    value: (r: PeriodReport) => r.total.signed.total.investmentCny,
  },
  {
    name: 'missions',
    label: { zh: '外出招商', en: 'Investment missions led outside the zone' },
    unit: 'missions',
    value: (r: PeriodReport) => r.total.activities.missions,
  },
] as const;

/** The public figures a period's report publishes, keyed `ledger-<period>-<measure>` (one document each, replaced on publishing again). */
export function ledgerFigures(report: PeriodReport): LedgerFigure[] {
  const { period } = report;
  return measures.map((measure, index) => ({
    key: `${ledgerKeyPrefix}${period.key}-${measure.name}`,
    order: 100 + index,
    label: measure.label,
    value: measure.value(report),
    unit: measure.unit,
    series: `${ledgerKeyPrefix}${period.key}`,
    periodStart: period.firstDay,
    periodEnd: period.lastDay,
    periodLabel: period.label,
    source: ledgerSource,
  }));
}
