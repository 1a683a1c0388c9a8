import type { Endpoint, Where } from 'payload';
import { csvRow } from '../../../lib/csv';
import { overdueWhere } from '../overdue';
import { refuseUnless } from './util';

const columns = [
  'reference',
  'createdAt',
  'stage',
  'closeReason',
  'owner',
  'respondBy',
  'firstResponseAt',
  'name',
  'jobTitle',
  'email',
  'phone',
  'company',
  'website',
  'country',
  'companySize',
  'inquiryType',
  'industry',
  'park',
  'investmentBand',
  'jobsBand',
  'timeline',
  'preferredLanguage',
  'contactChannel',
  'message',
] as const;

const display = (value: unknown) =>
  value && typeof value === 'object'
    ? ((value as { name?: string; email?: string; slug?: string }).email ?? (value as { slug?: string }).slug ?? '')
    : value;

/**
 * `GET /api/inquiries/export.csv?where[…]=…` (the admin list's own query syntax, plus
 * `overdue=true`): the filtered leads as CSV for a spreadsheet, read with the caller's access
 * (admins and officers only). Cells are quoted and formula-looking text is defused.
 */
export const exportCsv: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnless(req, 'admin', 'investment-officer');
    if (refused) return refused;
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
      populate: { users: { email: true }, parks: { slug: true } },
    });
    let csv = '\uFEFF' + csvRow([...columns]);
    for (const doc of found.docs) csv += csvRow(columns.map((column) => display((doc as unknown as Record<string, unknown>)[column])));
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="inquiries-${new Date().toISOString().slice(0, 10)}.csv"`,
        'cache-control': 'no-store',
      },
    });
  },
};
