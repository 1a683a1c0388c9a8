import i18next from 'i18next';
import type { Locale } from '#common/locales.ts';
import en from '#common/strings/en.json';
import zh from '#common/strings/zh.json';

// One shared instance; every request takes its own fixed-language `t` with `getFixedT`, never
// `changeLanguage`, which would leak a language across concurrent requests.
const i18n = i18next.createInstance();
i18n.init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: 'zh',
  fallbackLng: false,
  keySeparator: false,
  nsSeparator: false,
  // Astro and React escape on output; escaping here would double-escape.
  interpolation: { escapeValue: false },
  initAsync: false,
});

export type TranslationKey = keyof typeof zh;
export type Translate = (key: TranslationKey, options?: Record<string, unknown>) => string;

export function useTranslations(locale: Locale): Translate {
  const t = i18n.getFixedT(locale);
  return (key, options) => (options ? t(key, options) : t(key)) as string;
}

/**
 * The UI strings of one language whose keys start with one of `prefixes`, for an island: it
 * receives just these as a prop instead of bundling i18next and every string of both languages.
 */
export function messagesFor(locale: Locale, prefixes: string[]): Partial<Record<TranslationKey, string>> {
  const all = (locale === 'en' ? en : zh) as Record<TranslationKey, string>;
  return Object.fromEntries(Object.entries(all).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix))));
}
