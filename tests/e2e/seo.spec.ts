import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { cmsUrl, signIn, siteUrl } from '../helpers/e2e.ts';
import {
  documentPath,
  onePerRoutePattern,
  onTestServer,
  parseFeed,
  publishedDocuments,
  readSitemaps,
  titleFields,
} from '../helpers/seo.ts';

const langTag = { zh: 'zh-CN', en: 'en' } as const;

test('robots.txt allows crawling, keeps crawlers out of the API and search, and names the sitemap', async ({ request }) => {
  const response = await request.get(`${siteUrl()}/robots.txt`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/plain');
  const lines = (await response.text()).split('\n');
  expect(lines).toEqual(
    expect.arrayContaining(['User-agent: *', 'Allow: /', 'Disallow: /api/', 'Disallow: /zh/search', 'Disallow: /en/search']),
  );
  const sitemap = lines.find((line) => line.startsWith('Sitemap: '))!.slice('Sitemap: '.length);
  expect(new URL(sitemap).pathname).toBe('/sitemap.xml');
});

test('the sitemap index lists a sitemap per language, which together list every published document in each language it has text in, and nothing else', async ({
  page,
  request,
}) => {
  // Other tests edit documents at the same time (another worker); a sitemap read just before an
  // edit and the CMS read just after it disagree until the edit's invalidation has reached the
  // site. So the comparison is repeated until it holds (20 s): a sitemap that is never updated
  // still fails.
  let paths: string[] = [];
  await expect(async () => {
    const { sitemaps, urls } = await readSitemaps(page, request);
    expect(sitemaps.map((s) => new URL(s).pathname).sort()).toEqual(['/sitemap-en.xml', '/sitemap-zh.xml']);
    paths = urls.map((u) => new URL(u.loc).pathname);
    expect(new Set(paths).size).toBe(paths.length);

    const expected = new Set<string>();
    for (const lang of ['zh', 'en']) for (const path of ['/', '/news', '/parks', '/contact']) expected.add(`/${lang}${path}`);
    for (const [collection, titleField] of Object.entries(titleFields)) {
      for (const doc of await publishedDocuments(request, cmsUrl(), collection, titleField)) {
        for (const lang of doc.locales) {
          const path = `/${lang}${documentPath(collection, doc.slug)}`;
          expected.add(path);
          const entry = urls.find((u) => new URL(u.loc).pathname === path);
          expect(entry, path).toBeDefined();
          expect(new Date(entry!.lastmod!).toISOString(), path).toBe(new Date(doc.updatedAt).toISOString());
        }
        // A document without text in a language is not listed under that language's URL.
        for (const lang of ['zh', 'en'].filter((l) => !doc.locales.includes(l)))
          expect(paths).not.toContain(`/${lang}${documentPath(collection, doc.slug)}`);
      }
    }
    for (const path of expected) expect(paths, path).toContain(path);
    // Beyond the documents, only list and landing pages (one path segment after the language).
    for (const path of paths.filter((p) => !expected.has(p))) expect(path.split('/').filter(Boolean).length, path).toBeLessThanOrEqual(2);
    expect(paths.some((p) => /\/search\b|\/api\/|\/track\b/.test(p))).toBe(false);
  }).toPass({ timeout: 20_000 });

  // Drafts (four unnamed parks in the seed) are not listed.
  const admin = await signIn(request);
  const drafts = await request.get(`${cmsUrl()}/api/parks`, {
    params: { 'where[_status][equals]': 'draft', draft: 'true', depth: 0 },
    headers: { authorization: admin },
  });
  const draftSlugs = ((await drafts.json()) as { docs: { slug: string }[] }).docs.map((d) => d.slug);
  expect(draftSlugs.length).toBeGreaterThan(0);
  for (const slug of draftSlugs) expect(paths.filter((p) => p.endsWith(`/parks/${slug}`))).toEqual([]);
});

test('every sitemap URL answers 200, and its alternates name each other', async ({ page, request }) => {
  const { urls } = await readSitemaps(page, request);
  const failures: string[] = [];
  for (const { loc, alternates } of urls) {
    const status = (await request.get(onTestServer(loc), { maxRedirects: 0 })).status();
    if (status !== 200) failures.push(`${new URL(loc).pathname} answered ${status}`);
    if (alternates.length) {
      expect(
        alternates.map((a) => a.href),
        loc,
      ).toContain(loc);
      expect(
        alternates.map((a) => a.hreflang),
        loc,
      ).toContain('x-default');
    }
  }
  expect(failures).toEqual([]);
});

/** Sample pages: one of every route pattern in the sitemap. */
async function samplePages(page: Page, request: APIRequestContext): Promise<string[]> {
  return onePerRoutePattern((await readSitemaps(page, request)).urls).map(onTestServer);
}

test('every hreflang alternate answers 200 and links back to the page it came from', async ({ page, request }) => {
  const failures: string[] = [];
  for (const url of await samplePages(page, request)) {
    const response = await page.goto(url);
    if (response?.status() !== 200) {
      failures.push(`${url} answered ${response?.status()}`);
      continue;
    }
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => ({ hreflang: l.getAttribute('hreflang')!, href: l.getAttribute('href')! })));
    expect(alternates.map((a) => a.hreflang).sort(), url).toEqual(['en', 'x-default', 'zh-CN']);
    for (const alternate of alternates) {
      const target = await page.request.get(onTestServer(alternate.href));
      if (target.status() !== 200) failures.push(`${alternate.href} (from ${url}) answered ${target.status()}`);
      const back = [...(await target.text()).matchAll(/<link rel="alternate" hreflang="[^"]+" href="([^"]+)"/g)].map((m) => m[1]);
      if (!back.includes(canonical!)) failures.push(`${alternate.href} does not link back to ${canonical}`);
    }
  }
  expect(failures).toEqual([]);
});

test('every JSON-LD block parses and names its @type; home has GovernmentOrganization, news items NewsArticle', async ({
  page,
  request,
}) => {
  const types = new Map<string, string[]>();
  for (const url of await samplePages(page, request)) {
    const response = await page.goto(url);
    if (response?.status() !== 200) continue; // reported by the sitemap test
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const parsed = blocks.map((text) => JSON.parse(text) as { '@type'?: string; '@context'?: string });
    for (const block of parsed) {
      expect(block['@context'], url).toBe('https://schema.org');
      expect(block['@type'], url).toEqual(expect.any(String));
    }
    types.set(
      new URL(url).pathname,
      parsed.map((b) => b['@type']!),
    );
  }
  for (const lang of ['zh', 'en']) {
    expect(types.get(`/${lang}/`)).toContain('GovernmentOrganization');
    const newsItem = [...types.keys()].find((p) => p.startsWith(`/${lang}/news/`))!;
    expect(types.get(newsItem)).toEqual(expect.arrayContaining(['NewsArticle', 'BreadcrumbList']));
  }
  await page.goto(`${siteUrl()}/en/news/iwg-flexible-office-centre-agreement`);
  const article = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').allTextContents()).find((t) => t.includes('NewsArticle'))!,
  );
  expect(article).toMatchObject({
    inLanguage: 'en',
    headline: expect.stringContaining('IWG'),
    datePublished: expect.any(String),
    dateModified: expect.any(String),
    publisher: { '@type': 'GovernmentOrganization' },
  });
  await page.goto(`${siteUrl()}/zh/`);
  const org = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').allTextContents()).find((t) => t.includes('GovernmentOrganization'))!,
  );
  expect(org.name).toBe('湘潭高新区投资促进门户');
  // The seed has no contact details, so none are claimed.
  expect(org).not.toHaveProperty('contactPoint');
});

for (const lang of ['zh', 'en'] as const) {
  for (const collection of ['news', 'policies'] as const) {
    test(`the ${collection} feed in ${lang} is well-formed RSS with absolute links to pages that exist`, async ({ page, request }) => {
      const response = await request.get(`${siteUrl()}/${lang}/${collection}/rss.xml`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('xml');
      const feed = await parseFeed(page, await response.text());
      expect(feed.language).toBe(langTag[lang].toLowerCase());
      expect(feed.items.length).toBeGreaterThan(0);
      for (const item of feed.items) {
        expect(item.title).not.toBe('');
        expect(item.link).toMatch(new RegExp(`^https?://[^/]+/${lang}/${collection}/[\\w-]+$`));
        expect(Number.isNaN(Date.parse(item.pubDate)), item.pubDate).toBe(false);
      }
      // Every published item with text in this language, up to 50 (other test files may publish more meanwhile).
      const published = await publishedDocuments(request, cmsUrl(), collection, titleFields[collection]!);
      expect(feed.items.length).toBeGreaterThanOrEqual(Math.min(50, published.filter((d) => d.locales.includes(lang)).length));
      expect((await request.get(onTestServer(feed.items[0]!.link))).status()).toBe(200);
    });
  }

  test(`the ${lang} news list and home page announce their feeds in the head`, async ({ page }) => {
    await page.goto(`${siteUrl()}/${lang}/news`);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', `/${lang}/news/rss.xml`);
    await page.goto(`${siteUrl()}/${lang}/`);
    const feeds = await page
      .locator('link[rel="alternate"][type="application/rss+xml"]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(feeds).toEqual([`/${lang}/news/rss.xml`, `/${lang}/policies/rss.xml`]);
  });
}

test('publishing in the CMS shows at once in the feeds, the sitemap and search, in both languages; deleting removes it', async ({
  page,
  request,
}) => {
  const admin = await signIn(request);
  const stamp = Date.now().toString(36);
  const slug = `seo-e2e-${stamp}`;
  const word = { zh: `新词${stamp}`, en: `zq${stamp}` };
  const created = await request.post(`${cmsUrl()}/api/news`, {
    params: { locale: 'zh' },
    headers: { authorization: admin },
    data: { title: `草稿 ${word.zh}`, slug, publishedAt: '2021-01-01T00:00:00.000Z', summary: '摘要', _status: 'published' },
  });
  expect(created.status()).toBe(201);
  const { id } = ((await created.json()) as { doc: { id: number | string } }).doc;

  // Warm every cache first, so what follows shows invalidation rather than a first render.
  for (const lang of ['zh', 'en'] as const) {
    for (const url of [`/${lang}/news/rss.xml`, `/sitemap-${lang}.xml`, `/${lang}/search?q=${encodeURIComponent(word[lang])}`])
      await request.get(`${siteUrl()}${url}`);
  }
  expect((await request.get(`${siteUrl()}/en/news/rss.xml`)).headers()['x-astro-cache']).toBe('HIT');
  const before = (await readSitemaps(page, request)).urls.find((u) => new URL(u.loc).pathname === `/zh/news/${slug}`);
  expect(before?.lastmod).toBeDefined();
  expect((await readSitemaps(page, request)).urls.some((u) => new URL(u.loc).pathname === `/en/news/${slug}`)).toBe(false);

  const titles = { zh: `更新 ${word.zh}`, en: `Updated ${word.en}` };
  for (const lang of ['zh', 'en'] as const) {
    const update = await request.patch(`${cmsUrl()}/api/news/${id}`, {
      params: { locale: lang },
      headers: { authorization: admin },
      data: { title: titles[lang], summary: lang === 'en' ? 'Summary' : '摘要', _status: 'published' },
    });
    expect(update.status()).toBe(200);
  }
  const { updatedAt } = (await (await request.get(`${cmsUrl()}/api/news/${id}`, { params: { depth: 0 } })).json()) as { updatedAt: string };

  const { urls } = await readSitemaps(page, request);
  for (const lang of ['zh', 'en'] as const) {
    const feed = await parseFeed(page, await (await request.get(`${siteUrl()}/${lang}/news/rss.xml`)).text());
    expect(feed.items.map((i) => i.title)).toContain(titles[lang]);

    const entry = urls.find((u) => new URL(u.loc).pathname === `/${lang}/news/${slug}`);
    expect(entry, lang).toBeDefined();
    expect(new Date(entry!.lastmod!).toISOString()).toBe(new Date(updatedAt).toISOString());
    expect(entry!.alternates.map((a) => a.hreflang).sort()).toEqual(['en', 'x-default', 'zh-CN']);

    await page.goto(`${siteUrl()}/${lang}/search?q=${encodeURIComponent(word[lang])}`);
    await expect(page.locator('.search-result')).toHaveCount(1);
    await expect(page.locator('.search-result mark').first()).toHaveText(word[lang]);
    await expect(page.locator('.search-result a')).toHaveAttribute('href', `/${lang}/news/${slug}`);
  }
  expect(urls.find((u) => new URL(u.loc).pathname === `/zh/news/${slug}`)!.lastmod).not.toBe(before!.lastmod);

  expect((await request.delete(`${cmsUrl()}/api/news/${id}`, { headers: { authorization: admin } })).status()).toBe(200);
  for (const lang of ['zh', 'en'] as const) {
    const feed = await parseFeed(page, await (await request.get(`${siteUrl()}/${lang}/news/rss.xml`)).text());
    expect(feed.items.some((i) => i.link.endsWith(`/news/${slug}`))).toBe(false);
    await page.goto(`${siteUrl()}/${lang}/search?q=${encodeURIComponent(word[lang])}`);
    await expect(page.locator('.search-result')).toHaveCount(0);
  }
  expect((await readSitemaps(page, request)).urls.some((u) => u.loc.endsWith(`/news/${slug}`))).toBe(false);
});
