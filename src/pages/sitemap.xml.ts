import type { APIRoute } from 'astro';
import { localeCodes } from '../i18n/locales';
import { documentCollections } from '../cms/sitemap';
import { cachePage } from '../lib/pageCache';
import { sitemapFileName, xmlHeaders, sitemapIndexXml } from '../lib/sitemap';
import { sitemapPlan } from '../lib/sitemapPlan';

/** The sitemap index: each language's sitemap files (src/pages/sitemap-[lang].xml.ts). */
export const GET: APIRoute = async ({ site, url, cache }) => {
  const parts = (await sitemapPlan()).length;
  // The number of files follows the number of documents.
  cachePage({ cache }, [...documentCollections]);
  const base = site ?? url;
  const files = localeCodes.flatMap((l) => Array.from({ length: parts }, (_, i) => new URL(sitemapFileName(l, i + 1), base)));
  return new Response(sitemapIndexXml(files), { headers: xmlHeaders });
};
