/** The list and landing pages every language has (the sitemap lists them besides the documents). */
export const landingPaths = [
  '/',
  '/industries',
  '/parks',
  '/projects',
  '/figures',
  '/policies',
  '/news',
  '/stories',
  '/location',
  '/offices',
  '/contact',
];

/** The RSS feeds, by the list page that announces them in its head. */
export const feeds = [
  { listPath: '/news', feedPath: '/news/rss.xml', titleKey: 'feed.news' },
  { listPath: '/policies', feedPath: '/policies/rss.xml', titleKey: 'feed.policies' },
] as const;
