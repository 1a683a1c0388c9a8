import type { AstroGlobal } from 'astro';
import { globalTag } from '#common/cacheTags.ts';

// How long a rendered page may be served without a word from the CMS. Publishing invalidates
// the page's tags at once; this only bounds staleness if a revalidation call was ever missed.
const maxAgeSeconds = 600;

/** Caches this response under tags naming what it shows (src/common/cacheTags.ts); every page shows the site global. */
export function cachePage(astro: Pick<AstroGlobal, 'cache'>, tags: string[]): void {
  astro.cache.set({ maxAge: maxAgeSeconds, tags: [globalTag('site'), ...tags] });
}
