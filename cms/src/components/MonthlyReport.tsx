import { redirect } from 'next/navigation';
import type { AdminViewServerProps } from 'payload';
import { hasRole } from '../access/roles';
import { loadReport } from '../report/loadReport';
import { currentMonth, isPeriod, parsePeriod, shiftPeriod } from '../report/period';
import { cellText, reportTables, type Lang } from '../report/tables';
import { PrintReportButton, PublishFiguresButton } from './ReportActions';
import { ReportChart } from './ReportChart';
import { AdminPage } from './AdminPage';

// The admin's frame (menu, header, toggler) and the page's controls stay off paper.
const printStyles = `
.monthly-report table { border-collapse: collapse; }
.monthly-report th, .monthly-report td { border: 1px solid var(--theme-elevation-150); padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
.monthly-report td.num { text-align: right; font-variant-numeric: tabular-nums; }
.monthly-report .report-pair { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
.monthly-report section { margin: 0 0 2rem; break-inside: avoid; }
@media print {
  .nav, .app-header, .template-default__nav-toggler-wrapper, .report-controls, .report-csv { display: none !important; }
  .template-default, .template-default__wrap { display: block !important; padding: 0 !important; margin: 0 !important; }
  .monthly-report { color: #000; background: #fff; font-size: 11pt; }
  .monthly-report th, .monthly-report td { border-color: #000; }
  .monthly-report h2 { break-after: avoid; }
}
`;

/**
 * `/admin/monthly-report?period=2026-11` (月通报): a period's report (a month, a quarter
 * `2026-Q4` or a year `2026`, whose months add up) in the admin's language, for the bureau: each
 * table with its SVG bars beside it and its CSV, a print layout, and for administrators the
 * button that publishes the period's figures to the site.
 */
export async function MonthlyReport({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult;
  const admin = req.payload.config.routes.admin;
  if (!req.user) redirect(`${admin}/login?redirect=${encodeURIComponent(`${admin}/monthly-report`)}`);
  const lang: Lang = req.i18n.language === 'en' ? 'en' : 'zh';
  const t = (zh: string, en: string) => (lang === 'en' ? en : zh);
  const api = req.payload.config.routes.api;
  const asked = typeof searchParams?.period === 'string' && searchParams.period !== '' ? searchParams.period : currentMonth();
  const parsed = parsePeriod(asked);
  const bureau = hasRole(req, 'admin', 'investment-officer');
  const content = !bureau ? (
    <p role="alert">{t('月通报仅供招商局查看。', 'The monthly report is for the investment promotion bureau only.')}</p>
  ) : !isPeriod(parsed) ? (
    <p role="alert" data-testid="period-error" style={{ color: 'var(--theme-error-500)' }}>
      {parsed.error.split(' / ')[lang === 'en' ? 1 : 0]}
    </p>
  ) : (
    await reportBody()
  );

  async function reportBody() {
    if (!isPeriod(parsed)) return null;
    const { report, names } = await loadReport(req.payload, req.user, parsed);
    const tables = reportTables(report, lang, names);
    const csv = (table: string) => `${api}/monthly-report.csv?${new URLSearchParams({ period: parsed.key, table }).toString()}`;
    return (
      <>
        <p className="report-controls" style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'center' }}>
          <a href={`?period=${shiftPeriod(parsed, -1)}`} data-testid="previous-period">
            ← {t('上一期', 'Previous')}
          </a>
          <a href={`?period=${shiftPeriod(parsed, 1)}`} data-testid="next-period">
            {t('下一期', 'Next')} →
          </a>
          <PrintReportButton label={t('打印 / 存为 PDF', 'Print / save as PDF')} />
          {hasRole(req, 'admin') && (
            <PublishFiguresButton
              api={api}
              period={parsed.key}
              text={{
                button: t(`发布${parsed.label.zh}数据到网站`, `Publish the figures of ${parsed.label.en} to the site`),
                confirm: t(
                  `将按台账更新网站“招商数据”页上${parsed.label.zh}的数据（来源：招商局台账）。继续？`,
                  `This replaces the site's figures for ${parsed.label.en} with the ledger's (source: bureau ledger). Continue?`,
                ),
                busy: t('正在发布…', 'Publishing…'),
                done: t('已发布 {count} 项数据。', 'Published {count} figures.'),
                failed: t('发布失败', 'Publishing failed'),
              }}
            />
          )}
        </p>
        {tables.map((table) => (
          <section key={table.id} data-testid={`table-${table.id}`} aria-labelledby={`${table.id}-heading`}>
            <h2 id={`${table.id}-heading`} style={{ fontSize: '1.15rem' }}>
              {table.title}
            </h2>
            <div className="report-pair">
              {table.chart && table.chart.length > 0 && <ReportChart id={table.id} title={table.title} bars={table.chart} />}
              {table.rows.length === 0 ? (
                <p>{t('本期没有记录。', 'Nothing recorded in this period.')}</p>
              ) : (
                <table>
                  <thead>
                    <tr>
                      {table.columns.map((column) => (
                        <th key={column} scope="col">
                          {column}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {table.rows.map((row, r) => (
                      <tr key={r}>
                        {row.map((cell, c) => (
                          <td key={c} className={typeof cell === 'string' ? undefined : 'num'}>
                            {cellText(cell, lang)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
            <p className="report-csv">
              <a href={csv(table.id)} download>
                {t('下载 CSV', 'Download CSV')}
              </a>
            </p>
          </section>
        ))}
      </>
    );
  }

  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <style>{printStyles}</style>
      <article className="monthly-report" lang={lang === 'en' ? 'en' : 'zh-CN'} data-testid="monthly-report">
        <h1>
          {t('月通报', 'Monthly report')}
          {isPeriod(parsed) ? ` · ${parsed.label[lang]}` : ''}
        </h1>
        <form method="get" className="report-controls" style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', margin: '0 0 1rem' }}>
          <label htmlFor="report-period">{t('统计期', 'Period')}</label>
          <input id="report-period" name="period" defaultValue={asked} placeholder="2026-11 · 2026-Q4 · 2026" style={{ width: '12rem' }} />
          <button type="submit" className="btn btn--style-secondary btn--size-small">
            {t('查看', 'Show')}
          </button>
          <span style={{ color: 'var(--theme-elevation-500)' }}>
            {t('月：2026-11；季度：2026-Q4；年：2026（北京时间）', 'Month 2026-11, quarter 2026-Q4, year 2026 (China time)')}
          </span>
        </form>
        {content}
      </article>
    </AdminPage>
  );
}
