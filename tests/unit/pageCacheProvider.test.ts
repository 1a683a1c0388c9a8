import { describe, expect, it } from 'vitest';
import renderSafeMemoryCache from '../../src/lib/pageCacheProvider';

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
