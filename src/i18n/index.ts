import i18next from 'i18next';
import type { Locale } from './locales';
import en from './locales/en.json';
import zh from './locales/zh.json';

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
