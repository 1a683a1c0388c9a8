// Live collections: a park or news item read from the CMS on each (uncached) render. Each entry
// carries cache tags naming its document, so `Astro.cache.set(entry.cacheHint)` ties the page
// to the document and a publish in the CMS drops exactly the pages that show it.
// Lists are not live collections: they need every language at once and a page count, which a
// live collection result cannot carry, so they read listParks()/listNews() in lib/cms.ts.
import { defineLiveCollection } from 'astro:content';
import type { LiveLoader } from 'astro/loaders';
import type { Locale } from './i18n/locales';
import { findNewsBySlug, findParkBySlug, type News, type Park } from './lib/cms';

interface EntryFilter {
  slug: string;
  locale: Locale;
}
interface CollectionFilter {
  locale: Locale;
}

function parksLoader(): LiveLoader<Park, EntryFilter, CollectionFilter> {
  return {
    name: 'cms-parks',
    async loadCollection() {
      return { error: new Error('List parks with listParks() from lib/cms.ts') };
    },
    async loadEntry({ filter }) {
      const park = await findParkBySlug(filter.slug, filter.locale);
      return park && { id: park.slug, data: park, cacheHint: { tags: ['parks', `parks:${park.id}`] } };
    },
  };
}

function newsLoader(): LiveLoader<News, EntryFilter, CollectionFilter> {
  return {
    name: 'cms-news',
    async loadCollection() {
      return { error: new Error('List news with listNews() from lib/cms.ts') };
    },
    async loadEntry({ filter }) {
      const item = await findNewsBySlug(filter.slug, filter.locale);
      return item && { id: item.slug, data: item, cacheHint: { tags: ['news', `news:${item.id}`] } };
    },
  };
}

export const collections = {
  parks: defineLiveCollection({ loader: parksLoader() }),
  news: defineLiveCollection({ loader: newsLoader() }),
};
