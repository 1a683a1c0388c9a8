import type { Endpoint, Payload, Where } from 'payload';
import { isLocale, locales, type Locale } from '#common/locales.ts';
import { maxQueryLength, queryTerms, rankCandidates, type SearchableDocument } from '#common/searchIndex.ts';

/** How many rows each query may bring back: the candidates ranked in this process, per language. */
const candidatesPerQuery = 150;
/** How many ranked hits are sent: the search page shows at most 100. */
const maxHits = 100;

interface SearchRow {
  id: number | string;
  slug?: string | null;
  title?: string | null;
  summary?: string | null;
  excerpt?: string | null;
  doc?: { relationTo: string; value: number | string | { id: number | string } } | null;
}

async function candidates(payload: Payload, locale: Locale, where: Where, limit: number): Promise<SearchableDocument[]> {
  const result = await payload.find({
    collection: 'search',
    where,
    locale,
    fallbackLocale: false,
    depth: 0,
    limit,
    pagination: false,
    // Newest rows first, by the primary key: the database walks it and stops at `limit` matches
    // (a common word's first 150), instead of finding and sorting every match.
    sort: '-id',
    overrideAccess: true,
    select: { slug: true, title: true, summary: true, excerpt: true, doc: true },
  });
  return (result.docs as SearchRow[]).flatMap((row) => {
    if (!row.title || !row.doc || !row.slug) return [];
    const value = row.doc.value;
    return [
      {
        collection: row.doc.relationTo,
        id: typeof value === 'object' ? value.id : value,
        slug: row.slug,
        locale,
        title: row.title,
        summary: row.summary ?? '',
        body: row.excerpt ?? '',
      },
    ];
  });
}

/**
 * Candidates for a query in one language, from the search collection through the database
 * (`contains` works alike on SQLite and MongoDB): first the rows whose title has every term, then
 * the rows whose text has every term, the most recently indexed first; each set bounded.
 */
async function findAll(payload: Payload, locale: Locale, terms: string[]): Promise<{ docs: SearchableDocument[]; full: boolean }> {
  const [inTitle, inText] = await Promise.all([
    candidates(payload, locale, { and: terms.map((term) => ({ title: { contains: term } })) }, candidatesPerQuery),
    candidates(payload, locale, { and: terms.map((term) => ({ text: { contains: term } })) }, candidatesPerQuery),
  ]);
  return { docs: [...inTitle, ...inText], full: inText.length >= candidatesPerQuery };
}

/**
 * `GET /api/site-search?q=…&locale=zh|en`: published documents in either language matching a
 * query, ranked (src/common/searchIndex.ts rankCandidates: title above summary above body, the
 * phrase above its words apart, a document once, in the reader's language where it has one),
 * as plain text; the site marks them up. When no document has every word, documents with some.
 */
export const siteSearchEndpoint: Endpoint = {
  path: '/site-search',
  method: 'get',
  handler: async (req) => {
    const url = new URL(req.url ?? '', 'http://cms.invalid');
    const locale = url.searchParams.get('locale');
    if (!isLocale(locale)) return Response.json({ message: '未知语言 / unknown locale' }, { status: 400 });
    const query = Array.from(url.searchParams.get('q') ?? '')
      .slice(0, maxQueryLength)
      .join('');
    const terms = queryTerms(query);
    const headers = { 'cache-control': 'no-store' };
    if (terms.length === 0) return Response.json({ hits: [], more: false }, { headers });
    const codes = locales.map((l) => l.code);
    let found = await Promise.all(codes.map((code) => findAll(req.payload, code, terms)));
    if (found.every((set) => set.docs.length === 0) && terms.length > 1) {
      // Some of the words: any term, a smaller set.
      found = await Promise.all(
        codes.map(async (code) => ({
          docs: await candidates(req.payload, code, { or: terms.map((term) => ({ text: { contains: term } })) }, candidatesPerQuery),
          full: false,
        })),
      );
    }
    const hits = rankCandidates(
      query,
      found.flatMap((set) => set.docs),
      locale,
    );
    return Response.json({ hits: hits.slice(0, maxHits), more: hits.length > maxHits || found.some((set) => set.full) }, { headers });
  },
};
