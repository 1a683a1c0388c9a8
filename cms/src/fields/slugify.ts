import { pinyin } from 'pinyin-pro';

/** The most characters a suggested slug keeps: long enough for a headline, short enough for a URL. */
const maxLength = 80;

const hanCharacter = /\p{Script=Han}/u;

/**
 * A URL slug suggested from a title: lower-case ASCII letters, digits and single hyphens
 * ("Clean Energy, 2026!" → "clean-energy-2026"). Chinese characters become toneless pinyin,
 * one word per character ("湘潭新闻" → "xiang-tan-xin-wen"), so a title written only in Chinese
 * still gives a slug the site can use in both languages' URLs. Accents are dropped ("Café" →
 * "cafe"); anything else (punctuation, symbols) separates words. An empty title gives "".
 */
export function slugify(title: unknown): string {
  if (typeof title !== 'string') return '';
  const words = hanCharacter.test(title)
    ? pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join(' ')
    : title;
  return words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}
