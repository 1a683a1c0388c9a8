// The site's search: the CMS finds and ranks published documents in its search collection
// (GET /api/site-search; cms/src/search/), the site marks up the query's words. Nothing is
// indexed or kept in the site's memory, so publishing needs no rebuild here.
import type { Locale } from '#common/locales.ts';
import { highlightHits, normalize, queryTerms, type SearchHit } from '#common/searchIndex.ts';
import { searchDocuments } from '../cms/search';

export async function search(query: string, locale: Locale): Promise<{ hits: SearchHit[]; more: boolean }> {
  if (queryTerms(query).length === 0) return { hits: [], more: false };
  const { hits, more } = await searchDocuments(normalize(query), locale);
  return { hits: highlightHits(query, hits), more };
}
