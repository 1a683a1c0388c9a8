import type { ServerProps } from 'payload';

/** In the admin's menu, for the bureau only: the monthly report page. */
export function MonthlyReportLink({ i18n, payload, user }: ServerProps) {
  const role = (user as { role?: string } | null | undefined)?.role;
  if (role !== 'admin' && role !== 'investment-officer') return null;
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/monthly-report`} data-testid="monthly-report-link">
      <span className="nav__link-label">{i18n.language === 'en' ? 'Monthly report' : '月通报'}</span>
    </a>
  );
}
