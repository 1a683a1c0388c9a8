// sitemap.xml as XML text. The sitemap lists the documents in the CMS at the time of the request,
// which @astrojs/sitemap cannot: it only knows the routes that exist at build time, and every
// document page here is rendered on demand from the CMS.
import { localeInfo, locales, type Locale } from '../i18n/locales';
import { localePath } from './localePath';

export interface SitemapEntry {
  /** Path without the locale prefix. */
  path: string;
  /** The languages this page has text in; only those are listed and named as alternates. */
  locales: Locale[];
  updatedAt?: string;
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** The sitemap of one language: each page with its alternates in every language it has (and x-default). */
export function sitemapXml(locale: Locale, entries: SitemapEntry[], site: URL): string {
  const url = (l: Locale, path: string) => escapeXml(new URL(localePath(l, path), site).href);
  const body = entries
    .filter((entry) => entry.locales.includes(locale))
    .map((entry) => {
      const alternates = locales.filter((l) => entry.locales.includes(l.code));
      const fallback = entry.locales.includes('zh') ? 'zh' : entry.locales[0]!;
      return [
        '<url>',
        `<loc>${url(locale, entry.path)}</loc>`,
        entry.updatedAt && `<lastmod>${escapeXml(new Date(entry.updatedAt).toISOString())}</lastmod>`,
        ...(alternates.length > 1
          ? [
              ...alternates.map((l) => `<xhtml:link rel="alternate" hreflang="${localeInfo(l.code).lang}" href="${url(l.code, entry.path)}"/>`),
              `<xhtml:link rel="alternate" hreflang="x-default" href="${url(fallback, entry.path)}"/>`,
            ]
          : []),
        '</url>',
      ]
        .filter(Boolean)
        .join('');
    });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...body,
    '</urlset>',
    '',
  ].join('\n');
}

export function sitemapIndexXml(sitemaps: URL[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sitemaps.map((url) => `<sitemap><loc>${escapeXml(url.href)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
}

export const xmlHeaders = { 'content-type': 'application/xml; charset=utf-8' };
