/**
 * The header that hands a page's cache tags (src/common/cacheTags.ts) to the shared cache in
 * front of the site instances: Varnish's `xkey` vmod indexes objects by the words of `xkey`, and
 * the CMS's purge names the same tags (deploy/varnish/portal.vcl). Varnish strips it before the
 * client.
 *
 * Sent only when CACHE_TAG_HEADER=true, which a deployment sets where Varnish is in front. A site
 * reached without Varnish (one server behind nginx, or none) has nothing to strip it, and the
 * header would tell every visitor the ids and collections behind a page and cost bytes on every
 * answer; its own route cache needs no header.
 */
export const cacheTagHeaderName = 'xkey';

/** CACHE_TAG_HEADER as the site reads it (astro.config.mjs declares it a boolean, default false). */
export function cacheTagHeaderFromEnv(value: string | undefined = process.env.CACHE_TAG_HEADER): boolean {
  return value === 'true';
}

/** The header's value: the tags separated by spaces, as xkey splits them (tags hold no spaces). */
export function cacheTagHeaderValue(tags: readonly string[]): string {
  return tags.join(' ');
}
