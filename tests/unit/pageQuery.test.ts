import { describe, expect, it } from 'vitest';
import renderSafeMemoryCache, { cacheKey } from '../../src/lib/pageCacheProvider';
import { hasUnreadParameters, pageQuery, pageTarget } from '../../src/lib/pageQuery';

const logger = { info() {}, warn() {}, error() {}, debug() {} } as never;
const context = (path: string) => {
  const url = new URL(path, 'http://site.test');
  return { request: new Request(url), url, logger };
};
const cacheable = (body: string) => async () =>
  new Response(body, {
    headers: { 'content-type': 'text/html; charset=utf-8', 'CDN-Cache-Control': 'max-age=600', 'Cache-Tag': 'global:site,news' },
  });

describe('the query a page is rendered for', () => {
  it('keeps only the parameters the page reads, in the order of their names', () => {
    expect(pageTarget('/en/news?page=1&utm_source=X%22y&ref=evil')).toBe('/en/news?page=1');
    // Malformed percent-encoding stays as sent, for the server to refuse with 400.
    expect(pageTarget('/zh/search?q=%E0%A4%A&utm_source=x')).toBe('/zh/search?q=%E0%A4%A&utm_source=x');
    expect(pageTarget('/zh/news?page=2&category=events&fbclid=1')).toBe('/zh/news?category=events&page=2');
    expect(pageTarget('/en/policies?type=tax&status=current&page=3&industry=ai&x=1')).toBe(
      '/en/policies?industry=ai&page=3&status=current&type=tax',
    );
    expect(pageTarget('/en/projects/?stage=signed&gclid=abc')).toBe('/en/projects/?stage=signed');
    expect(pageTarget('/en/search?q=%E7%94%B5%E6%9C%BA+motor&page=2&utm_medium=mail')).toBe('/en/search?page=2&q=%E7%94%B5%E6%9C%BA+motor');
    expect(pageTarget('/en/contact?type=office-space&park=jiuhua&ref=partner')).toBe('/en/contact?park=jiuhua&type=office-space');
    expect(pageTarget('/zh/preview?token=abc.def&utm_source=x')).toBe('/zh/preview?token=abc.def');
  });

  it('drops every parameter of a page that reads none, and of paths outside the locales', () => {
    expect(pageTarget('/en/parks/jiuhua?page=2&utm_source=x')).toBe('/en/parks/jiuhua');
    expect(pageTarget('/en/figures?q=1')).toBe('/en/figures');
    expect(pageTarget('/en/?ref=evil')).toBe('/en/');
    expect(pageTarget('/sitemap.xml?x=1')).toBe('/sitemap.xml');
  });

  it('keeps repeated values, so a page still refuses a filter given twice', () => {
    expect(pageTarget('/en/news?category=a&utm_source=x&category=b')).toBe('/en/news?category=a&category=b');
  });

  it("leaves Astro's own routes and targets without a query as they are", () => {
    expect(pageTarget('/_image?href=%2F_astro%2Fa.png&w=640&f=webp')).toBe('/_image?href=%2F_astro%2Fa.png&w=640&f=webp');
    expect(pageTarget('/_actions/sendInquiry')).toBe('/_actions/sendInquiry');
    expect(pageTarget('/en/news')).toBe('/en/news');
  });

  it('is what the route cache keys a page by, whatever order or extra parameters a request has', () => {
    const key = cacheKey(new URL('http://site.test/en/news?page=1'));
    expect(key).toBe('http://site.test/en/news?page=1');
    for (const path of [
      '/en/news?page=1&utm_source=X%22y&ref=evil',
      '/en/news?ref=evil&page=1',
      pageTarget('/en/news?page=1&utm_source=X%22y&ref=evil'),
    ]) {
      expect(cacheKey(new URL(path, 'http://site.test')), path).toBe(key);
    }
    expect(pageQuery('/en/news', new URLSearchParams('utm_source=x'))).toBe('');
  });

  it('tells a URL with parameters its page does not read', () => {
    expect(hasUnreadParameters(new URL('http://site.test/en/news?page=1&ref=evil'))).toBe(true);
    expect(hasUnreadParameters(new URL('http://site.test/en/news?page=1&category=events'))).toBe(false);
    expect(hasUnreadParameters(new URL('http://site.test/_image?href=x&w=1'))).toBe(false);
  });
});

describe('a render from parameters the cache key drops', () => {
  it('is served to its own request but never stored for the clean URL', async () => {
    const cache = renderSafeMemoryCache({ max: 10 });
    const poisoned = await cache.onRequest!(
      context('/en/news?page=1&utm_source=X%22y&ref=evil'),
      cacheable('switch ?utm_source=X%22y&ref=evil'),
    );
    expect(await poisoned.text()).toContain('evil');
    const clean = await cache.onRequest!(context('/en/news?page=1'), cacheable('switch ?page=1'));
    expect(clean.headers.get('X-Astro-Cache')).toBe('MISS');
    expect(await clean.text()).toBe('switch ?page=1');
    const again = await cache.onRequest!(context('/en/news?page=1&ref=evil'), cacheable('never rendered'));
    expect(again.headers.get('X-Astro-Cache')).toBe('HIT');
    expect(await again.text()).toBe('switch ?page=1');
  });
});
