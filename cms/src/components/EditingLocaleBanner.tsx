'use client';
import { useConfig, useLocale, useTranslation } from '@payloadcms/ui';
import { usePathname, useSearchParams } from 'next/navigation';
import type { ClientField } from 'payload';
import { locales } from '#common/locales.ts';

const languageName: Record<string, { zh: string; en: string }> = {
  zh: { zh: '中文', en: 'Chinese' },
  en: { zh: '英文', en: 'English' },
};

/** Whether any field, at any depth (rows, tabs, groups, arrays, blocks), has a value per locale. */
function hasLocalized(fields: readonly ClientField[] | undefined): boolean {
  return (fields ?? []).some((field) => {
    if ('localized' in field && field.localized) return true;
    if ('fields' in field && hasLocalized(field.fields as ClientField[])) return true;
    if ('tabs' in field) return field.tabs.some((tab) => hasLocalized(tab.fields as ClientField[]));
    if ('blocks' in field) return (field.blocks ?? []).some((block) => typeof block === 'object' && hasLocalized(block.fields));
    return false;
  });
}

/**
 * Above every page of the admin (the config's `admin.components.header`): on the edit view of a
 * localized document or global, when the content locale is not the admin's language, a banner
 * says which language's content is being edited, with a link back to the admin's language.
 * Payload remembers each user's last locale, so a document can open in English for an editor
 * whose admin is in Chinese without their noticing the small locale switch.
 */
export function EditingLocaleBanner() {
  const { i18n } = useTranslation();
  const locale = useLocale();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const { config, getEntityConfig } = useConfig();
  const adminLanguage = i18n.language === 'en' ? 'en' : 'zh';
  if (!config.localization || !locale?.code || locale.code === adminLanguage) return null;

  const admin = config.routes.admin.replace(/\/$/, '');
  const rest = pathname.startsWith(`${admin}/`) ? pathname.slice(admin.length + 1).split('/') : [];
  // collections/<slug>/<id or "create">, or globals/<slug>: the edit views, not lists or versions.
  const entity =
    rest[0] === 'collections' && rest.length === 3
      ? getEntityConfig({ collectionSlug: rest[1]! })
      : rest[0] === 'globals' && rest.length === 2
        ? getEntityConfig({ globalSlug: rest[1]! })
        : undefined;
  if (!entity || !hasLocalized(entity.fields)) return null;

  const t = (text: { zh: string; en: string }) => text[adminLanguage];
  const editing = languageName[locale.code] ?? { zh: locale.code, en: locale.code };
  const own = locales.find((l) => l.code === adminLanguage)!;
  const back = new URLSearchParams(searchParams.toString());
  back.set('locale', own.code);
  return (
    <div
      role="status"
      data-testid="editing-locale-banner"
      data-locale={locale.code}
      style={{
        padding: '0.6rem 1.5rem',
        background: 'var(--theme-warning-100)',
        borderBottom: '2px solid var(--theme-warning-500)',
        color: 'var(--theme-warning-800)',
        fontWeight: 600,
      }}
    >
      {t({ zh: `正在编辑${editing.zh}内容`, en: `You are editing the ${editing.en} version` })}
      {' — '}
      <span style={{ fontWeight: 400 }}>
        {t({
          zh: '此处保存的文字只改变该语言版本。',
          en: 'What you save here changes that language only.',
        })}{' '}
        <a href={`${pathname}?${back.toString()}`} style={{ color: 'inherit' }}>
          {t({ zh: `切换到${languageName[own.code]!.zh}内容`, en: `Switch to the ${languageName[own.code]!.en} version` })}
        </a>
      </span>
    </div>
  );
}
