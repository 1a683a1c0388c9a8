import { createLocalReq, type BeforeListServerProps, type CollectionSlug } from 'payload';
import { localeCodes, localeInfo, type Locale } from '#common/locales.ts';
import { chinaMinute, scheduledEvents } from '../scheduling/upcoming';

/**
 * Above each drafted collection's list: its upcoming scheduled publishes and unpublishes (the
 * document, what happens, when in China time), each linked to the document, where the drawer that
 * made it also lists and deletes it. Someone who may not edit the collection sees nothing.
 */
export async function ScheduledList({ i18n, collectionConfig, payload, user, locale }: BeforeListServerProps) {
  if (!user) return null;
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never, locale: locale?.code }, payload);
  const events = await scheduledEvents(req, collectionConfig.slug as CollectionSlug);
  if (events.length === 0) return null;
  const en = i18n.language === 'en';
  const t = (zh: string, english: string) => (en ? english : zh);
  const onlyIn = (code: string | undefined) =>
    code && (localeCodes as string[]).includes(code)
      ? t(`（仅${localeInfo(code as Locale).label}）`, ` (${localeInfo(code as Locale).label} only)`)
      : '';
  const docPath = (id: number | string) => `${payload.config.routes.admin}/collections/${collectionConfig.slug}/${id}`;
  return (
    <details open data-testid="scheduled-list" style={{ margin: '0 0 1rem' }}>
      <summary>{t(`定时发布（${events.length}）`, `Scheduled (${events.length})`)}</summary>
      <table className="table" style={{ marginTop: '0.5rem' }}>
        <thead>
          <tr>
            <th>{t('文档', 'Document')}</th>
            <th>{t('操作', 'Action')}</th>
            <th>{t('时间（中国时间）', 'Time (China time)')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.jobId}>
              <td>
                <a href={docPath(event.docId)}>{event.title}</a>
              </td>
              <td>{(event.type === 'publish' ? t('发布', 'Publish') : t('取消发布', 'Unpublish')) + onlyIn(event.locale)}</td>
              <td>
                <time dateTime={event.waitUntil}>{chinaMinute(event.waitUntil)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
