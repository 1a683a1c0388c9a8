// The CMS's ranked search (`GET /api/site-search`, which queries Payload's search collection
// through the database; cms/src/search/), in its own lane of the request queue.
import type { Locale } from '#common/locales.ts';
import type { RankedHit } from '#common/searchIndex.ts';
import { callEndpoint } from './client';
import { CmsUnavailableError } from './errors';

/** Published documents matching a search: plain text, at most 100 (`more` when the CMS found more candidates than it ranked). */
export async function searchDocuments(query: string, locale: Locale): Promise<{ hits: RankedHit[]; more: boolean }> {
  const { status, body } = await callEndpoint<{ hits: RankedHit[]; more: boolean }>('/site-search', {
    lane: 'search',
    query: { q: query, locale },
  });
  if (status !== 200) throw new CmsUnavailableError(`CMS answered ${status} for site-search`);
  return { hits: Array.isArray(body?.hits) ? body.hits : [], more: Boolean(body?.more) };
}
