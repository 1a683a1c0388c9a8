import type { Locale } from '#common/locales.ts';

/**
 * The content languages as the admin's locale switcher names them, in the admin's own language
 * ("语言环境: 英文", "Locale: Chinese"): the site's labels are each language's own name, which an
 * English admin would show as "中文".
 */
export const localeLabels: Record<Locale, { zh: string; en: string }> = {
  zh: { zh: '中文', en: 'Chinese' },
  en: { zh: '英文', en: 'English' },
};
