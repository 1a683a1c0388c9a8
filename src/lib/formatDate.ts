import { chinaTimeZone } from '#common/chinaTime.ts';
import type { Locale } from '#common/locales.ts';

/**
 * The one date format of each language, the one the content writes too (docs/glossary.md):
 * 2024年7月3日 in Chinese, 3 July 2024 in English (day first, as the zone's English texts and
 * the Hunan Daily citations write it; `en` alone would give the US "July 3, 2024").
 */
const dateLocale: Record<Locale, string> = { zh: 'zh-CN', en: 'en-GB' };

/** A calendar date in the reader's language, in China's time zone. */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(dateLocale[locale], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: chinaTimeZone,
  }).format(new Date(iso));
}

/** Whether two instants fall on the same calendar day in China. */
export function sameDay(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const day = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: chinaTimeZone }).format(new Date(iso));
  return day(a) === day(b);
}
