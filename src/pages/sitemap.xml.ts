import type { APIRoute } from 'astro';
import { localeCodes } from '../i18n/locales';
import { sitemapIndexXml, xmlHeaders } from '../lib/sitemap';

/** The sitemap index: one sitemap per language (src/pages/sitemap-[lang].xml.ts). */
export const GET: APIRoute = ({ site, url, cache }) => {
  // Names no document, so nothing in the CMS changes it.
  cache.set({ maxAge: 86_400 });
  const base = site ?? url;
  return new Response(sitemapIndexXml(localeCodes.map((l) => new URL(`/sitemap-${l}.xml`, base))), { headers: xmlHeaders });
};
