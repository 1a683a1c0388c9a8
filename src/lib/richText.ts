import type { Locale } from '#common/locales.ts';

/**
 * A document body's HTML with its headings moved up so that the highest one is `top` (h2 under a
 * page's h1). Editors often start sections at "###"; without this a body would skip a heading
 * level, which screen-reader users navigating by headings notice (WCAG 1.3.1). Relative levels
 * inside the body are kept; nothing goes beyond h6.
 */
export function bodyHtml(raw: string | null | undefined, top = 2, pageLocale?: Locale): string {
  if (!raw) return '';
  const cleaned = cleanListItems(raw);
  const html = pageLocale === 'en' ? tagChineseInHtml(cleaned) : cleaned;
  const levels = [...html.matchAll(/<h([1-6])[\s>]/gi)].map((match) => Number(match[1]));
  if (levels.length === 0) return html;
  const shift = Math.min(...levels) - top;
  if (shift === 0) return html;
  return html.replace(
    /<(\/?)h([1-6])(?=[\s>])/gi,
    (_, slash: string, level: string) => `<${slash}h${Math.min(6, Math.max(1, Number(level) - shift))}`,
  );
}

/**
 * Payload's Lexical-to-HTML converter writes every list item as `<li class="" style="" value="1">`:
 * `value` is invalid on items of a `<ul>` (the W3C checker's error) and redundant in an `<ol>`,
 * whose items are numbered in order anyway; empty `class` and `style` attributes say nothing.
 */
function cleanListItems(html: string): string {
  return html.replace(/<li\b([^>]*)>/gi, (_, attributes: string) => {
    const kept = attributes
      .replace(/\s(?:class|style)=""/gi, '')
      .replace(/\svalue="\d+"/gi, '')
      .replace(/\s+/g, ' ')
      .trimEnd();
    return `<li${kept}>`;
  });
}

/**
 * A run of Chinese in English text: Han characters with the CJK and full-width punctuation
 * between and around them (两优三特一融, 铁姆肯（湖南）轴承有限公司).
 */
const chineseRun =
  /[\u3000-\u303f\uff00-\uffef]*[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff](?:[\u3000-\u303f\uff00-\uffef\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff·]*[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef])?/g;

/** Text split into its English and Chinese parts, for marking each Chinese part `lang="zh-CN"`. */
export function languageRuns(text: string): Array<{ text: string; chinese: boolean }> {
  const runs: Array<{ text: string; chinese: boolean }> = [];
  let last = 0;
  for (const match of text.matchAll(chineseRun)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), chinese: false });
    runs.push({ text: match[0], chinese: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), chinese: false });
  return runs;
}

/**
 * Marks Chinese inside an English page's HTML with `lang="zh-CN"`, so that screen readers speak
 * it as Chinese and browsers pick a Chinese font for it (WCAG 3.1.2). Only text between tags is
 * touched; the HTML is the CMS's already-escaped output.
 */
export function tagChineseInHtml(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : part.replace(chineseRun, (run) => `<span lang="zh-CN">${run}</span>`)))
    .join('');
}
