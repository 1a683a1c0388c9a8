import { describe, expect, it } from 'vitest';
import { maxUrlsPerSitemap, parseSitemapName, planSitemaps, sitemapFileName, sitemapIndexXml, sitemapXml } from '../../src/lib/sitemap';

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
    expect(sitemapXml('zh', entries, site)).toContain(
      '<url><loc>https://invest.example.cn/zh/news/zh-only</loc><lastmod>2024-09-05T08:00:00.000Z</lastmod></url>',
    );
    expect(en).toContain('<loc>https://invest.example.cn/en/a&amp;b</loc>');
    expect(
      en.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
      ),
    ).toBe(true);
  });

  it('indexes the per-language sitemaps', () => {
    expect(sitemapIndexXml([new URL('/sitemap-zh.xml', site)])).toContain(
      '<sitemap><loc>https://invest.example.cn/sitemap-zh.xml</loc></sitemap>',
    );
  });
});

describe('planSitemaps', () => {
  const urlsIn = (part: ReturnType<typeof planSitemaps>[number], landing: number, totals: Record<string, number>, pageSize: number) =>
    (part.landing ? landing : 0) +
    part.sources.reduce((sum, { collection, page }) => sum + Math.min(pageSize, totals[collection]! - (page - 1) * pageSize), 0);

  it('keeps a small site in one file per language, with the landing pages and every page of documents', () => {
    const parts = planSitemaps(
      11,
      [
        { collection: 'news', totalDocs: 2500 },
        { collection: 'parks', totalDocs: 7 },
      ],
      1000,
    );
    expect(parts).toEqual([
      {
        landing: true,
        sources: [
          { collection: 'news', page: 1 },
          { collection: 'news', page: 2 },
          { collection: 'news', page: 3 },
          { collection: 'parks', page: 1 },
        ],
      },
    ]);
  });

  it('splits a large site into files of at most 50,000 URLs that together list every document page once', () => {
    const totals = { news: 120_000, policies: 1_000, parks: 7 };
    const parts = planSitemaps(
      11,
      Object.entries(totals).map(([collection, totalDocs]) => ({ collection, totalDocs })),
      1000,
    );
    expect(parts.length).toBe(3);
    for (const part of parts) expect(urlsIn(part, 11, totals, 1000)).toBeLessThanOrEqual(maxUrlsPerSitemap);
    expect(parts.reduce((sum, part) => sum + urlsIn(part, 11, totals, 1000), 0)).toBe(11 + 121_007);
    const pages = parts.flatMap((p) => p.sources.map((s) => `${s.collection}:${s.page}`));
    expect(new Set(pages).size).toBe(pages.length);
    expect(pages.filter((p) => p.startsWith('news:')).length).toBe(120);
    expect(parts.filter((p) => p.landing).length).toBe(1);
  });

  it('names the first file of a language as before and the others by number, and reads those names back', () => {
    expect(sitemapFileName('zh', 1)).toBe('/sitemap-zh.xml');
    expect(sitemapFileName('en', 3)).toBe('/sitemap-en-3.xml');
    expect(parseSitemapName('zh')).toEqual({ locale: 'zh', part: 1 });
    expect(parseSitemapName('en-3')).toEqual({ locale: 'en', part: 3 });
    // One name per file: `-1` is the unnumbered file, and nothing else parses.
    for (const name of ['zh-1', 'zh-0', 'zh-02', 'zh-x', 'zh-', 'zh-3.xml', undefined])
      expect(parseSitemapName(name), String(name)).toBeUndefined();
  });
});
