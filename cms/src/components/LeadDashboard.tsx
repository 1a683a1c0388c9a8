import type { BeforeListTableServerProps } from 'payload';
import { answerText } from '../collections/Inquiries/answers';
import type { Where } from 'payload';
import { defaultNoReplyDays, dueTodayWhere, followUpOverdueWhere, myLeadsWhere, noReplyWhere } from '../collections/Inquiries/followUp';
import { overdueWhere } from '../collections/Inquiries/overdue';
import { leadStats } from '../collections/Inquiries/stats';

const box = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.75rem 1rem', minWidth: 180 } as const;

function Counts({
  title,
  counts,
  label,
  testId,
}: {
  title: string;
  counts: Record<string, number>;
  label?: (key: string) => string;
  testId?: string;
}) {
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return (
    <div style={box} data-testid={testId}>
      <strong>{title}</strong>
      <table>
        <tbody>
          {rows.map(([key, n]) => (
            <tr key={key}>
              <td>{label ? label(key) : key}</td>
              <td style={{ textAlign: 'right', paddingLeft: '1rem' }}>{n}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A list filter as the address of the inquiries list (`?where[…]=…`), the form Payload's list reads. */
function listQuery(where: Where): string {
  const query = new URLSearchParams();
  const flatten = (value: unknown, prefix: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${prefix}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, `${prefix}[${k}]`);
    else query.set(prefix, String(value));
  };
  flatten(where, 'where');
  return `?${query.toString()}`;
}

/**
 * The lead desk's dashboard above the inquiries list: counts by stage, industry, country and
 * month, the median time to first response, links to the overdue view and the CSV export, and
 * the follow-up lists with their counts: my leads, next action due today, follow-up overdue, and
 * no reply from the prospect N days after a reply (N from the lead desk settings).
 */
export async function LeadDashboard({ payload, user, i18n, searchParams }: BeforeListTableServerProps) {
  const stats = await leadStats(payload, user ?? null);
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const t = (zh: string, en: string) => (lang === 'en' ? en : zh);
  const overdueQuery = new URLSearchParams();
  const flatten = (value: unknown, prefix: string) => {
    if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, `${prefix}[${k}]`);
    else overdueQuery.set(prefix, String(value));
  };
  flatten(overdueWhere(), 'where');
  const exportQuery = new URLSearchParams();
  // The list's filter as the export's: parsed (`where: {…}`) or as the address wrote it (`where[email][equals]`).
  const add = (value: unknown, prefix: string) => {
    if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) add(v, `${prefix}[${k}]`);
    else if (value !== undefined) exportQuery.set(prefix, String(value));
  };
  for (const [key, value] of Object.entries((searchParams ?? {}) as Record<string, unknown>))
    if (key === 'where' || key.startsWith('where[')) add(value, key);
  const api = payload.config.routes.api;
  const now = new Date();
  const desk = await payload.findGlobal({ slug: 'lead-desk', depth: 0, user, overrideAccess: false });
  const noReplyDays = desk.noReplyDays ?? defaultNoReplyDays;
  const followUps = [
    ...(user ? [{ id: 'my-leads', label: t('我的咨询', 'My leads'), where: myLeadsWhere(user.id) }] : []),
    { id: 'due-today', label: t('今日跟进', 'Due today'), where: dueTodayWhere(now) },
    { id: 'follow-up-overdue', label: t('跟进逾期', 'Follow-up overdue'), where: followUpOverdueWhere(now) },
    {
      id: 'no-reply',
      label: t(`答复后 ${noReplyDays} 天未回复`, `No reply after ${noReplyDays} days`),
      where: noReplyWhere(noReplyDays, now),
    },
  ];
  const followUpCounts = await Promise.all(
    followUps.map(async ({ where }) => (await payload.count({ collection: 'inquiries', where, user, overrideAccess: false })).totalDocs),
  );
  return (
    <section data-testid="lead-dashboard" style={{ margin: '0 0 1.5rem' }}>
      <p style={{ display: 'flex', gap: '1.5rem', flexWrap: 'wrap' }}>
        <span>
          {t('咨询总数', 'Inquiries')}: <strong>{stats.total}</strong>
        </span>
        <a href={`?${overdueQuery.toString()}`} data-testid="overdue-link">
          {t('逾期未答复', 'Overdue')}: <strong>{stats.overdue}</strong>
        </a>
        <a href="?where[and][0][duplicates][exists]=true&where[and][1][mergedInto][exists]=false" data-testid="duplicates-link">
          {t('可能重复', 'Possible duplicates')}
        </a>
        <span>
          {t('首次答复中位时间', 'Median time to first response')}:{' '}
          <strong>{stats.medianFirstResponseHours === null ? '—' : `${stats.medianFirstResponseHours} h`}</strong> ({stats.answered})
        </span>
        <a href={`${api}/inquiries/export.csv?${exportQuery.toString()}`}>{t('导出当前筛选 (CSV)', 'Export this list (CSV)')}</a>
      </p>
      <p style={{ display: 'flex', gap: '1.5rem', flexWrap: 'wrap' }} data-testid="follow-up-lists">
        {followUps.map(({ id, label, where }, i) => (
          <a key={id} href={listQuery(where)} data-testid={`${id}-link`}>
            {label}: <strong>{followUpCounts[i]}</strong>
          </a>
        ))}
      </p>
      <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
        <Counts title={t('按进度', 'By stage')} counts={stats.byStage} label={(k) => answerText('stage', k, lang)} />
        <Counts title={t('按产业', 'By industry')} counts={stats.byIndustry} label={(k) => answerText('industry', k, lang)} />
        {/* Counted by code (one row per country, however it was once typed), shown by name. */}
        <Counts
          title={t('按国家或地区', 'By country')}
          counts={stats.byCountry}
          label={(k) => answerText('country', k, lang)}
          testId="counts-country"
        />
        <Counts title={t('按月份', 'By month')} counts={stats.byMonth} />
      </div>
    </section>
  );
}
