import type { APIRoute } from 'astro';
import { isLocale, localeCodes } from '#common/locales.ts';
import { collectionTags } from '#common/cacheTags.ts';
import { listDocumentLanguages } from '../cms/sitemap';
import { cachePage } from '../lib/pageCache';
import { documentCollections, documentPath, type DocumentCollection } from '#common/publicCollections.ts';
import { landingPaths } from '../lib/publicRoutes';
import { notFound } from '../lib/routeParams';
import { parseSitemapName, sitemapXml, xmlHeaders, type SitemapEntry } from '../lib/sitemap';
import { sitemapPlan } from '../lib/sitemapPlan';

/**
 * One sitemap file of a language (`/sitemap-zh.xml`, and `/sitemap-zh-2.xml`… once a language has
 * more than 50,000 URLs; src/lib/sitemap.ts planSitemaps): the list and landing pages (first
 * file) and every published document with text in this language. An English URL of a document
 * without English text answers 200 with a notice, but it is not listed: it has nothing of its own
 * for a search engine to index. Drafts are never returned by the CMS.
 */
export const GET: APIRoute = async ({ params, site, url, cache }) => {
  const name = parseSitemapName(params.lang);
  if (!name || !isLocale(name.locale)) return notFound();
  const locale = name.locale;
  const part = (await sitemapPlan())[name.part - 1];
  if (!part) return notFound();
  const documents: SitemapEntry[] = [];
  // One CMS page at a time: a file holds up to 50,000 entries, never the collections' documents at once.
  for (const { collection, page } of part.sources) {
    for (const doc of await listDocumentLanguages(collection as DocumentCollection, page)) {
      documents.push({ path: documentPath(collection as DocumentCollection, doc.slug), locales: doc.locales, updatedAt: doc.updatedAt });
    }
  }
  const entries: SitemapEntry[] = [...(part.landing ? landingPaths.map((path) => ({ path, locales: localeCodes })) : []), ...documents];
  // A change to any document can add, remove or re-date an entry.
  cachePage({ cache }, collectionTags(...documentCollections));
  return new Response(sitemapXml(locale, entries, site ?? url), { headers: xmlHeaders });
};
