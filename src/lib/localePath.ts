import { isLocale, type Locale } from '../i18n/locales';

/** `/en/news/x` for locale en and path `/news/x`. */
export function localePath(locale: Locale, path = '/'): string {
  const rest = path === '/' ? '/' : `/${path.replace(/^\/+/, '')}`;
  return `/${locale}${rest}`;
}

/** The part of a pathname after its locale prefix: `/en/news/x` -> `/news/x`. */
export function pathWithoutLocale(pathname: string): string {
  const [, first, ...rest] = pathname.split('/');
  if (!isLocale(first)) return pathname;
  return `/${rest.join('/')}`;
}
