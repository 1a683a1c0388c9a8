import type { Endpoint } from 'payload';
import { refuseUnless } from '../../Inquiries/endpoints/util';
import { ledgerCsv, ledgerOf, ledgerYear } from '../ledger';

/**
 * `GET /api/investment-projects/ledger.csv?year=2026`: the year's ledger (ledger.ts) as CSV, in the
 * caller's admin language (payload-lng cookie or Accept-Language), with the projects the caller
 * may read. The bureau only.
 */
export const ledgerCsvEndpoint: Endpoint = {
  path: '/ledger.csv',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnless(req, 'admin', 'investment-officer');
    if (refused) return refused;
    const lang = req.i18n?.language === 'en' ? 'en' : 'zh';
    const year = ledgerYear(req.searchParams.get('year'));
    const { projects } = await ledgerOf(req.payload, req.user, year, lang);
    return new Response(ledgerCsv(projects, lang), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="ledger-${year}-${lang}.csv"`,
        'cache-control': 'no-store',
        'content-language': lang === 'en' ? 'en' : 'zh-CN',
      },
    });
  },
};
