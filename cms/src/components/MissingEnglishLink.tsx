import type { BeforeListServerProps } from 'payload';
import { missingEnglishWhere } from '../fields/translation';

function whereQuery(where: unknown, prefix = 'where', query = new URLSearchParams()): URLSearchParams {
  if (Array.isArray(where)) where.forEach((v, i) => whereQuery(v, `${prefix}[${i}]`, query));
  else if (where && typeof where === 'object') for (const [k, v] of Object.entries(where)) whereQuery(v, `${prefix}[${k}]`, query);
  else query.set(prefix, String(where));
  return query;
}

/** Above each drafted collection's list: the saved filter "English missing" and the way back to all. */
export function MissingEnglishLink({ i18n, collectionConfig, payload }: BeforeListServerProps) {
  const t = (zh: string, en: string) => (i18n.language === 'en' ? en : zh);
  const list = `${payload.config.routes.admin}/collections/${collectionConfig.slug}`;
  return (
    <p style={{ display: 'flex', gap: '1rem', margin: '0 0 1rem' }} data-testid="translation-filters">
      <a href={`${list}?${whereQuery(missingEnglishWhere).toString()}`}>{t('只看缺英文的', 'Show those missing English')}</a>
      <a href={list}>{t('全部', 'All')}</a>
    </p>
  );
}
