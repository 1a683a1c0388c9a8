import { describe, expect, it } from 'vitest';
import { sitemapIndexXml, sitemapXml } from '../../src/lib/sitemap';

const site = new URL('https://invest.example.cn');

describe('sitemapXml', () => {
  const entries = [
    { path: '/news/both', locales: ['zh', 'en'] as const, updatedAt: '2024-09-04T08:00:00.000Z' },
    { path: '/news/zh-only', locales: ['zh'] as const, updatedAt: '2024-09-05T08:00:00.000Z' },
    { path: '/a&b', locales: ['zh', 'en'] as const },
  ].map((e) => ({ ...e, locales: [...e.locales] }));

  it('lists only the pages with text in its language, with lastmod and alternates in each language they have', () => {
    const en = sitemapXml('en', entries, site);
    expect(en).not.toContain('zh-only');
    expect(en).toContain(
      '<url><loc>https://invest.example.cn/en/news/both</loc><lastmod>2024-09-04T08:00:00.000Z</lastmod>' +
        '<xhtml:link rel="alternate" hreflang="zh-CN" href="https://invest.example.cn/zh/news/both"/>' +
        '<xhtml:link rel="alternate" hreflang="en" href="https://invest.example.cn/en/news/both"/>' +
        '<xhtml:link rel="alternate" hreflang="x-default" href="https://invest.example.cn/zh/news/both"/></url>',
    );
    // A page in one language only has no alternates to name.
    expect(sitemapXml('zh', entries, site)).toContain('<url><loc>https://invest.example.cn/zh/news/zh-only</loc><lastmod>2024-09-05T08:00:00.000Z</lastmod></url>');
    expect(en).toContain('<loc>https://invest.example.cn/en/a&amp;b</loc>');
    expect(en.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">')).toBe(true);
  });

  it('indexes the per-language sitemaps', () => {
    expect(sitemapIndexXml([new URL('/sitemap-zh.xml', site)])).toContain('<sitemap><loc>https://invest.example.cn/sitemap-zh.xml</loc></sitemap>');
  });
});
