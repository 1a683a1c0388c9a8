import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import renderSafeMemoryCache, { serveCachedPage } from '../../src/lib/pageCacheProvider';

const logger = { info() {}, warn() {}, error() {}, debug() {} } as never;

function context(path: string) {
  const url = new URL(path, 'http://site.test');
  return { request: new Request(url), url, logger };
}

/** A page render that reads `content` when it starts and can be held open until released. */
function page(content: () => string, tags: string) {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const render = async () => {
    const body = content();
    await held;
    return new Response(body, { headers: { 'CDN-Cache-Control': 'max-age=600', 'Cache-Tag': tags } });
  };
  return { render, release };
}

describe('render-safe page cache', () => {
  it('serves a stored page until one of its tags is invalidated', async () => {
    const cache = renderSafeMemoryCache({ max: 10 });
    let figure = '61';
    const first = page(() => figure, 'global:site,figures');
    first.release();
    expect(await (await cache.onRequest!(context('/en/'), first.render)).text()).toBe('61');
    figure = '62';
    const hit = await cache.onRequest!(context('/en/'), page(() => figure, 'figures').render);
    expect(hit.headers.get('X-Astro-Cache')).toBe('HIT');
    expect(await hit.text()).toBe('61');
    await cache.invalidate({ tags: ['figures'] });
    const fresh = page(() => figure, 'global:site,figures');
    fresh.release();
    expect(await (await cache.onRequest!(context('/en/'), fresh.render)).text()).toBe('62');
  });

  it('does not keep a page whose render read old content and finished after the invalidation', async () => {
    const cache = renderSafeMemoryCache({ max: 10 });
    let figure = '61';
    const racing = page(() => figure, 'global:site,figures');
    const inFlight = cache.onRequest!(context('/en/'), racing.render);
    await new Promise((resolve) => setImmediate(resolve));
    figure = '6161';
    await cache.invalidate({ tags: ['figures'] });
    racing.release();
    const stale = await inFlight;
    expect(await stale.text()).toBe('61');
    // The racing render's tag is internal: clients see the page's own tags only.
    expect(stale.headers.get('Cache-Tag')).toBe('global:site,figures');

    const next = page(() => figure, 'global:site,figures');
    next.release();
    const response = await cache.onRequest!(context('/en/'), next.render);
    expect(response.headers.get('X-Astro-Cache')).toBe('MISS');
    expect(await response.text()).toBe('6161');
  });

  it('keeps a render that races an invalidation of tags it does not show', async () => {
    const cache = renderSafeMemoryCache({ max: 10 });
    const racing = page(() => 'parks', 'global:site,parks');
    const inFlight = cache.onRequest!(context('/en/parks'), racing.render);
    await cache.invalidate({ tags: ['news'] });
    racing.release();
    await (await inFlight).text();
    const again = await cache.onRequest!(context('/en/parks'), page(() => 'other', 'parks').render);
    expect(again.headers.get('X-Astro-Cache')).toBe('HIT');
    expect(await again.text()).toBe('parks');
  });
});

describe('cache hits answered by the site server before Astro', () => {
  async function withServer(run: (base: string) => Promise<void>) {
    const server = http.createServer((request, response) => {
      if (serveCachedPage(request, response)) return;
      response.writeHead(599).end('not from the cache');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await run(`http://127.0.0.1:${port}`);
    } finally {
      server.close();
    }
  }
  const stored =
    (body: string, headers: Record<string, string> = {}) =>
    async () =>
      new Response(body, {
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'X-Frame-Options': 'DENY',
          'CDN-Cache-Control': 'max-age=600',
          'Cache-Tag': 'global:site,news',
          ...headers,
        },
      });

  it('answers a request for a page being rendered with that render, and hands it on when the render may not be shared', async () => {
    const fallbacks: string[] = [];
    const server = http.createServer((request, response) => {
      const render = () => {
        fallbacks.push(request.url!);
        response.writeHead(299).end('rendered again');
      };
      if (serveCachedPage(request, response, render)) return;
      response.writeHead(599).end('not from the cache');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const cache = renderSafeMemoryCache({ max: 10 });
      const slow = page(() => 'sitemap bytes', 'global:site');
      const first = cache.onRequest!(context(`${base}/sitemap-zh.xml`), slow.render);
      const waiting = fetch(`${base}/sitemap-zh.xml`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      slow.release();
      expect(await (await first).text()).toBe('sitemap bytes');
      const shared = await waiting;
      expect(shared.status).toBe(200);
      expect(await shared.text()).toBe('sitemap bytes');

      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const uncacheable = cache.onRequest!(context(`${base}/account`), async () => {
        await held;
        return new Response('private', { headers: { 'Set-Cookie': 'a=b' } });
      });
      const other = fetch(`${base}/account`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      release();
      await (await uncacheable).text();
      expect((await other).status).toBe(299);
      expect(fallbacks).toEqual(['/account']);
      expect((await fetch(`${base}/nothing`)).status).toBe(599);
    } finally {
      server.close();
    }
  });

  it('sends the stored page with the headers and bytes Astro sends for a hit, and never the cache control headers', async () => {
    await withServer(async (base) => {
      const cache = renderSafeMemoryCache({ max: 10 });
      const miss = await cache.onRequest!(context(`${base}/en/news?page=2&category=events`), stored('新闻 news'));
      expect(miss.headers.get('X-Astro-Cache')).toBe('MISS');
      const viaAstro = await cache.onRequest!(context(`${base}/en/news?category=events&page=2`), stored('other'));
      const direct = await fetch(`${base}/en/news?category=events&page=2&utm_source=mail`);
      expect(direct.status).toBe(200);
      expect(await direct.text()).toBe('新闻 news');
      expect(await viaAstro.text()).toBe('新闻 news');
      for (const name of ['content-type', 'x-frame-options', 'x-astro-cache'])
        expect(direct.headers.get(name), name).toBe(viaAstro.headers.get(name));
      expect(direct.headers.get('x-astro-cache')).toBe('HIT');
      expect(direct.headers.get('content-length')).toBe(String(Buffer.byteLength('新闻 news')));
      expect(direct.headers.get('cache-tag')).toBeNull();
      expect(direct.headers.get('cdn-cache-control')).toBeNull();
    });
  });

  it('leaves to Astro what the cache does not hold: other pages, other methods, invalidated and expired pages, and pages that set cookies or vary', async () => {
    await withServer(async (base) => {
      const cache = renderSafeMemoryCache({ max: 10 });
      await cache.onRequest!(context(`${base}/en/`), stored('home'));
      await cache.onRequest!(context(`${base}/en/short`), stored('short', { 'CDN-Cache-Control': 'max-age=0' }));
      await cache.onRequest!(context(`${base}/en/cookie`), stored('cookie', { 'Set-Cookie': 'a=1' }));
      await cache.onRequest!(context(`${base}/en/vary`), stored('vary', { Vary: 'Accept-Language' }));
      expect((await fetch(`${base}/en/`)).status).toBe(200);
      expect((await fetch(`${base}/en/`, { method: 'HEAD' })).status).toBe(599);
      expect((await fetch(`${base}/zh/`)).status).toBe(599);
      for (const path of ['/en/short', '/en/cookie', '/en/vary']) expect((await fetch(`${base}${path}`)).status, path).toBe(599);
      await cache.invalidate({ tags: ['news'] });
      expect((await fetch(`${base}/en/`)).status).toBe(599);
    });
  });

  it('drops a page once its max age has passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const cache = renderSafeMemoryCache({ max: 10 });
      await cache.onRequest!(context('/en/'), stored('home'));
      vi.setSystemTime(Date.now() + 599_000);
      expect((await cache.onRequest!(context('/en/'), stored('new'))).headers.get('X-Astro-Cache')).toBe('HIT');
      vi.setSystemTime(Date.now() + 2_000);
      expect((await cache.onRequest!(context('/en/'), stored('new'))).headers.get('X-Astro-Cache')).toBe('MISS');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('page cache bounds and shared renders', () => {
  const cacheable = (body: string) => async () =>
    new Response(body, { headers: { 'CDN-Cache-Control': 'max-age=600', 'Cache-Tag': 'global:site' } });

  it('keeps at most maxBytes of pages, dropping the least recently used, and never keeps a page over a quarter of it', async () => {
    const cache = renderSafeMemoryCache({ max: 100, maxBytes: 4000 });
    for (const name of ['a', 'b', 'c', 'd']) await cache.onRequest!(context(`/${name}`), cacheable(name.repeat(900)));
    // a, b, c, d = 3,600 bytes; touching a makes b the least recently used.
    expect((await cache.onRequest!(context('/a'), cacheable('new'))).headers.get('X-Astro-Cache')).toBe('HIT');
    await cache.onRequest!(context('/e'), cacheable('e'.repeat(900)));
    const state = async (name: string) => (await cache.onRequest!(context(`/${name}`), cacheable(name))).headers.get('X-Astro-Cache');
    expect(await state('b')).toBe('MISS');
    expect(await state('a')).toBe('HIT');
    const big = await cache.onRequest!(context('/big'), cacheable('x'.repeat(1001)));
    expect(await big.text()).toHaveLength(1001);
    expect(await state('big')).toBe('MISS');
  });

  it('reads PAGE_CACHE_MAX_BYTES with units', async () => {
    const { maxBytesFromEnv } = await import('../../src/lib/pageCacheProvider');
    expect(maxBytesFromEnv('1048576')).toBe(2 ** 20);
    expect(maxBytesFromEnv('32MB')).toBe(32 * 2 ** 20);
    expect(maxBytesFromEnv('512kb')).toBe(512 * 2 ** 10);
    expect(maxBytesFromEnv(undefined)).toBe(64 * 2 ** 20);
    expect(maxBytesFromEnv('lots')).toBe(64 * 2 ** 20);
  });

  it('renders a page once for concurrent misses, and each waiting request gets it', async () => {
    const cache = renderSafeMemoryCache({ max: 10 });
    let renders = 0;
    const slow = page(() => `render ${++renders}`, 'global:site');
    const answers = Array.from({ length: 5 }, () => cache.onRequest!(context('/sitemap-zh.xml'), slow.render));
    await new Promise((resolve) => setImmediate(resolve));
    slow.release();
    const bodies = await Promise.all((await Promise.all(answers)).map((response) => response.text()));
    expect(renders).toBe(1);
    expect(new Set(bodies)).toEqual(new Set(['render 1']));
  });

  it('lets waiting requests render themselves when the shared render may not be kept', async () => {
    const cache = renderSafeMemoryCache({ max: 10 });
    let renders = 0;
    const uncacheable = async () => new Response(`private ${++renders}`, { headers: { 'Set-Cookie': 'a=b' } });
    const answers = await Promise.all(Array.from({ length: 3 }, () => cache.onRequest!(context('/account'), uncacheable)));
    expect(renders).toBe(3);
    expect(answers.every((response) => response.headers.get('X-Astro-Cache') !== 'HIT')).toBe(true);
  });
});
