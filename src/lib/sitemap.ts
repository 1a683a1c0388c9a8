// sitemap.xml as XML text. The sitemap lists the documents in the CMS at the time of the request,
// which @astrojs/sitemap cannot: it only knows the routes that exist at build time, and every
// document page here is rendered on demand from the CMS.
import { localeInfo, locales, type Locale } from '#common/locales.ts';
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
              ...alternates.map(
                (l) => `<xhtml:link rel="alternate" hreflang="${localeInfo(l.code).lang}" href="${url(l.code, entry.path)}"/>`,
              ),
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

/** The sitemap protocol's limit of URLs in one sitemap file. */
export const maxUrlsPerSitemap = 50_000;

/** One page of a collection's published documents as the CMS lists them (`limit` = the page size). */
export interface SitemapSource {
  collection: string;
  page: number;
}

/** What one sitemap file of a language lists: the landing pages (first file only) and these pages of documents. */
export interface SitemapPart {
  landing: boolean;
  sources: SitemapSource[];
}

/**
 * Splits a language's sitemap into files of at most `maxUrls` URLs without reading a single
 * document: from the number of landing pages and each collection's document count, the CMS's
 * pages of `pageSize` documents are packed in order into files. Every document page lands in
 * exactly one file, so file n can read just its own pages. Counts are upper bounds (a document
 * without text in the language is left out), so no file ever exceeds the limit.
 */
export function planSitemaps(
  landingCount: number,
  collections: { collection: string; totalDocs: number }[],
  pageSize: number,
  maxUrls = maxUrlsPerSitemap,
): SitemapPart[] {
  if (pageSize > maxUrls || landingCount > maxUrls) throw new RangeError('a page of documents must fit in one sitemap');
  const parts: SitemapPart[] = [{ landing: true, sources: [] }];
  let used = landingCount;
  for (const { collection, totalDocs } of collections) {
    for (let page = 1; (page - 1) * pageSize < totalDocs; page += 1) {
      const size = Math.min(pageSize, totalDocs - (page - 1) * pageSize);
      if (used + size > maxUrls) {
        parts.push({ landing: false, sources: [] });
        used = 0;
      }
      parts.at(-1)!.sources.push({ collection, page });
      used += size;
    }
  }
  return parts;
}

/** `/sitemap-zh.xml` is a language's first file, `/sitemap-zh-2.xml` its second, and so on. */
export function sitemapFileName(locale: string, part: number): string {
  return part === 1 ? `/sitemap-${locale}.xml` : `/sitemap-${locale}-${part}.xml`;
}

/** The `[lang]` route parameter of a sitemap file as its language and part number (1-based). */
export function parseSitemapName(name: string | undefined): { locale: string; part: number } | undefined {
  const match = /^([a-z]{2})(?:-([2-9]|[1-9]\d{1,4}))?$/.exec(name ?? '');
  return match ? { locale: match[1]!, part: match[2] ? Number(match[2]) : 1 } : undefined;
}

export const xmlHeaders = { 'content-type': 'application/xml; charset=utf-8' };
