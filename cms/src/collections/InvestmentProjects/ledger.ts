import type { Payload, TypedUser } from 'payload';
import { chinaDate, chinaMidnight } from '#common/chinaTime.ts';
import type { InvestmentProject } from '../../payload-types';
import { csvRow } from '../../lib/csv';
import { bandOptions, obligationKindOptions, obligationStatusOptions, stageOptions } from './options';

type Lang = 'zh' | 'en';
type Label = { zh: string; en: string };

const labelOf = (options: { value: string; label: Label }[], value: string | null | undefined, lang: Lang) =>
  value ? (options.find((option) => option.value === value)?.label[lang] ?? value) : '';
const day = (value: string | null | undefined) => (value ? chinaDate(value) : '');
const nameOf = (value: unknown) => {
  if (!value || typeof value !== 'object') return '';
  const doc = value as { name?: unknown; displayName?: unknown; email?: unknown };
  return String(doc.displayName ?? doc.name ?? doc.email ?? '');
};

/** The year of the ledger a query asks for (`?year=2026`), this year in China when it names none or no sane one. */
export function ledgerYear(value: unknown, now = new Date()): number {
  const year = typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : NaN;
  return year >= 2000 && year <= 2100 ? year : Number(chinaDate(now).slice(0, 4));
}

/** The obligations of a project in one cell: kind, due day, status (and why waived). */
export function obligationsText(project: Pick<InvestmentProject, 'obligations'>, lang: Lang): string {
  return (project.obligations ?? [])
    .map((row) => {
      const status = labelOf(obligationStatusOptions, row.status, lang);
      const why = row.status === 'waived' && row.waivedReason ? `: ${row.waivedReason}` : '';
      return `${labelOf(obligationKindOptions, row.kind, lang)} ${day(row.dueOn)} ${status}${why}`;
    })
    .join('; ');
}

/** The ledger's columns, each with its heading in both languages and its cell. */
export const ledgerColumns: { heading: Label; cell: (project: InvestmentProject, lang: Lang) => string | number | null | undefined }[] = [
  { heading: { zh: '项目名称', en: 'Project' }, cell: (p) => p.name },
  { heading: { zh: '企业', en: 'Company' }, cell: (p) => p.company },
  { heading: { zh: '园区', en: 'Park' }, cell: (p) => nameOf(p.park) },
  { heading: { zh: '负责专员', en: 'Officer' }, cell: (p) => nameOf(p.officer) },
  { heading: { zh: '联系区领导', en: 'Zone leader' }, cell: (p) => nameOf(p.zoneLeader) },
  { heading: { zh: '签约日期', en: 'Signed' }, cell: (p) => day(p.signedOn) },
  { heading: { zh: '合同金额（元）', en: 'Contract amount (CNY)' }, cell: (p) => p.contractAmountCny },
  { heading: { zh: '计划投资（元）', en: 'Planned investment (CNY)' }, cell: (p) => p.plannedInvestmentCny },
  { heading: { zh: '规模档次', en: 'Band' }, cell: (p, lang) => labelOf(bandOptions, p.band, lang) },
  { heading: { zh: '阶段', en: 'Stage' }, cell: (p, lang) => labelOf(stageOptions, p.stage, lang) },
  { heading: { zh: '开工日期', en: 'Construction started' }, cell: (p) => day(p.constructionStartedOn) },
  { heading: { zh: '投产日期', en: 'Production started' }, cell: (p) => day(p.productionStartedOn) },
  { heading: { zh: '履约事项', en: 'Obligations' }, cell: (p, lang) => obligationsText(p, lang) },
];

/**
 * The year's ledger of newly introduced projects: those signed in that year (China's calendar),
 * in signing order, as the reader may see them (an officer: their task forces' and their own).
 * `undated` counts the signed projects the reader sees that have no signing day and so sit in no
 * year's ledger (the article's projects, until the bureau supplies the day).
 */
export async function ledgerOf(payload: Payload, user: TypedUser | null, year: number, lang: Lang) {
  const found = await payload.find({
    collection: 'investment-projects',
    where: {
      and: [
        { signedOn: { greater_than_equal: chinaMidnight(`${year}-01-01`) } },
        { signedOn: { less_than: chinaMidnight(`${year + 1}-01-01`) } },
      ],
    },
    sort: 'signedOn',
    pagination: false,
    depth: 1,
    locale: lang,
    user,
    overrideAccess: false,
  });
  const undated = await payload.count({
    collection: 'investment-projects',
    where: { and: [{ signedOn: { exists: false } }, { stage: { in: ['signed', 'construction', 'production'] } }] },
    user,
    overrideAccess: false,
  });
  return { projects: found.docs, undated: undated.totalDocs };
}

/** The ledger as CSV in one language: a byte-order mark for spreadsheets, then headings and rows. */
export function ledgerCsv(projects: InvestmentProject[], lang: Lang): string {
  let csv = '\uFEFF' + csvRow(ledgerColumns.map((column) => column.heading[lang]));
  for (const project of projects) csv += csvRow(ledgerColumns.map((column) => column.cell(project, lang)));
  return csv;
}
