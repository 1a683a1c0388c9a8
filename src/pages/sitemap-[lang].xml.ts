import type { APIRoute } from 'astro';
import { isLocale, localeCodes } from '../i18n/locales';
import { documentCollections, listDocumentLanguages } from '../lib/cms';
import { cachePage } from '../lib/pageCache';
import { documentPath, landingPaths } from '../lib/publicRoutes';
import { notFound } from '../lib/routeParams';
import { sitemapXml, xmlHeaders, type SitemapEntry } from '../lib/sitemap';

/**
 * Every published document with text in this language, and the list and landing pages. An
 * English URL of a document without English text answers 200 with a notice, but it is not listed:
 * it has nothing of its own for a search engine to index. Drafts are never returned by the CMS.
 */
export const GET: APIRoute = async ({ params, site, url, cache }) => {
  const locale = params.lang;
  if (!isLocale(locale)) return notFound();
  const documents = await Promise.all(
    documentCollections.map(async (collection) =>
      (await listDocumentLanguages(collection)).map((doc): SitemapEntry => ({ path: documentPath(collection, doc.slug), locales: doc.locales, updatedAt: doc.updatedAt })),
    ),
  );
  const entries: SitemapEntry[] = [...landingPaths.map((path) => ({ path, locales: localeCodes })), ...documents.flat()];
  // A change to any document can add, remove or re-date an entry.
  cachePage({ cache }, [...documentCollections]);
  return new Response(sitemapXml(locale, entries, site ?? url), { headers: xmlHeaders });
};
