import { localeInfo, type Locale } from '#common/locales.ts';

const number = (value: number, locale: Locale, digits = 2) =>
  new Intl.NumberFormat(localeInfo(locale).lang, { maximumFractionDigits: digits }).format(value);

/**
 * An amount in yuan as readers of each language write it: Chinese in 亿元/万元 (76.7亿元),
 * English in billions/millions with the yuan sign (¥7.67 billion).
 */
export function formatCny(value: number, locale: Locale): string {
  if (locale === 'zh') {
    if (Math.abs(value) >= 1e8) return `${number(value / 1e8, locale)}亿元`;
    if (Math.abs(value) >= 1e4) return `${number(value / 1e4, locale)}万元`;
    return `${number(value, locale)}元`;
  }
  if (Math.abs(value) >= 1e9) return `¥${number(value / 1e9, locale)} billion`;
  if (Math.abs(value) >= 1e6) return `¥${number(value / 1e6, locale)} million`;
  return `¥${number(value, locale)}`;
}

/** A count in the reader's digit grouping (4,000). */
export function formatCount(value: number, locale: Locale): string {
  return number(value, locale, 0);
}

/** A figure's value as shown on the site: money in yuan words, everything else as a count. */
export function formatFigure(figure: { value: number; unit: string }, locale: Locale): string {
  return figure.unit === 'cny' ? formatCny(figure.value, locale) : formatCount(figure.value, locale);
}
