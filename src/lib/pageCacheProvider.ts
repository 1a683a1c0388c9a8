import type { CacheProvider } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { compressOnce, isCompressible, minimumCompressedSize, negotiateEncoding, type Encoding } from './contentEncoding';
import {
  entityTag,
  ifNoneMatchMatches,
  notModifiedHeaderNames,
  sharedCacheControl,
  varyWithAcceptEncoding,
  withCharset,
} from './httpCaching';
import { cacheTagHeaderFromEnv, cacheTagHeaderName, cacheTagHeaderValue } from './cacheTagHeader';
import { hasUnreadParameters, pageQuery } from './pageQuery';

/**
 * The site's route cache: rendered pages in memory, by URL, until the CMS invalidates one of
 * their tags or their max age passes (Astro's `memoryCache()` semantics), with two changes:
 *
 * - Render-safe. A page whose render started before the CMS invalidated one of its tags (so it
 *   read the old content) but finished after is not kept: every invalidation stamps its tags
 *   with a sequence number, and a render is stored only if none of its tags was invalidated
 *   since it started. (Astro's memory cache would keep it until its max age.)
 * - A stored page is compressed once, when it is rendered, and kept in each of its encodings
 *   (brotli, gzip and the plain bytes, src/lib/contentEncoding.ts), each as the exact bytes and
 *   headers to send with its own strong ETag (src/lib/httpCaching.ts); a request gets the one
 *   its `Accept-Encoding` asks for, or a 304 when its `If-None-Match` names it. A hit never
 *   compresses. `Cache-Control` lets browsers revalidate and shared caches keep the page as long
 *   as this cache does. So the site's server
 *   (src/server.ts) answers a hit straight from here, before the request reaches Astro:
 *   `serveCachedPage()`. Hits are what the site serves most, and Astro's path for them (static
 *   file lookup, a WHATWG Request and Response per request, a web stream for the body) cost more
 *   than the lookup itself. Astro's own path (`onRequest`) answers the same entry the same way.
 *
 * Like Astro's memory cache: GET only; keyed by origin, path and query, but the query holds only
 * the parameters the page reads, sorted (src/lib/pageQuery.ts: the site's server hands the page
 * that same query, so a render reads nothing its key does not hold; a render whose URL carries
 * other parameters is served but never kept); responses that set cookies, vary on Cookie or on anything
 * else, or have no `max-age` in CDN-Cache-Control are not stored; least recently used entries
 * go first beyond `max` entries or `maxBytes` bytes of bodies in all their encodings (PAGE_CACHE_MAX_BYTES), and
 * concurrent misses for one key share one render. The `CDN-Cache-Control` and `Cache-Tag` headers are never sent;
 * with CACHE_TAG_HEADER=true a stored page carries its tags in `xkey` for the shared cache in front.
 */
export interface PageCacheOptions {
  /** Most entries kept. */
  max?: number;
  /**
   * Most bytes of page bodies kept, every encoding counted (the least recently used go first beyond it); default
   * PAGE_CACHE_MAX_BYTES from the environment, else 64 MiB. A page larger than a quarter of it
   * (a 10,000-item sitemap is about 5 MB) is still served, but not kept.
   */
  maxBytes?: number;
  /**
   * Send each stored page's tags to a shared cache in front in the `xkey` header
   * (src/lib/cacheTagHeader.ts); default CACHE_TAG_HEADER=true from the environment.
   */
  tagHeader?: boolean;
}

const defaultMaxBytes = 64 * 2 ** 20;

/** PAGE_CACHE_MAX_BYTES (bytes; `64MB`, `512KB` and `1GB` suffixes too), read when the cache is made. */
export function maxBytesFromEnv(value = process.env.PAGE_CACHE_MAX_BYTES): number {
  const match = value ? /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(value) : null;
  if (!match) return defaultMaxBytes;
  const unit = { b: 1, kb: 2 ** 10, mb: 2 ** 20, gb: 2 ** 30 }[(match[2] ?? 'b').toLowerCase() as 'b'];
  return Math.max(0, Math.floor(Number(match[1]) * unit));
}

/** One encoding of a stored page: the bytes and the headers sent with them. */
interface Variant {
  /** Headers as sent on a hit, with `X-Astro-Cache: HIT`, the length, the encoding and the ETag. */
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

interface Entry {
  key: string;
  status: number;
  /** The plain bytes always; brotli and gzip for text worth compressing. */
  variants: { identity: Variant } & Partial<Record<Encoding, Variant>>;
  /** Bytes of all its encodings: what the memory budget counts. */
  bytes: number;
  expiresAt: number;
  tags: string[];
  path: string;
}

/** The cache key of a URL: origin, path, and the parameters its page reads, sorted. */
export function cacheKey(url: URL): string {
  return `${url.origin}${url.pathname}${pageQuery(url.pathname, url.searchParams)}`;
}

function maxAgeOf(header: string | null): number {
  const match = header ? /(?:^|,)\s*max-age=(\d+)/i.exec(header) : null;
  return match ? Number(match[1]) : 0;
}

function setsCookies(response: Response): boolean {
  if (response.headers.has('set-cookie')) return true;
  // Cookies set through Astro.cookies are attached to the response until it is sent.
  const cookies = Reflect.get(response, Symbol.for('astro.cookies')) as { headers(): Iterator<unknown> } | undefined;
  return cookies ? !cookies.headers().next().done : false;
}

/** What one request gets from an entry: its encoding, or a 304 when it already has that. */
function answer(entry: Entry, acceptEncoding: string | string[] | null | undefined, ifNoneMatch: string | string[] | null | undefined) {
  const variant = entry.variants[negotiateEncoding(acceptEncoding)] ?? entry.variants.identity;
  if (!ifNoneMatchMatches(ifNoneMatch, variant.etag)) return { status: entry.status, headers: variant.headers, body: variant.body };
  const headers: Record<string, string> = { 'x-astro-cache': variant.headers['x-astro-cache']! };
  for (const name of notModifiedHeaderNames) if (variant.headers[name] !== undefined) headers[name] = variant.headers[name];
  return { status: 304, headers, body: undefined };
}

/**
 * The stored encodings of a rendered page: compressed once here (when its type is worth it),
 * each with its headers and strong ETag.
 */
async function variantsOf(
  body: Uint8Array<ArrayBuffer>,
  base: Record<string, string>,
  maxAge: number,
  tagHeader: string | undefined,
): Promise<Entry['variants']> {
  const text = isCompressible(base['content-type']);
  const compressible = text && body.length >= minimumCompressedSize;
  const headers: Record<string, string> = { ...base, 'cache-control': sharedCacheControl(maxAge), 'x-astro-cache': 'HIT' };
  // For the shared cache in front, which purges by these tags and strips the header (deploy/varnish).
  if (tagHeader) headers[cacheTagHeaderName] = tagHeader;
  if (base['content-type']) headers['content-type'] = withCharset(base['content-type']);
  // Text varies by Accept-Encoding even when this one is too small to compress: a shared cache
  // then keys it the same way as the site's other text.
  if (text) headers.vary = varyWithAcceptEncoding(base.vary);
  const variant = (bytes: Uint8Array<ArrayBuffer>, encoding: Encoding): Variant => {
    const etag = entityTag(bytes);
    const own: Record<string, string> = { ...headers, etag, 'content-length': String(bytes.length) };
    if (encoding !== 'identity') own['content-encoding'] = encoding;
    return { headers: own, body: bytes, etag };
  };
  if (!compressible) return { identity: variant(body, 'identity') };
  const compressed = await compressOnce(body);
  return { identity: variant(body, 'identity'), br: variant(compressed.br, 'br'), gzip: variant(compressed.gzip, 'gzip') };
}

/**
 * A response body over the stored bytes without copying them (`new Response(bytes)` copies:
 * fifty requests waiting for one 5 MB sitemap made fifty copies).
 */
function streamOf(body: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(body);
      controller.close();
    },
  });
}

let instance: PageCache | undefined;

class PageCache {
  private readonly entries = new Map<string, Entry>();
  private readonly invalidatedAt = new Map<string, number>();
  /** Renders in progress by key: concurrent misses for one page wait for one render. */
  private readonly rendering = new Map<string, Promise<Entry | undefined>>();
  private sequence = 0;
  private bytes = 0;

  constructor(
    private readonly max: number,
    private readonly maxBytes: number,
    private readonly tagHeader: boolean,
  ) {}

  /** Bytes of page bodies held, every encoding counted. */
  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  private store(entry: Entry): void {
    this.remove(entry.key);
    if (entry.bytes > this.maxBytes / 4) return;
    while (this.entries.size > 0 && (this.entries.size >= this.max || this.bytes + entry.bytes > this.maxBytes)) {
      this.remove(this.entries.keys().next().value!);
    }
    this.entries.set(entry.key, entry);
    this.bytes += entry.bytes;
  }

  /** The render in progress for a key, if any. */
  pending(key: string): Promise<Entry | undefined> | undefined {
    return this.rendering.get(key);
  }

  /** The live entry for a key, refreshed as most recently used; expired ones are dropped. */
  lookup(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (Date.now() > entry.expiresAt) {
      this.bytes -= entry.bytes;
      return undefined;
    }
    this.entries.set(key, entry);
    return entry;
  }

  readonly onRequest: NonNullable<CacheProvider['onRequest']> = async (context, next) => {
    const method = context.request.method;
    if (method !== 'GET' && method !== 'HEAD') return next();
    const key = cacheKey(context.url);
    const accept = context.request.headers.get('accept-encoding');
    const ifNoneMatch = context.request.headers.get('if-none-match');
    const hit = this.lookup(key);
    if (hit) {
      // HEAD gets the head a GET would get (the adapter sends no body for it).
      const { status, headers, body } = answer(hit, accept, ifNoneMatch);
      return new Response(body ?? null, { status, headers });
    }
    if (method === 'HEAD') return next();
    // A page rendered from parameters its key drops (a request that did not come through
    // src/server.ts) may show them: served to this request only.
    if (hasUnreadParameters(context.url)) return next();

    // The same page already rendering (a popular page just invalidated, a sitemap under load):
    // wait for that render instead of making another; 50 concurrent renders of one 5 MB sitemap
    // cost 50 times its memory and CMS reads. When it turns out not cacheable, render here.
    const pending = this.rendering.get(key);
    if (pending) {
      const shared = await pending;
      if (!shared) return next();
      const { status, headers, body } = answer(shared, accept, ifNoneMatch);
      return new Response(body ? streamOf(body) : null, { status, headers });
    }
    let settle!: (entry: Entry | undefined) => void;
    this.rendering.set(key, new Promise<Entry | undefined>((resolve) => (settle = resolve)));
    try {
      const { response, entry } = await this.render(key, context.url.pathname, next, accept, ifNoneMatch);
      settle(entry);
      return response;
    } catch (error) {
      settle(undefined);
      throw error;
    } finally {
      this.rendering.delete(key);
    }
  };

  private async render(
    key: string,
    path: string,
    next: () => Promise<Response>,
    accept: string | null,
    ifNoneMatch: string | null,
  ): Promise<{ response: Response; entry?: Entry }> {
    const startedAt = this.sequence;
    const response = await next();
    const maxAge = maxAgeOf(response.headers.get('CDN-Cache-Control'));
    if (maxAge <= 0 || response.headers.has('vary') || setsCookies(response)) return { response };
    const body = new Uint8Array(await response.arrayBuffer());
    const tags = (response.headers.get('Cache-Tag') ?? '')
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (name !== 'cdn-cache-control' && name !== 'cache-tag' && name !== 'content-length') headers[name] = value;
    });
    const variants = await variantsOf(body, headers, maxAge, this.tagHeader ? cacheTagHeaderValue(tags) : undefined);
    const entry: Entry = {
      key,
      status: response.status,
      variants,
      bytes: Object.values(variants).reduce((sum, variant) => sum + variant.body.length, 0),
      expiresAt: Date.now() + maxAge * 1000,
      tags,
      path,
    };
    // Stored only when no tag of the page was invalidated while it rendered (or compressed).
    const fresh = !tags.some((tag) => (this.invalidatedAt.get(tag) ?? 0) > startedAt);
    if (fresh) this.store(entry);
    // The render's own request gets its encoding too, or a 304 when the new render has the bytes
    // it holds (a publish invalidates many pages that render the same again); the page's tags
    // stay on it until Astro removes them.
    const sent = answer(entry, accept, ifNoneMatch);
    const missed =
      sent.status === 304
        ? new Response(null, { status: 304, headers: sent.headers })
        : new Response(sent.body, { status: response.status, statusText: response.statusText, headers: response.headers });
    if (sent.status !== 304) for (const [name, value] of Object.entries(sent.headers)) missed.headers.set(name, value);
    missed.headers.set('X-Astro-Cache', 'MISS');
    // Requests that waited for this render get it only when it is still current.
    return { response: missed, entry: fresh ? entry : undefined };
  }

  invalidate(options: { tags?: string | string[]; path?: string }): void {
    const tags = new Set(options.tags === undefined ? [] : Array.isArray(options.tags) ? options.tags : [options.tags]);
    this.sequence += 1;
    for (const tag of tags) this.invalidatedAt.set(tag, this.sequence);
    for (const [key, entry] of this.entries) {
      if (entry.path === options.path || entry.tags.some((tag) => tags.has(tag))) this.remove(key);
    }
  }
}

export default function pageCache(config: PageCacheOptions | undefined): CacheProvider {
  const cache = new PageCache(config?.max ?? 1000, config?.maxBytes ?? maxBytesFromEnv(), config?.tagHeader ?? cacheTagHeaderFromEnv());
  instance = cache;
  return {
    name: 'memory (render-safe, served before Astro)',
    onRequest: cache.onRequest,
    async invalidate(options) {
      cache.invalidate(options);
    },
  };
}

/**
 * Answers a GET request from the route cache when it holds the page, without Astro: the same
 * status, headers and bytes Astro's path would send for that entry. Returns false (and does
 * nothing) otherwise, and before Astro has created the cache.
 */
function requestKey(request: IncomingMessage): string | undefined {
  if (!instance || (request.method !== 'GET' && request.method !== 'HEAD') || !request.url || typeof request.headers.host !== 'string')
    return undefined;
  const protocol = 'encrypted' in request.socket && request.socket.encrypted ? 'https' : 'http';
  try {
    return cacheKey(new URL(`${protocol}://${request.headers.host}${request.url}`));
  } catch {
    return undefined;
  }
}

function send(request: IncomingMessage, response: ServerResponse, entry: Entry): void {
  const { status, headers, body } = answer(entry, request.headers['accept-encoding'], request.headers['if-none-match']);
  response.writeHead(status, headers);
  response.end(body);
}

/**
 * Answers a GET request from the route cache when it holds the page, without Astro: the same
 * status, headers and bytes Astro's path would send for that entry (written from the stored
 * bytes, never copied). When the page is being rendered for another request, waits for that
 * render and answers with it, or hands the request to `fallback` when it may not be shared.
 * Returns false (and does nothing) otherwise, and before Astro has created the cache.
 */
export function serveCachedPage(request: IncomingMessage, response: ServerResponse, fallback?: () => void): boolean {
  const key = requestKey(request);
  if (key === undefined || !instance) return false;
  const entry = instance.lookup(key);
  if (entry) {
    send(request, response, entry);
    return true;
  }
  const pending = fallback && request.method === 'GET' ? instance.pending(key) : undefined;
  if (!pending) return false;
  void pending.then((shared) => (shared ? send(request, response, shared) : fallback!()), fallback);
  return true;
}

/** Entries and bytes (every encoding counted) the route cache holds now. */
export function pageCacheSize(): { entries: number; bytes: number } {
  return instance?.size ?? { entries: 0, bytes: 0 };
}
