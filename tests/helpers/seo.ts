import type { APIRequestContext, Page } from '@playwright/test';
import { siteUrl } from './e2e.ts';

export interface SitemapUrl {
  loc: string;
  lastmod?: string;
  alternates: { hreflang: string; href: string }[];
}

const sitemapNs = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** The site's URLs point at the configured public address; tests reach the same path on the test server. */
export const onTestServer = (url: string) => {
  const parsed = new URL(url);
  return `${siteUrl()}${parsed.pathname}${parsed.search}`;
};

// XML is parsed by the browser's own parser: what a feed reader or crawler would accept.

/** The `<loc>`s of a sitemap index; throws when it is not well-formed. */
export async function parseSitemapIndex(page: Page, text: string): Promise<string[]> {
  const result = await page.evaluate(
    ({ text, ns }) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.querySelector('parsererror')?.textContent;
      return { error, locs: [...doc.getElementsByTagNameNS(ns, 'loc')].map((e) => e.textContent ?? '') };
    },
    { text, ns: sitemapNs },
  );
  if (result.error) throw new Error(`sitemap index is not well-formed: ${result.error}`);
  return result.locs;
}

/** The `<url>`s of a sitemap with their alternates; throws when it is not well-formed. */
export async function parseUrlset(page: Page, text: string): Promise<SitemapUrl[]> {
  const result = await page.evaluate(
    ({ text, ns }) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.querySelector('parsererror')?.textContent;
      const urls = [...doc.getElementsByTagNameNS(ns, 'url')].map((u) => ({
        loc: u.getElementsByTagNameNS(ns, 'loc')[0]?.textContent ?? '',
        lastmod: u.getElementsByTagNameNS(ns, 'lastmod')[0]?.textContent ?? undefined,
        alternates: [...u.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map((l) => ({
          hreflang: l.getAttribute('hreflang') ?? '',
          href: l.getAttribute('href') ?? '',
        })),
      }));
      return { error, urls, root: doc.documentElement.localName };
    },
    { text, ns: sitemapNs },
  );
  if (result.error) throw new Error(`sitemap is not well-formed: ${result.error}`);
  if (result.root !== 'urlset') throw new Error(`expected a <urlset>, got <${result.root}>`);
  return result.urls;
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: string;
  description: string;
}

/** An RSS 2.0 feed's channel and items; throws when it is not well-formed. */
export async function parseFeed(page: Page, text: string): Promise<{ title: string; language: string; link: string; items: FeedItem[] }> {
  const result = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror')?.textContent;
    const child = (el: Element, name: string) => el.querySelector(`:scope > ${name}`)?.textContent ?? '';
    const channel = doc.querySelector('rss > channel');
    return {
      error,
      channel: channel && {
        title: child(channel, 'title'),
        language: child(channel, 'language'),
        link: child(channel, 'link'),
        items: [...channel.querySelectorAll(':scope > item')].map((item) => ({
          title: child(item, 'title'),
          link: child(item, 'link'),
          pubDate: child(item, 'pubDate'),
          description: child(item, 'description'),
        })),
      },
    };
  }, text);
  if (result.error || !result.channel) throw new Error(`feed is not well-formed RSS: ${result.error ?? 'no <rss><channel>'}`);
  return result.channel;
}

/** Every URL of every sitemap the index lists. */
export async function readSitemaps(page: Page, request: APIRequestContext): Promise<{ sitemaps: string[]; urls: SitemapUrl[] }> {
  const index = await request.get(`${siteUrl()}/sitemap.xml`);
  if (index.status() !== 200) throw new Error(`sitemap.xml answered ${index.status()}`);
  const sitemaps = await parseSitemapIndex(page, await index.text());
  const urls: SitemapUrl[] = [];
  for (const sitemap of sitemaps) {
    const response = await request.get(onTestServer(sitemap));
    if (response.status() !== 200) throw new Error(`${sitemap} answered ${response.status()}`);
    urls.push(...(await parseUrlset(page, await response.text())));
  }
  return { sitemaps, urls };
}

/**
 * One URL of every route pattern in the sitemap (`/zh/news/<slug>` stands for every news item),
 * in both languages, so tests cover pages other engineers add as soon as the sitemap lists them.
 */
export function onePerRoutePattern(urls: SitemapUrl[]): string[] {
  const byPattern = new Map<string, string>();
  for (const { loc } of urls) {
    const segments = new URL(loc).pathname.split('/').filter(Boolean);
    const pattern = segments.length > 2 ? [...segments.slice(0, 2), '*'].join('/') : segments.join('/');
    if (!byPattern.has(pattern)) byPattern.set(pattern, loc);
  }
  return [...byPattern.values()];
}

/** Published documents of a collection from the CMS REST API, with the languages they have a title in. */
export async function publishedDocuments(request: APIRequestContext, cms: string, collection: string, titleField: string) {
  const response = await request.get(`${cms}/api/${collection}`, {
    params: { locale: 'all', 'where[_status][equals]': 'published', limit: 1000, depth: 0 },
  });
  if (!response.ok()) throw new Error(`${collection} answered ${response.status()}`);
  const { docs } = (await response.json()) as { docs: (Record<string, unknown> & { slug: string; updatedAt: string })[] };
  return docs.map((doc) => ({
    slug: doc.slug,
    updatedAt: doc.updatedAt,
    locales: Object.entries((doc[titleField] ?? {}) as Record<string, string | null>)
      .filter(([, v]) => v)
      .map(([l]) => l),
  }));
}

export const titleFields: Record<string, string> = {
  industries: 'name',
  parks: 'name',
  projects: 'name',
  policies: 'title',
  news: 'title',
  stories: 'company',
  offices: 'name',
  pages: 'title',
};

export const documentPath = (collection: string, slug: string) => (collection === 'pages' ? `/${slug}` : `/${collection}/${slug}`);

/**
 * One URL of every page type in both languages, as full URLs on the test server: every route
 * pattern the sitemap lists (so pages added later are covered as soon as they are published),
 * plus what the sitemap leaves out: search (empty, with hits, without), contact, track and 404.
 */
export async function everyPageType(page: Page, request: APIRequestContext): Promise<string[]> {
  const { urls } = await readSitemaps(page, request);
  const extra = ['zh', 'en'].flatMap((lang) => [
    `/${lang}/search`,
    `/${lang}/search?q=${encodeURIComponent(lang === 'zh' ? '氢能' : 'hydrogen')}`,
    `/${lang}/search?q=qqxqqz`,
    `/${lang}/contact`,
    `/${lang}/track`,
    `/${lang}/no-such-page`,
  ]);
  return [...new Set([...onePerRoutePattern(urls).map(onTestServer), ...extra.map((path) => `${siteUrl()}${path}`)])];
}

/** The status a page type answers with: 404 for the made-up page, 200 for the rest. */
export const expectedStatus = (url: string) => (url.includes('/no-such-page') ? 404 : 200);
