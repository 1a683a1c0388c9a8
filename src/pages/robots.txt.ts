import type { APIRoute } from 'astro';
import { localeCodes } from '#common/locales.ts';
import { localePath } from '../lib/localePath';

/** Crawl everything but the API and search results; the sitemap's absolute URL comes from the configured site URL. */
export const GET: APIRoute = ({ site, url, cache }) => {
  cache.set({ maxAge: 86_400 });
  const lines = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /api/',
    ...localeCodes.map((l) => `Disallow: ${localePath(l, '/search')}`),
    '',
    `Sitemap: ${new URL('/sitemap.xml', site ?? url).href}`,
    '',
  ];
  return new Response(lines.join('\n'), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
