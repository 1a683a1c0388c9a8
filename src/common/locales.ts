// The one list of the portal's languages. Dependency-free: Payload's `localization`,
// Astro's `i18n` and i18next all read it, so a language is added in one place.
export const locales = [
  // `code` is Payload's locale and the i18next language; `path` is the URL prefix;
  // `lang` is the BCP 47 tag for <html lang> and hreflang (kept apart from the URL key).
  { code: 'zh', path: 'zh', lang: 'zh-CN', label: '中文' },
  { code: 'en', path: 'en', lang: 'en', label: 'English' },
] as const;

export type Locale = (typeof locales)[number]['code'];

export const defaultLocale: Locale = 'zh';

export const localeCodes = locales.map((l) => l.code) as Locale[];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as string[]).includes(value);
}

export function localeInfo(code: Locale) {
  return locales.find((l) => l.code === code)!;
}

/** The locale for an Accept-Language header: the first supported one, zh when in doubt. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return defaultLocale;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return defaultLocale;
}
