import { formatCny, formatCount } from '#common/formatNumber.ts';
import { csvRow } from '../lib/csv';
import { chinaDay } from './period';
import { bands, emptyMonth, medianResponseHours, notRecorded, type MonthReport, type PeriodReport } from './monthlyReport';

export type Lang = 'zh' | 'en';
type Text = { zh: string; en: string };

/** How the report names what it counts by key, in the viewer's language (from the collections' own labels). */
export interface ReportNames {
  source(key: string, lang: Lang): string;
  industry(key: string, lang: Lang): string;
  park(key: string, lang: Lang): string;
  country(key: string, lang: Lang): string;
  band(key: string, lang: Lang): string;
  obligationKind(key: string, lang: Lang): string;
  obligationStatus(key: string, lang: Lang): string;
  activityKind(key: string, lang: Lang): string;
}

/** A cell: text, a count, or an amount in yuan (shown in words, written to CSV as the plain number). */
export type Cell = string | number | { cny: number };

export interface ReportTable {
  id: string;
  title: string;
  columns: string[];
  rows: Cell[][];
  /** The bars drawn beside the table: one per row, from one of its columns. */
  chart?: { label: string; value: number; display: string }[];
}

const t = (lang: Lang, zh: string, en: string) => (lang === 'en' ? en : zh);
const pick = (text: Text, lang: Lang) => text[lang];

/** A cell as the page shows it. */
export function cellText(cell: Cell, lang: Lang): string {
  if (typeof cell === 'number') return formatCount(cell, lang);
  if (typeof cell === 'object') return formatCny(cell.cny, lang);
  return cell;
}

/** A cell as the CSV has it: numbers stay numbers a spreadsheet can add. */
const cellValue = (cell: Cell) => (typeof cell === 'object' ? cell.cny : cell);

/** One table as CSV (with a byte-order mark, so spreadsheets read the Chinese as UTF-8). */
export function tableCsv(table: ReportTable): string {
  return '\uFEFF' + csvRow(table.columns) + table.rows.map((row) => csvRow(row.map(cellValue))).join('');
}

const countRows = (counts: Record<string, number>, name: (key: string) => string): Cell[][] =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key, n]) => [key === notRecorded ? notRecorded : name(key), n]);

const countChart = (rows: Cell[][], lang: Lang) =>
  rows.map((row) => ({ label: String(row[0]), value: row[1] as number, display: cellText(row[1]!, lang) }));

const countTable = (
  id: string,
  title: string,
  heading: string,
  lang: Lang,
  counts: Record<string, number>,
  name: (key: string) => string,
) => {
  const rows = countRows(counts, name);
  return { id, title, columns: [heading, t(lang, '数量', 'Count')], rows, chart: countChart(rows, lang) };
};

const day = (value: string | undefined) => value ?? '';

/** Every table of a period's report, in the order the page shows them; CSV exists for each. */
export function reportTables(report: PeriodReport, lang: Lang, names: ReportNames): ReportTable[] {
  const total = report.total;
  const tables: ReportTable[] = [];
  const leads = total.newLeads;
  tables.push(
    countTable('leads-by-source', t(lang, '新线索：按来源', 'New leads by source'), t(lang, '来源', 'Source'), lang, leads.bySource, (k) =>
      names.source(k, lang),
    ),
    countTable(
      'leads-by-industry',
      t(lang, '新线索：按产业', 'New leads by industry'),
      t(lang, '产业', 'Industry'),
      lang,
      leads.byIndustry,
      (k) => names.industry(k, lang),
    ),
    countTable('leads-by-park', t(lang, '新线索：按园区', 'New leads by park'), t(lang, '园区', 'Park'), lang, leads.byPark, (k) =>
      names.park(k, lang),
    ),
    countTable(
      'leads-by-country',
      t(lang, '新线索：按国家或地区', 'New leads by country'),
      t(lang, '国家或地区', 'Country'),
      lang,
      leads.byCountry,
      (k) => names.country(k, lang),
    ),
  );

  const response = total.firstResponse;
  const responseRows: Cell[][] = [
    [t(lang, '按时答复', 'Answered in time'), response.onTime],
    [t(lang, '逾期后答复', 'Answered late'), response.late],
    [t(lang, '逾期未答复', 'Not answered, overdue'), response.overdue],
    [t(lang, '未答复，未到期', 'Not answered, not yet due'), response.waiting],
  ];
  const medianHours = medianResponseHours(total);
  tables.push({
    id: 'first-response',
    title: t(
      lang,
      `首次答复与时限（收到咨询 ${response.received} 条）`,
      `First responses against the deadline (${response.received} inquiries received)`,
    ),
    columns: [t(lang, '咨询', 'Inquiries'), t(lang, '数量', 'Count')],
    rows: [
      ...responseRows,
      [t(lang, '首次答复中位时间（小时）', 'Median hours to first response'), medianHours === null ? '—' : medianHours],
    ],
    chart: countChart(responseRows, lang),
  });

  tables.push({
    id: 'converted',
    title: t(lang, '由咨询转为项目', 'Inquiries turned into projects'),
    columns: [t(lang, '项目', 'Project'), t(lang, '转入日期', 'Entered on')],
    rows: total.converted.map((p) => [p.name, p.on]),
  });

  const bandRows: Cell[][] = bands.map((band) => [
    names.band(band, lang),
    total.signed[band].count,
    { cny: total.signed[band].investmentCny },
    { cny: total.signed[band].contractCny },
  ]);
  tables.push({
    id: 'signed-by-band',
    title: t(lang, '签约项目：按投资规模', 'Projects signed, by band'),
    columns: [
      t(lang, '规模', 'Band'),
      t(lang, '项目数', 'Projects'),
      t(lang, '计划投资（元）', 'Planned investment (CNY)'),
      t(lang, '合同金额（元）', 'Contract amount (CNY)'),
    ],
    rows: [
      ...bandRows,
      [
        t(lang, '合计', 'Total'),
        total.signed.total.count,
        { cny: total.signed.total.investmentCny },
        { cny: total.signed.total.contractCny },
      ],
    ],
    chart: countChart(bandRows, lang),
  });
  tables.push({
    id: 'signed-projects',
    title: t(lang, '签约项目', 'Projects signed'),
    columns: [
      t(lang, '项目', 'Project'),
      t(lang, '签约日期', 'Signed on'),
      t(lang, '规模', 'Band'),
      t(lang, '计划投资（元）', 'Planned investment (CNY)'),
    ],
    rows: total.signed.projects.map((p) => [p.name, p.on, names.band(p.band ?? 'unknown', lang), { cny: p.plannedInvestmentCny ?? 0 }]),
  });

  const started = [
    ...total.constructionStarted.map((p) => [p.name, t(lang, '开工', 'Construction started'), p.on] as Cell[]),
    ...total.productionStarted.map((p) => [p.name, t(lang, '投产', 'Production started'), p.on] as Cell[]),
  ];
  tables.push({
    id: 'started',
    title: t(lang, '开工与投产', 'Construction and production started'),
    columns: [t(lang, '项目', 'Project'), t(lang, '事项', 'What'), t(lang, '日期', 'On')],
    rows: started,
    chart: countChart(
      [
        [t(lang, '开工', 'Construction started'), total.constructionStarted.length],
        [t(lang, '投产', 'Production started'), total.productionStarted.length],
      ],
      lang,
    ),
  });

  const obligations = total.obligations;
  const obligationSummary: Cell[][] = [
    [t(lang, '本期到期', 'Due'), obligations.due.length],
    [t(lang, '本期履行', 'Met'), obligations.met.length],
    [t(lang, '逾期', 'Late'), obligations.late.length],
  ];
  tables.push({
    id: 'obligations',
    title: t(lang, '履约事项：履行、到期与逾期', 'Obligations met, due and late'),
    columns: [t(lang, '履约事项', 'Obligations'), t(lang, '数量', 'Count')],
    rows: obligationSummary,
    chart: countChart(obligationSummary, lang),
  });
  const inWhich = (which: 'due' | 'met' | 'late') =>
    pick({ due: { zh: '到期', en: 'Due' }, met: { zh: '履行', en: 'Met' }, late: { zh: '逾期', en: 'Late' } }[which], lang);
  tables.push({
    id: 'obligation-lines',
    title: t(lang, '履约事项明细', 'Obligations, one by one'),
    columns: [
      t(lang, '类别', 'Counted as'),
      t(lang, '项目', 'Project'),
      t(lang, '事项', 'Obligation'),
      t(lang, '说明', 'Description'),
      t(lang, '到期日', 'Due on'),
      t(lang, '履行日', 'Met on'),
      t(lang, '状态', 'Status'),
    ],
    rows: (['due', 'met', 'late'] as const).flatMap((which) =>
      obligations[which].map((o) => [
        inWhich(which),
        o.project,
        o.kind ? names.obligationKind(o.kind, lang) : '',
        o.description ?? '',
        day(o.dueOn),
        day(o.metOn),
        o.status ? names.obligationStatus(o.status, lang) : '',
      ]),
    ),
  });

  const activityCounts: Cell[][] = [
    [names.activityKind('mission', lang), total.activities.missions],
    [names.activityKind('event', lang), total.activities.events],
  ];
  tables.push({
    id: 'activities',
    title: t(lang, '外出招商与活动', 'Missions and events'),
    columns: [
      t(lang, '类别', 'Kind'),
      t(lang, '名称', 'Title'),
      t(lang, '开始', 'Starts'),
      t(lang, '结束', 'Ends'),
      t(lang, '地点', 'Place'),
    ],
    rows: total.activities.list.map((a) => [
      names.activityKind(a.kind ?? 'event', lang),
      a.title ?? '',
      a.startsOn,
      day(chinaDay(a.endsOn)),
      a.place ?? '',
    ]),
    chart: countChart(activityCounts, lang),
  });

  if (report.months.length > 1) tables.push(byMonthTable(report.months, lang));
  return tables;
}

/** A quarter's or year's months side by side, and their sum in the last row. */
function byMonthTable(months: MonthReport[], lang: Lang): ReportTable {
  const rowOf = (label: string, m: MonthReport): Cell[] => [
    label,
    m.newLeads.total,
    m.firstResponse.received,
    m.converted.length,
    m.signed.total.count,
    { cny: m.signed.total.investmentCny },
    m.constructionStarted.length,
    m.productionStarted.length,
    m.obligations.due.length,
    m.obligations.met.length,
    m.obligations.late.length,
    m.activities.missions,
    m.activities.events,
  ];
  const rows = months.map((m) => rowOf(m.month, m));
  const sum = rows.reduce<Cell[]>(
    (acc, row) =>
      acc.map((cell, i) =>
        i === 0
          ? cell
          : typeof cell === 'object'
            ? { cny: cell.cny + (row[i] as { cny: number }).cny }
            : (cell as number) + (row[i] as number),
      ),
    rowOf(t(lang, '合计', 'Total'), emptyMonth('')),
  );
  return {
    id: 'by-month',
    title: t(lang, '逐月汇总', 'Month by month'),
    columns: [
      t(lang, '月份', 'Month'),
      t(lang, '新线索', 'New leads'),
      t(lang, '收到咨询', 'Inquiries received'),
      t(lang, '转为项目', 'Turned into projects'),
      t(lang, '签约项目', 'Projects signed'),
      t(lang, '签约项目计划投资（元）', 'Planned investment signed (CNY)'),
      t(lang, '开工', 'Construction started'),
      t(lang, '投产', 'Production started'),
      t(lang, '履约到期', 'Obligations due'),
      t(lang, '履约履行', 'Obligations met'),
      t(lang, '履约逾期', 'Obligations late'),
      t(lang, '外出招商', 'Missions'),
      t(lang, '活动', 'Events'),
    ],
    rows: [...rows, sum],
    chart: months.map((m) => ({ label: m.month, value: m.signed.total.count, display: formatCount(m.signed.total.count, lang) })),
  };
}
