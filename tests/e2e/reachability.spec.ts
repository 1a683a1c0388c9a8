import { expect, test } from '@playwright/test';
import { siteUrl } from '../helpers/e2e.ts';
import { onTestServer, readSitemaps } from '../helpers/seo.ts';

// Issue 18: /investment-services was listed only in the sitemap. Every page the sitemap lists is
// linked from the navigation or the footer, or (a document) found by following links from a
// page they link to.
const pathOf = (url: string) => new URL(url, siteUrl()).pathname.replace(/\/$/, '') || '/';

for (const lang of ['zh', 'en'] as const) {
  test(`every ${lang} page in the sitemap is reachable from the navigation or the footer`, async ({ page, request }) => {
    test.setTimeout(300_000);
    const { urls } = await readSitemaps(page, request);
    const listed = urls.map(({ loc }) => pathOf(onTestServer(loc))).filter((path) => path === `/${lang}` || path.startsWith(`/${lang}/`));
    expect(listed.length).toBeGreaterThan(20);

    await page.goto(`${siteUrl()}/${lang}`);
    const linked = new Set(
      (
        await page
          .locator('.site-header a.brand, .site-header nav a, footer a')
          .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))
      ).map(pathOf),
    );
    // Landing pages and the pages collection's pages (one segment after the language): linked directly.
    const landing = listed.filter((path) => path.split('/').filter(Boolean).length <= 2);
    expect(
      landing.filter((path) => !linked.has(path)),
      'not linked from the navigation or the footer',
    ).toEqual([]);

    // Documents: found by following links (pagination included) from the linked pages.
    const seen = new Set<string>();
    const queue = [...linked].filter((path) => path.startsWith(`/${lang}`)).map((path) => `${siteUrl()}${path}`);
    const reached = new Set<string>();
    while (queue.length > 0 && seen.size < 400) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const response = await request.get(url);
      if (response.status() !== 200 || !response.headers()['content-type']?.includes('text/html')) continue;
      reached.add(pathOf(url));
      for (const [, href] of (await response.text()).matchAll(/href="(\/[^"#]*)"/g)) {
        const next = new URL(href!.replaceAll('&amp;', '&'), siteUrl());
        const path = pathOf(next.href);
        if (!path.startsWith(`/${lang}/`) || path.includes('/search') || path.endsWith('.xml')) continue;
        // Only pagination keeps its query; filters reach nothing the unfiltered list does not.
        const page = next.searchParams.get('page');
        queue.push(`${siteUrl()}${path}${page && [...next.searchParams.keys()].length === 1 ? `?page=${page}` : ''}`);
      }
    }
    expect(
      listed.filter((path) => !reached.has(path)),
      'not reachable by links',
    ).toEqual([]);
  });
}
