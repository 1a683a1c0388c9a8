// How the sitemap of each language is split into files, from the CMS's document counts.
import { documentCollections } from '#common/publicCollections.ts';
import { countDocuments, documentLanguagesPageSize } from '../cms/sitemap';
import { landingPaths } from './publicRoutes';
import { planSitemaps, type SitemapPart } from './sitemap';

/** The files of each language's sitemap (the same split for every language: counts are upper bounds). */
export async function sitemapPlan(): Promise<SitemapPart[]> {
  const counts = await Promise.all(
    documentCollections.map(async (collection) => ({ collection, totalDocs: await countDocuments(collection) })),
  );
  return planSitemaps(landingPaths.length, counts, documentLanguagesPageSize);
}
