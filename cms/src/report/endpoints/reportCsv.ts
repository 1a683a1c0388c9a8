import type { Endpoint } from 'payload';
import { fieldErrors, refuseUnless } from '../../collections/Inquiries/endpoints/util';
import { bilingual } from '../../lib/bilingual';
import { loadReport } from '../loadReport';
import { isPeriod, parsePeriod } from '../period';
import { reportTables, tableCsv } from '../tables';

/**
 * `GET /api/monthly-report.csv?period=2026-11&table=signed-by-band`: one table of a period's
 * report as CSV, in the caller's admin language, read with the caller's access (the bureau only).
 */
export const monthlyReportCsv: Endpoint = {
  path: '/monthly-report.csv',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnless(req, 'admin', 'investment-officer');
    if (refused) return refused;
    const query = (req.query ?? {}) as { period?: unknown; table?: unknown };
    const period = parsePeriod(query.period);
    if (!isPeriod(period)) return fieldErrors([{ path: 'period', message: period.error }]);
    const lang = req.i18n?.language === 'en' ? 'en' : 'zh';
    const { report, names } = await loadReport(req.payload, req.user, period);
    const tables = reportTables(report, lang, names);
    const table = tables.find((t) => t.id === query.table);
    if (!table)
      return fieldErrors([
        {
          path: 'table',
          message: bilingual(
            `没有此表格；可选：${tables.map((t) => t.id).join('、')}`,
            `no such table; one of: ${tables.map((t) => t.id).join(', ')}`,
          ),
        },
      ]);
    return new Response(tableCsv(table), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="report-${period.key}-${table.id}.csv"`,
        'cache-control': 'no-store',
        'content-language': lang === 'en' ? 'en' : 'zh-CN',
      },
    });
  },
};
