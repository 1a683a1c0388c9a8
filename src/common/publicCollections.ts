// The collections anyone may read, and for each one whether and where the site gives its
// documents a page. Both apps derive from this one list: the CMS which collections have drafts,
// SEO fields, search rows and may be linked from a public document; the site its live
// collections, sitemap, feeds and document URLs.

/** A collection whose documents each have a page on the site. */
interface PagedCollection {
  /** The field that is a document's heading (its title in the admin, the sitemap and search). */
  readonly titleField: string;
  /** How its lists are ordered when a page asks for no other order (Payload's `sort`). */
  readonly defaultSort: string;
  /** Where its documents live on the site below the language prefix: `news` -> `/news/<slug>`; `''` -> `/<slug>`. */
  readonly pathSegment: string;
  /** Editors write it with drafts (versions, preview, translation status). */
  readonly drafted: boolean;
  /** It carries the SEO plugin's fields (search-engine title, description, image). */
  readonly seo: boolean;
  /** The fields its search row is made of besides the title. */
  readonly searchFields: { readonly summary: string; readonly body: string };
}

const searchFields = { summary: 'summary', body: 'body' } as const;

export const pagedCollections = {
  industries: { titleField: 'name', defaultSort: 'order', pathSegment: 'industries', drafted: true, seo: true, searchFields },
  parks: { titleField: 'name', defaultSort: 'order', pathSegment: 'parks', drafted: true, seo: true, searchFields },
  projects: { titleField: 'name', defaultSort: 'order', pathSegment: 'projects', drafted: true, seo: true, searchFields },
  policies: { titleField: 'title', defaultSort: '-effectiveFrom', pathSegment: 'policies', drafted: true, seo: true, searchFields },
  news: { titleField: 'title', defaultSort: '-publishedAt', pathSegment: 'news', drafted: true, seo: true, searchFields },
  stories: { titleField: 'company', defaultSort: 'order', pathSegment: 'stories', drafted: true, seo: true, searchFields },
  offices: { titleField: 'name', defaultSort: 'order', pathSegment: 'offices', drafted: true, seo: true, searchFields },
  pages: { titleField: 'title', defaultSort: 'order', pathSegment: '', drafted: true, seo: true, searchFields },
} as const satisfies Record<string, PagedCollection>;

/**
 * Public collections without a page per document: they are read by anyone because pages show
 * them (figures on the figures page, a news item's categories, images and attachments).
 */
export const unpagedCollections = ['media', 'documents', 'figures', 'news-categories'] as const;

export type DocumentCollection = keyof typeof pagedCollections;
export type PublicCollection = DocumentCollection | (typeof unpagedCollections)[number];

/** The collections whose documents have a public page: what search and the sitemap cover. */
export const documentCollections = Object.keys(pagedCollections) as DocumentCollection[];

/** Every collection anyone may read: what a public document may point at. */
export const publicCollections: readonly PublicCollection[] = [...documentCollections, ...unpagedCollections];

type Paged<Flag extends 'drafted' | 'seo'> = {
  [C in DocumentCollection]: (typeof pagedCollections)[C][Flag] extends true ? C : never;
}[DocumentCollection];
const pagedWith = <Flag extends 'drafted' | 'seo'>(flag: Flag) =>
  documentCollections.filter((c) => pagedCollections[c][flag]) as Paged<Flag>[];

/** The collections editors write with drafts. */
export const draftedCollections = pagedWith('drafted');
/** The collections with the SEO plugin's fields. */
export const seoCollections = pagedWith('seo');

/** The field that is each paged collection's heading. */
export const titleFields = Object.fromEntries(documentCollections.map((c) => [c, pagedCollections[c].titleField])) as {
  [C in DocumentCollection]: (typeof pagedCollections)[C]['titleField'];
};

/** Where a document lives on the site, without the locale prefix: `/news/<slug>`, `/<slug>` for pages. */
export function documentPath(collection: DocumentCollection, slug: string): string {
  const segment = pagedCollections[collection].pathSegment;
  return segment ? `/${segment}/${slug}` : `/${slug}`;
}
