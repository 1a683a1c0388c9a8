import { redirect } from 'next/navigation';
import type { AdminViewServerProps } from 'payload';
import { ledgerColumns, ledgerOf, ledgerYear } from '../collections/InvestmentProjects/ledger';
import { AdminPage } from './AdminPage';

// On paper: no admin chrome, the whole table, rows kept whole across pages.
const printCss = `
@media print {
  .nav, .app-header, .template-default__nav-toggler-wrapper, [data-testid="ledger-controls"] { display: none !important; }
  .template-default { display: block !important; }
  [data-testid="ledger"] table { font-size: 9pt; width: 100%; }
  [data-testid="ledger"] tr { break-inside: avoid; }
  [data-testid="ledger"] th, [data-testid="ledger"] td { border: 1px solid #000; }
}
[data-testid="ledger"] table { border-collapse: collapse; }
[data-testid="ledger"] th, [data-testid="ledger"] td { border: 1px solid var(--theme-elevation-150); padding: 0.25rem 0.5rem; vertical-align: top; text-align: left; }
`;

/**
 * `/admin/ledger?year=2026`: the year's ledger of newly introduced projects (signed that year),
 * one table in the admin's language, with the year's CSV and a printable layout (print CSS; the
 * browser makes the PDF). The bureau only; an officer sees their task forces' and their own.
 */
export async function LedgerView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult;
  const admin = req.payload.config.routes.admin;
  if (!req.user) redirect(`${admin}/login?redirect=${encodeURIComponent(`${admin}/ledger`)}`);
  const lang = req.i18n.language === 'en' ? 'en' : 'zh';
  const t = (zh: string, en: string) => (lang === 'en' ? en : zh);
  const bureau = ['admin', 'investment-officer'].includes(String((req.user as { role?: string } | null)?.role));
  const year = ledgerYear((searchParams as Record<string, unknown> | undefined)?.year);
  const ledger = bureau ? await ledgerOf(req.payload, req.user, year, lang) : undefined;
  const number = new Intl.NumberFormat(lang === 'en' ? 'en' : 'zh-CN');
  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <style>{printCss}</style>
      <section data-testid="ledger" lang={lang === 'en' ? 'en' : 'zh-CN'}>
        <h1>{t(`${year} 年新引进项目台账`, `Ledger of projects introduced in ${year}`)}</h1>
        {!ledger ? (
          <p role="alert">{t('只有招商局人员可以查看项目台账。', 'Only the bureau’s staff see the ledger.')}</p>
        ) : (
          <>
            <form
              method="get"
              data-testid="ledger-controls"
              style={{ display: 'flex', gap: '1rem', alignItems: 'center', margin: '1rem 0' }}
            >
              <label htmlFor="ledger-year">{t('年份', 'Year')}</label>
              <input id="ledger-year" name="year" type="number" min={2000} max={2100} defaultValue={year} style={{ width: '6rem' }} />
              <button type="submit" className="btn btn--style-secondary btn--size-small">
                {t('查看', 'Show')}
              </button>
              <a href={`${req.payload.config.routes.api}/investment-projects/ledger.csv?year=${year}`} data-testid="ledger-csv">
                {t('下载 CSV', 'Download CSV')}
              </a>
              <span>{t('打印：使用浏览器的打印功能（可存为 PDF）。', 'To print, use the browser’s Print (it can save a PDF).')}</span>
            </form>
            <p>
              {t(`签约日期在 ${year} 年内的项目：${ledger.projects.length} 个。`, `Projects signed in ${year}: ${ledger.projects.length}.`)}
              {ledger.undated > 0 &&
                t(
                  ` 另有 ${ledger.undated} 个已签约项目缺签约日期，不在任何年度台账中。`,
                  ` ${ledger.undated} more signed project(s) have no signing day and are in no year's ledger.`,
                )}
            </p>
            <table>
              <thead>
                <tr>
                  {ledgerColumns.map((column) => (
                    <th key={column.heading.en} scope="col">
                      {column.heading[lang]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {ledger.projects.map((project) => (
                  <tr key={project.id}>
                    {ledgerColumns.map((column, i) => {
                      const value = column.cell(project, lang);
                      return (
                        <td key={column.heading.en}>
                          {i === 0 ? (
                            <a href={`${admin}/collections/investment-projects/${project.id}`}>{value}</a>
                          ) : typeof value === 'number' ? (
                            number.format(value)
                          ) : (
                            value
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </AdminPage>
  );
}
