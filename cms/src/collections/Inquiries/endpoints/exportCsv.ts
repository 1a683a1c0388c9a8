import type { Endpoint, Where } from 'payload';
import { chinaDate, chinaTimeZone } from '#common/chinaTime.ts';
import { idOf } from '#common/idOf.ts';
import { csvRow } from '../../../lib/csv';
import { uiString } from '../../../lib/optionLabels';
import { InquiryActivities } from '../../InquiryActivities';
import { answerText } from '../answers';
import { overdueWhere } from '../overdue';
import { refuseUnless } from './util';

type Lang = 'zh' | 'en';
type Lead = Record<string, unknown> & { id: number | string };

/** `2026-12-01 18:05` in China's time zone, the bureau's own clock. */
const chinaTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: chinaTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});
const inChina = (value: unknown) => (typeof value === 'string' && value ? chinaTime.format(new Date(value)) : '');

const actionField = InquiryActivities.fields.find((field) => 'name' in field && field.name === 'action');
const actionLabels = new Map(
  (actionField && 'options' in actionField ? actionField.options : []).map((option) =>
    typeof option === 'string' ? [option, { zh: option, en: option }] : [option.value, option.label as Record<Lang, string>],
  ),
);

const chinaTimeNote = { zh: '（北京时间）', en: ' (China time)' };
const own = (zh: string, en: string) => ({ zh, en });

/** The columns, each with its heading in both languages and its cell. */
const columns: { heading: Record<Lang, string> | string; cell: (lead: Lead, lang: Lang, extra: Extra) => unknown; time?: true }[] = [
  { heading: 'track.reference', cell: (lead) => lead.reference },
  { heading: own('收到时间', 'Received'), cell: (lead) => inChina(lead.createdAt), time: true },
  { heading: own('进度', 'Stage'), cell: (lead, lang) => answerText('stage', lead.stage, lang) },
  { heading: own('关闭原因', 'Close reason'), cell: (lead, lang) => answerText('closeReason', lead.closeReason, lang) },
  { heading: own('负责专员', 'Owner'), cell: (lead) => ownerName(lead.owner) },
  { heading: own('首次答复期限', 'First response due'), cell: (lead) => inChina(lead.respondBy), time: true },
  { heading: own('首次答复时间', 'First response'), cell: (lead) => inChina(lead.firstResponseAt), time: true },
  { heading: own('最近操作', 'Last action'), cell: (lead, lang, extra) => lastActionLabel(extra.last.get(String(lead.id)), lang) },
  {
    heading: own('最近操作时间', 'Last action at'),
    cell: (lead, _lang, extra) => inChina(extra.last.get(String(lead.id))?.createdAt),
    time: true,
  },
  // A day of China's calendar (the follow-up's next action), as the admin shows it.
  {
    heading: own('下次跟进日期', 'Next action'),
    cell: (lead) => (typeof lead.nextActionOn === 'string' ? chinaDate(lead.nextActionOn) : ''),
  },
  ...(['name', 'jobTitle', 'email', 'phone', 'company', 'website', 'country'] as const).map((field) => ({
    heading: `inquiry.${field}`,
    cell: (lead: Lead, lang: Lang) => answerText(field, lead[field], lang),
  })),
  { heading: own('原填写的国家或地区（未识别）', 'Country as submitted (not recognised)'), cell: (lead: Lead) => lead.countryAsSubmitted },
  ...(['companySize', 'inquiryType', 'industry'] as const).map((field) => ({
    heading: `inquiry.${field}`,
    cell: (lead: Lead, lang: Lang) => answerText(field, lead[field], lang),
  })),
  { heading: 'inquiry.park', cell: (lead: Lead) => parkName(lead.park) },
  ...(['investmentBand', 'jobsBand', 'timeline', 'preferredLanguage', 'contactChannel', 'message'] as const).map((field) => ({
    heading: `inquiry.${field}`,
    cell: (lead: Lead, lang: Lang) => answerText(field, lead[field], lang),
  })),
];

interface Extra {
  last: Map<string, { action?: string; createdAt?: string }>;
}

const ownerName = (owner: unknown) =>
  owner && typeof owner === 'object' ? (owner as { name?: string | null }).name?.trim() || (owner as { email?: string }).email : '';
const parkName = (park: unknown) =>
  park && typeof park === 'object' ? ((park as { name?: string | null }).name ?? (park as { slug?: string }).slug) : '';
const lastActionLabel = (entry: { action?: string } | undefined, lang: Lang) =>
  entry?.action ? (actionLabels.get(entry.action)?.[lang] ?? entry.action) : '';

const headingText = (column: (typeof columns)[number], lang: Lang) =>
  (typeof column.heading === 'string' ? uiString(column.heading, lang) : column.heading[lang]) + (column.time ? chinaTimeNote[lang] : '');

/**
 * `GET /api/inquiries/export.csv?where[…]=…` (the admin list's own query syntax, plus
 * `overdue=true`): the filtered leads as CSV for a spreadsheet, read with the caller's access
 * (admins and officers only), in the caller's admin language: headings and choices by label,
 * countries by name, times on China's clock, the owner by name. Cells are quoted and
 * formula-looking text is defused.
 */
export const exportCsv: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnless(req, 'admin', 'investment-officer');
    if (refused) return refused;
    const lang: Lang = req.i18n?.language === 'en' ? 'en' : 'zh';
    const query = (req.query ?? {}) as { where?: Where; overdue?: string };
    const conditions: Where[] = [];
    if (query.where && typeof query.where === 'object') conditions.push(query.where);
    if (query.overdue === 'true' || query.overdue === '1') conditions.push(overdueWhere());
    const found = await req.payload.find({
      collection: 'inquiries',
      where: conditions.length ? { and: conditions } : undefined,
      pagination: false,
      depth: 1,
      sort: '-createdAt',
      overrideAccess: false,
      user: req.user,
      locale: lang,
      populate: { users: { name: true, email: true }, parks: { slug: true, name: true } },
    });
    const last: Extra['last'] = new Map();
    if (found.docs.length > 0) {
      const activities = await req.payload.find({
        collection: 'inquiry-activities',
        where: { inquiry: { in: found.docs.map((doc) => doc.id) } },
        pagination: false,
        depth: 0,
        sort: '-createdAt',
        overrideAccess: false,
        user: req.user,
        select: { inquiry: true, action: true, createdAt: true },
      });
      for (const entry of activities.docs) {
        const key = String(idOf(entry.inquiry));
        if (!last.has(key)) last.set(key, { action: entry.action, createdAt: entry.createdAt });
      }
    }
    let csv = '\uFEFF' + csvRow(columns.map((column) => headingText(column, lang)));
    for (const doc of found.docs) csv += csvRow(columns.map((column) => column.cell(doc as unknown as Lead, lang, { last })));
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="inquiries-${new Date().toISOString().slice(0, 10)}.csv"`,
        'cache-control': 'no-store',
        'content-language': lang === 'en' ? 'en' : 'zh-CN',
      },
    });
  },
};
