import { createHash } from 'node:crypto';

/**
 * What the site tells browsers and shared caches (a CDN, Varnish, a proxy) about keeping its
 * answers (RFC 9110 and 9111). Pure, so the rules are tested without a server.
 */

/**
 * How long a shared cache may serve a page past its `s-maxage` while it fetches a fresh one in
 * the background: bounded, so a page is never more than this much older than the route cache's.
 */
export const staleWhileRevalidateSeconds = 60;

/**
 * A page the route cache holds: a shared cache keeps it as long as the route cache would (its
 * max age; publishing purges the route cache at once, and the max age bounds a missed purge),
 * a browser's copy is stale at once and is revalidated with its ETag on every visit
 * (`max-age=0`; a 304 costs a round trip but no body). No `must-revalidate`: it would forbid
 * the bounded stale-while-revalidate to shared caches too.
 */
export function sharedCacheControl(maxAgeSeconds: number): string {
  return `public, max-age=0, s-maxage=${maxAgeSeconds}, stale-while-revalidate=${staleWhileRevalidateSeconds}`;
}

/** An answer for one visitor only: never stored by a browser or a shared cache. */
export const privateCacheControl = 'private, no-store';

/**
 * A strong entity tag of the exact bytes sent. Each coding of a page is a different
 * representation with different bytes, so each has its own tag (RFC 9110, 8.8.3): a strong tag
 * promises byte-for-byte equality, which is what lets a cache combine ranges or trust a 304.
 */
export function entityTag(bytes: Uint8Array): string {
  return `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`;
}

/**
 * Whether `If-None-Match` names the representation tagged `etag` (weak comparison, as RFC 9110
 * 13.1.2 asks for this header; `*` matches any current representation).
 */
export function ifNoneMatchMatches(header: string | string[] | null | undefined, etag: string): boolean {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return false;
  if (value.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return value.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === opaque);
}

/**
 * The headers a 304 carries (RFC 9110, 15.4.5): those a 200 would have sent among Cache-Control,
 * Content-Location, Date (Node adds it), ETag, Expires and Vary.
 */
export const notModifiedHeaderNames = ['cache-control', 'content-location', 'etag', 'expires', 'vary'] as const;

/** Text types that say their charset: without it a browser guesses, and guesses Chinese wrong. */
const charsetTypes =
  /^(?:text\/html|text\/xml|application\/xml|application\/rss\+xml|application\/atom\+xml|application\/json|application\/[a-z0-9.+-]+\+(?:json|xml)|image\/svg\+xml|text\/css|text\/javascript|text\/plain)$/;

/** The content type with `charset=utf-8` added where a text type has none (the site writes UTF-8 only). */
export function withCharset(contentType: string): string {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (!charsetTypes.test(type) || /;\s*charset=/i.test(contentType)) return contentType;
  return `${contentType.replace(/;\s*$/, '')}; charset=utf-8`;
}

/**
 * The `Cache-Control` for an answer that is not a page from the route cache, given its status
 * and headers. Errors, anything that sets a cookie, and anything that says nothing (contact with
 * its form key, track, preview, search, actions, redirects by language) are for one visitor
 * only: `private, no-store`. What says it may be kept (media, documents, build assets) keeps
 * its own rule; a bare `no-store` gains `private`.
 */
export function cacheControlFor(status: number, cacheControl: string | undefined, setsCookie: boolean): string {
  if (status >= 400 || setsCookie || !cacheControl) return privateCacheControl;
  const directives = cacheControl.toLowerCase();
  if (/(?:^|,)\s*no-store\b/.test(directives) && !/(?:^|,)\s*private\b/.test(directives)) return privateCacheControl;
  return cacheControl;
}

/** `Vary` with `Accept-Encoding` added, keeping what it already names. */
export function varyWithAcceptEncoding(vary: string | undefined): string {
  if (!vary) return 'Accept-Encoding';
  if (vary.split(',').some((name) => ['accept-encoding', '*'].includes(name.trim().toLowerCase()))) return vary;
  return `${vary}, Accept-Encoding`;
}
