import type { AstroGlobal } from 'astro';

// How long a rendered page may be served without a word from the CMS. Publishing invalidates
// the page's tags at once; this only bounds staleness if a revalidation call was ever missed.
const maxAgeSeconds = 600;

/** Caches this response under tags naming what it shows; every page shows the site global. */
export function cachePage(astro: Pick<AstroGlobal, 'cache'>, tags: string[]): void {
  astro.cache.set({ maxAge: maxAgeSeconds, tags: ['global:site', ...tags] });
}

/** The tag of an image a page shows, when the upload field holds one. */
export function mediaTags(media: unknown): string[] {
  const id = typeof media === 'object' && media !== null ? (media as { id?: unknown }).id : media;
  return typeof id === 'number' || typeof id === 'string' ? [`media:${id}`] : [];
}
