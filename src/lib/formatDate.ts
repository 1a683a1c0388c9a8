import { chinaTimeZone } from '#common/chinaTime.ts';
import { localeInfo, type Locale } from '#common/locales.ts';

/** A calendar date in the reader's language (2024年7月3日 / 3 July 2024), in China's time zone. */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(localeInfo(locale).lang, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: chinaTimeZone,
  }).format(new Date(iso));
}
