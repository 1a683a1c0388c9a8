import type { Page } from '@playwright/test';

export type AdminLanguage = 'zh' | 'en';

/**
 * Latin words a Chinese screen may show: names of formats and standards an editor meets as they
 * are (search engines' "SEO", a "URL", the "API" tab, a "CSV" export), the CMS's own abbreviation,
 * "ICP" (the official Chinese name of a site's filing, "ICP备案号"), and the locale codes of the
 * locale switcher.
 */
export const latinAllowedInChinese = ['SEO', 'URL', 'API', 'CSV', 'PDF', 'JSON', 'REST', 'GraphQL', 'ID', 'CMS', 'ICP', 'zh', 'en'];

// Text that is data, not interface, whichever the language: addresses, paths, file names,
// slugs (kebab-case), reference numbers, a number's placeholder ("湘ICP备XXXXXXXX号").
const dataPatterns = [
  /X{4,}/g,
  /[\w.+-]+@[\w-]+(\.[\w-]+)+/g,
  /https?:\/\/\S+/g,
  /(^|\s)\/[\w\-/.?=&%]+/g,
  /\b[\w-]+\.(jpe?g|png|webp|avif|gif|svg|pdf|csv|json)\b/gi,
  /\b[A-Z]{2,}(-[A-Z0-9]+)+\b/g,
  /\b[a-z0-9]+(-[a-z0-9]+)+\b/g,
];

const cjk =
  /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+/g;

export interface StrayTextOptions {
  /** Further words or phrases that are data here (user names, a document's own title). */
  allow?: readonly string[];
}

/**
 * The pieces of `text` written in the other language: on a Chinese screen, Latin words of two or
 * more letters that are not allowed above; on an English screen, runs of Chinese characters or
 * full-width punctuation. Empty when the text is in one language.
 */
export function strayText(text: string, lang: AdminLanguage, options: StrayTextOptions = {}): string[] {
  let rest = text;
  for (const phrase of [...(options.allow ?? [])].sort((a, b) => b.length - a.length)) if (phrase) rest = rest.split(phrase).join(' ');
  if (lang === 'en') return [...rest.matchAll(cjk)].map((m) => m[0]);
  for (const pattern of dataPatterns) rest = rest.replace(pattern, ' ');
  const allowed = new Set(latinAllowedInChinese);
  return [...rest.matchAll(/[A-Za-z][A-Za-z'’]+/g)].map((m) => m[0]).filter((word) => !allowed.has(word));
}

/**
 * The text a user sees on the page: visible text nodes, placeholders and button/link names given
 * only as aria-label or title, and the dates the admin writes into date inputs, outside the
 * elements matched by `exclude` (content regions, such as the rich-text editor, whose language is
 * the document's and not the admin's). Other input values are the document's content and are
 * never read.
 */
export async function visibleAdminText(page: Page, exclude: readonly string[] = []): Promise<string> {
  return page.evaluate((excluded) => {
    const skip = (el: Element | null) => !!el && excluded.some((selector) => el.closest(selector));
    const visible = (el: Element) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // A textarea's text is its value: the document's content, like an input's.
      if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA'].includes(parent.tagName)) continue;
      if (skip(parent) || !visible(parent)) continue;
      const value = node.nodeValue?.trim();
      if (value) parts.push(value);
    }
    for (const el of document.querySelectorAll('[placeholder], button[aria-label], a[aria-label], button[title]')) {
      if (skip(el) || !visible(el)) continue;
      const text =
        el.getAttribute('placeholder') ?? (el.textContent?.trim() ? '' : (el.getAttribute('aria-label') ?? el.getAttribute('title')));
      if (text) parts.push(text);
    }
    for (const input of document.querySelectorAll<HTMLInputElement>('.react-datepicker__input-container input')) {
      if (!skip(input) && visible(input) && input.value) parts.push(input.value);
    }
    return parts.join('\n');
  }, exclude);
}
