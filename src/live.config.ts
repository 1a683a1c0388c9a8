// Live collections: one document read from the CMS on each (uncached) render. Each entry
// carries cache tags naming its document, so `Astro.cache.set(entry.cacheHint)` ties the page
// to the document and a publish in the CMS drops exactly the pages that show it.
// Lists are not live collections: they need every language at once and a page count, which a
// live collection result cannot carry, so they read src/cms/documents.ts.
import { defineLiveCollection } from 'astro:content';
import type { LiveLoader } from 'astro/loaders';
import { documentTags } from '#common/cacheTags.ts';
import type { Locale } from '#common/locales.ts';
import { documentCollections, type DocumentCollection } from '#common/publicCollections.ts';
import { findDocument } from './cms/documents';
import type { DocumentTypes } from './cms/types';

interface EntryFilter {
  slug: string;
  locale: Locale;
}
interface CollectionFilter {
  locale: Locale;
}

function documentLoader<C extends DocumentCollection>(collection: C): LiveLoader<DocumentTypes[C], EntryFilter, CollectionFilter> {
  return {
    name: `cms-${collection}`,
    async loadCollection() {
      return { error: new Error(`List ${collection} with src/cms/documents.ts`) };
    },
    async loadEntry({ filter }) {
      const doc = await findDocument(collection, filter.slug, filter.locale);
      return doc && { id: doc.slug, data: doc, cacheHint: { tags: documentTags(collection, doc.id) } };
    },
  };
}

const liveCollection = <C extends DocumentCollection>(collection: C) => defineLiveCollection({ loader: documentLoader(collection) });

/** One live collection per collection with a page per document (src/common/publicCollections.ts). */
export const collections = Object.fromEntries(documentCollections.map((collection) => [collection, liveCollection(collection)])) as {
  [C in DocumentCollection]: ReturnType<typeof liveCollection<C>>;
};
