import { localeInfo, type Locale } from '#common/locales.ts';

// Chinese text writes numbers of up to four digits without a separator (约4000处, 2000万元, as the
// article does; GB/T 15835) and groups longer ones; English groups from four digits (4,000).
const number = (value: number, locale: Locale, digits = 2) =>
  new Intl.NumberFormat(localeInfo(locale).lang, {
    maximumFractionDigits: digits,
    useGrouping: locale === 'zh' && Math.abs(value) < 10_000 ? false : 'auto',
  }).format(value);

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

/** A count in the reader's digit grouping (4,000; 4000 in Chinese). */
export function formatCount(value: number, locale: Locale): string {
  return number(value, locale, 0);
}

/** A figure's value as shown on the site: money in yuan words, everything else as a count. */
export function formatFigure(figure: { value: number; unit: string }, locale: Locale): string {
  return figure.unit === 'cny' ? formatCny(figure.value, locale) : formatCount(figure.value, locale);
}

/** A count an editor typed as text ("4,000" or "4000") in the reader's grouping; any other text as typed. */
export function formatCountText(text: string, locale: Locale): string {
  const typed = text.trim();
  return /^(\d+|\d{1,3}(,\d{3})+)$/.test(typed) ? formatCount(Number(typed.replace(/,/g, '')), locale) : text;
}
