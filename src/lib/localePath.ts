import type { Locale } from '#common/locales.ts';

/** `/en/news/x` for locale en and path `/news/x`. */
export function localePath(locale: Locale, path = '/'): string {
  const rest = path === '/' ? '/' : `/${path.replace(/^\/+/, '')}`;
  return `/${locale}${rest}`;
}
