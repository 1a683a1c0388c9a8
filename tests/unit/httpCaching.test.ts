import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  cacheControlFor,
  entityTag,
  ifNoneMatchMatches,
  privateCacheControl,
  sharedCacheControl,
  varyWithAcceptEncoding,
  withCharset,
} from '../../src/lib/httpCaching';

describe('entity tags', () => {
  it('is a strong tag of the exact bytes: equal bytes, equal tags; one byte more, another tag', () => {
    const bytes = Buffer.from('<p>湘潭</p>');
    const tag = entityTag(bytes);
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(tag.startsWith('W/')).toBe(false);
    expect(entityTag(Buffer.from('<p>湘潭</p>'))).toBe(tag);
    expect(entityTag(Buffer.from('<p>湘潭</p> '))).not.toBe(tag);
    expect(tag.slice(1, -1)).toBe(createHash('sha256').update(bytes).digest('base64url').slice(0, 27));
  });

  it('If-None-Match names the tag in a list, weakly compared, or as *', () => {
    const tag = '"abc"';
    expect(ifNoneMatchMatches('"abc"', tag)).toBe(true);
    expect(ifNoneMatchMatches('"x", "abc" ,"y"', tag)).toBe(true);
    expect(ifNoneMatchMatches('W/"abc"', tag)).toBe(true);
    expect(ifNoneMatchMatches('*', tag)).toBe(true);
    expect(ifNoneMatchMatches(['"x"', '"abc"'], tag)).toBe(true);
    expect(ifNoneMatchMatches('"abcd"', tag)).toBe(false);
    expect(ifNoneMatchMatches('abc', tag)).toBe(false);
    expect(ifNoneMatchMatches('', tag)).toBe(false);
    expect(ifNoneMatchMatches(undefined, tag)).toBe(false);
  });
});

describe('Cache-Control', () => {
  it('lets shared caches keep a route-cached page as long as the route cache does, with a bounded stale-while-revalidate; browsers revalidate', () => {
    const value = sharedCacheControl(600);
    expect(value).toBe('public, max-age=0, s-maxage=600, stale-while-revalidate=60');
    // must-revalidate would forbid stale-while-revalidate to shared caches too.
    expect(value).not.toContain('must-revalidate');
  });

  it('marks errors, cookies and answers that say nothing as private, no-store', () => {
    expect(cacheControlFor(200, undefined, false)).toBe(privateCacheControl);
    expect(cacheControlFor(302, undefined, false)).toBe(privateCacheControl);
    expect(cacheControlFor(200, 'no-store', false)).toBe('private, no-store');
    expect(cacheControlFor(404, 'public, max-age=86400', false)).toBe(privateCacheControl);
    expect(cacheControlFor(500, undefined, false)).toBe(privateCacheControl);
    expect(cacheControlFor(503, undefined, false)).toBe(privateCacheControl);
    expect(cacheControlFor(200, sharedCacheControl(600), true)).toBe(privateCacheControl);
  });

  it('keeps what media, documents and build assets say', () => {
    expect(cacheControlFor(200, 'public, max-age=86400', false)).toBe('public, max-age=86400');
    expect(cacheControlFor(200, 'public, max-age=31536000, immutable', false)).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor(304, 'public, max-age=0', false)).toBe('public, max-age=0');
    expect(cacheControlFor(200, 'private, no-store', false)).toBe('private, no-store');
  });
});

describe('headers', () => {
  it('adds charset=utf-8 to text types without one, and leaves the rest', () => {
    expect(withCharset('text/html')).toBe('text/html; charset=utf-8');
    expect(withCharset('application/xml')).toBe('application/xml; charset=utf-8');
    expect(withCharset('application/rss+xml')).toBe('application/rss+xml; charset=utf-8');
    expect(withCharset('application/json')).toBe('application/json; charset=utf-8');
    expect(withCharset('text/html; charset=utf-8')).toBe('text/html; charset=utf-8');
    expect(withCharset('text/plain;charset=UTF-8')).toBe('text/plain;charset=UTF-8');
    expect(withCharset('image/png')).toBe('image/png');
    expect(withCharset('application/pdf')).toBe('application/pdf');
  });

  it('adds Accept-Encoding to Vary once', () => {
    expect(varyWithAcceptEncoding(undefined)).toBe('Accept-Encoding');
    expect(varyWithAcceptEncoding('Accept-Language')).toBe('Accept-Language, Accept-Encoding');
    expect(varyWithAcceptEncoding('accept-encoding')).toBe('accept-encoding');
    expect(varyWithAcceptEncoding('*')).toBe('*');
  });
});
