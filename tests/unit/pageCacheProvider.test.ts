import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
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

describe('cache tags for a shared cache in front (xkey)', () => {
  it('with tagHeader a stored page sends its tags in xkey, separated by spaces, on the render and on every hit', async () => {
    const cache = renderSafeMemoryCache({ max: 10, tagHeader: true });
    const first = page(() => 'news', 'global:site,news,news:42');
    first.release();
    const rendered = await cache.onRequest!(context('/en/news/42'), first.render);
    expect(rendered.headers.get('xkey')).toBe('global:site news news:42');
    const hit = await cache.onRequest!(context('/en/news/42'), page(() => 'other', 'news').render);
    expect(hit.headers.get('X-Astro-Cache')).toBe('HIT');
    expect(hit.headers.get('xkey')).toBe('global:site news news:42');
  });

  it('without it (the default, CACHE_TAG_HEADER unset) no page sends xkey', async () => {
    const previous = process.env.CACHE_TAG_HEADER;
    delete process.env.CACHE_TAG_HEADER;
    try {
      const cache = renderSafeMemoryCache({ max: 10 });
      const first = page(() => 'news', 'global:site,news');
      first.release();
      expect((await cache.onRequest!(context('/en/news'), first.render)).headers.has('xkey')).toBe(false);
      const hit = await cache.onRequest!(context('/en/news'), page(() => 'other', 'news').render);
      expect(hit.headers.get('X-Astro-Cache')).toBe('HIT');
      expect(hit.headers.has('xkey')).toBe(false);
    } finally {
      if (previous !== undefined) process.env.CACHE_TAG_HEADER = previous;
    }
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
      // HEAD gets the head a GET gets, from the cache; other methods go to Astro.
      const head = await fetch(`${base}/en/`, { method: 'HEAD' });
      expect([head.status, head.headers.get('x-astro-cache'), head.headers.get('content-length')]).toEqual([200, 'HIT', '4']);
      expect(await head.text()).toBe('');
      expect((await fetch(`${base}/en/`, { method: 'POST' })).status).toBe(599);
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

describe('compressed once, kept in each encoding', () => {
  // A page large enough to be compressed (over 1 KB), in both scripts.
  const html = `<!doctype html><html lang="zh"><body>${'<p>湘潭高新区 Xiangtan Hi-tech Zone 招商引资</p>'.repeat(300)}</body></html>`;
  const render =
    (body = html, type = 'text/html') =>
    async () =>
      new Response(body, { headers: { 'content-type': type, 'CDN-Cache-Control': 'max-age=600', 'Cache-Tag': 'global:site' } });

  /** A raw GET (no automatic decompression): status, headers and bytes as sent. */
  function raw(
    url: string,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      http
        .get(url, { headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
  }

  async function withServer(run: (base: string) => Promise<void>) {
    const server = http.createServer((request, response) => {
      if (serveCachedPage(request, response)) return;
      response.writeHead(599).end('not from the cache');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    } finally {
      server.close();
    }
  }

  it('compresses a page once when it is rendered; hits in every encoding, on both paths, never compress again', async () => {
    const brotli = vi.spyOn(zlib, 'brotliCompress');
    const gzip = vi.spyOn(zlib, 'gzip');
    try {
      await withServer(async (base) => {
        const cache = renderSafeMemoryCache({ max: 10 });
        const miss = await cache.onRequest!(
          { ...context(`${base}/zh/`), request: new Request(`${base}/zh/`, { headers: { 'accept-encoding': 'br' } }) },
          render(),
        );
        expect(miss.headers.get('X-Astro-Cache')).toBe('MISS');
        expect(miss.headers.get('content-encoding')).toBe('br');
        expect(zlib.brotliDecompressSync(Buffer.from(await miss.arrayBuffer())).toString()).toBe(html);
        expect([brotli.mock.calls.length, gzip.mock.calls.length]).toEqual([1, 1]);

        for (let round = 0; round < 5; round += 1) {
          for (const [accept, encoding] of [
            ['gzip, deflate, br', 'br'],
            ['gzip', 'gzip'],
            ['br;q=0.1, gzip;q=0.9', 'gzip'],
            ['', undefined],
          ] as const) {
            const hit = await raw(`${base}/zh/`, accept ? { 'accept-encoding': accept } : {});
            expect(hit.status).toBe(200);
            expect(hit.headers['x-astro-cache']).toBe('HIT');
            expect(hit.headers['content-encoding'], accept).toBe(encoding);
            expect(hit.headers.vary).toBe('Accept-Encoding');
            expect(hit.headers['content-length']).toBe(String(hit.body.length));
            const decoded =
              encoding === 'br' ? zlib.brotliDecompressSync(hit.body) : encoding === 'gzip' ? zlib.gunzipSync(hit.body) : hit.body;
            expect(decoded.toString()).toBe(html);
            // The hit through Astro's path (a request that did not come through src/server.ts) is the same.
            const viaAstro = await cache.onRequest!(
              { ...context(`${base}/zh/`), request: new Request(`${base}/zh/`, { headers: accept ? { 'accept-encoding': accept } : {} }) },
              render('other'),
            );
            expect(viaAstro.headers.get('content-encoding') ?? undefined).toBe(encoding);
            expect(Buffer.from(await viaAstro.arrayBuffer()).equals(hit.body)).toBe(true);
          }
        }
        expect([brotli.mock.calls.length, gzip.mock.calls.length]).toEqual([1, 1]);
      });
    } finally {
      brotli.mockRestore();
      gzip.mockRestore();
    }
  });

  it('gives each encoding a strong ETag of its bytes, answers a matching If-None-Match with a 304 and the headers a 304 carries', async () => {
    await withServer(async (base) => {
      const cache = renderSafeMemoryCache({ max: 10 });
      await cache.onRequest!(context(`${base}/en/`), render());
      const tags = new Map<string, string>();
      for (const accept of ['br', 'gzip', '']) {
        const page = await raw(`${base}/en/`, accept ? { 'accept-encoding': accept } : {});
        const etag = page.headers.etag!;
        expect(etag).toBe(`"${createHash('sha256').update(page.body).digest('base64url').slice(0, 27)}"`);
        expect(page.headers['cache-control']).toBe('public, max-age=0, s-maxage=600, stale-while-revalidate=60');
        expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
        tags.set(accept, etag);

        const revalidated = await raw(`${base}/en/`, {
          ...(accept ? { 'accept-encoding': accept } : {}),
          'if-none-match': `"other", ${etag}`,
        });
        expect(revalidated.status).toBe(304);
        expect(revalidated.body.length).toBe(0);
        expect(revalidated.headers.etag).toBe(etag);
        expect(revalidated.headers['cache-control']).toBe(page.headers['cache-control']);
        expect(revalidated.headers.vary).toBe('Accept-Encoding');
        expect(revalidated.headers['content-encoding']).toBeUndefined();
      }
      expect(new Set(tags.values()).size).toBe(3);
      // The gzip bytes' tag does not validate the brotli bytes: another representation, a full answer.
      const switched = await raw(`${base}/en/`, { 'accept-encoding': 'br', 'if-none-match': tags.get('gzip')! });
      expect(switched.status).toBe(200);
      expect(switched.headers['content-encoding']).toBe('br');
      // A 304 through Astro's path too.
      const viaAstro = await cache.onRequest!(
        {
          ...context(`${base}/en/`),
          request: new Request(`${base}/en/`, { headers: { 'accept-encoding': 'gzip', 'if-none-match': tags.get('gzip')! } }),
        },
        render('other'),
      );
      expect(viaAstro.status).toBe(304);
      expect(viaAstro.headers.get('etag')).toBe(tags.get('gzip'));
      // After an invalidation the old tag no longer matches anything: the new render is sent.
      await cache.invalidate({ tags: ['global:site'] });
      await cache.onRequest!(context(`${base}/en/`), render(html.replace('Zone', 'Park')));
      expect((await raw(`${base}/en/`, { 'if-none-match': tags.get('')! })).status).toBe(200);
    });
  });

  it('counts every encoding against the memory budget, and leaves images uncompressed', async () => {
    const cache = renderSafeMemoryCache({ max: 100, maxBytes: 400_000 });
    await cache.onRequest!(context('/zh/'), render());
    const page = Buffer.byteLength(html);
    const [br, gz] = [zlib.brotliCompressSync(html).length, zlib.gzipSync(html, { level: 9 }).length];
    // The page and its two compressed copies (within a few bytes of zlib's own levels here).
    const { bytes } = (await import('../../src/lib/pageCacheProvider')).pageCacheSize();
    expect(bytes).toBeGreaterThan(page + Math.min(br, gz));
    expect(Math.abs(bytes - (page + br + gz))).toBeLessThan(200);

    const png = Buffer.alloc(4000, 7).toString('latin1');
    const image = await cache.onRequest!(
      { ...context('/og.png'), request: new Request('http://site.test/og.png', { headers: { 'accept-encoding': 'br, gzip' } }) },
      render(png, 'image/png'),
    );
    expect(image.headers.get('content-encoding')).toBeNull();
    expect(image.headers.get('vary')).toBeNull();
  });
});

describe('a render that comes out the same', () => {
  it('answers the If-None-Match of a browser that holds those bytes with a 304 even on a miss', async () => {
    const cache = renderSafeMemoryCache({ max: 10 });
    const html = `<!doctype html><p>${'湘潭 '.repeat(600)}</p>`;
    const render = async () =>
      new Response(html, { headers: { 'content-type': 'text/html', 'CDN-Cache-Control': 'max-age=600', 'Cache-Tag': 'global:site' } });
    const request = (headers: Record<string, string>) => ({
      ...context('/zh/'),
      request: new Request('http://site.test/zh/', { headers }),
    });
    const first = await cache.onRequest!(request({ 'accept-encoding': 'br' }), render);
    const etag = first.headers.get('etag')!;
    // A publish elsewhere empties the cache; this page renders to the same bytes.
    await cache.invalidate({ tags: ['global:site'] });
    const again = await cache.onRequest!(request({ 'accept-encoding': 'br', 'if-none-match': etag }), render);
    expect([again.status, again.headers.get('x-astro-cache'), again.headers.get('etag')]).toEqual([304, 'MISS', etag]);
    expect(again.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=600, stale-while-revalidate=60');
    expect(await again.text()).toBe('');
    const changed = async () =>
      new Response(`${html}<p>new</p>`, {
        headers: { 'content-type': 'text/html', 'CDN-Cache-Control': 'max-age=600', 'Cache-Tag': 'global:site' },
      });
    await cache.invalidate({ tags: ['global:site'] });
    expect((await cache.onRequest!(request({ 'accept-encoding': 'br', 'if-none-match': etag }), changed)).status).toBe(200);
  });
});
