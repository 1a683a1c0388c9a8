import type { DocumentCollection } from './publicCollections';

/**
 * Where each collection's documents live on the public site (without the locale prefix), as
 * agreed in the site map: `/news/<slug>`, and pages at the top level (`/about`).
 */
export function documentPath(collection: DocumentCollection, slug: string): string {
  return collection === 'pages' ? `/${slug}` : `/${collection}/${slug}`;
}

/** The list and landing pages every language has (the sitemap lists them besides the documents). */
export const landingPaths = ['/', '/industries', '/parks', '/projects', '/figures', '/policies', '/news', '/stories', '/location', '/offices', '/contact'];

/** The RSS feeds, by the list page that announces them in its head. */
export const feeds = [
  { listPath: '/news', feedPath: '/news/rss.xml', titleKey: 'feed.news' },
  { listPath: '/policies', feedPath: '/policies/rss.xml', titleKey: 'feed.policies' },
] as const;
