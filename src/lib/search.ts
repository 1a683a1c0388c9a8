// Keeps the site's search index (src/lib/searchIndex.ts) filled from the CMS and fresh.
import { localeCodes } from '../i18n/locales';
import { documentCollections, listDocumentTexts, type DocumentCollection } from './cms';
import { htmlToText, SearchIndex, type SearchableDocument } from './searchIndex';

/** The cache tags whose invalidation means the index is out of date: a change to any searchable document. */
export const searchTags: readonly string[] = documentCollections;

export function isSearchTag(tag: string): boolean {
  return documentCollections.includes(tag.split(':')[0] as DocumentCollection);
}

// Like a cached page, the index is rebuilt at the latest after this long, should a
// revalidation call from the CMS ever be missed.
const maxAgeMs = 10 * 60_000;

let generation = 0;
let current: { generation: number; builtAt: number; index: Promise<SearchIndex> } | undefined;

/** Marks the index stale; the next search rebuilds it (src/pages/api/revalidate.ts calls this). */
export function invalidateSearchIndex(): void {
  generation += 1;
}

async function buildIndex(): Promise<SearchIndex> {
  const reads = documentCollections.flatMap((collection) =>
    localeCodes.map(async (locale) =>
      (await listDocumentTexts(collection, locale)).map(
        (doc): SearchableDocument => ({ collection, id: doc.id, slug: doc.slug, locale, title: doc.title, summary: doc.summary, body: htmlToText(doc.bodyHtml) }),
      ),
    ),
  );
  return new SearchIndex((await Promise.all(reads)).flat());
}

/**
 * The index, built on first use and after every invalidation. Searches that arrive while it is
 * being built wait for the same build; a failed build (CMS down) is retried by the next search.
 */
export function searchIndex(): Promise<SearchIndex> {
  if (!current || current.generation !== generation || Date.now() - current.builtAt > maxAgeMs) {
    const index = buildIndex();
    const entry = { generation, builtAt: Date.now(), index };
    current = entry;
    index.catch(() => {
      if (current === entry) current = undefined;
    });
  }
  return current.index;
}
