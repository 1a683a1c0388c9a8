// The names the site caches a page under and the CMS invalidates after a change: each names
// something the page shows. Both apps make them here, so a tag the CMS sends always matches.
import { idOf } from './idOf.ts';
import type { PublicCollection } from './publicCollections.ts';

/** The most tags the site's `POST /api/revalidate` takes in one call. */
export const maxTagsPerRevalidation = 100;

/** The globals a page can show. */
export type PublicGlobal = 'site' | 'location';

/** Any document of a collection (every list of it): `news`. */
export const collectionTag = (collection: PublicCollection): string => collection;

/** The tags of pages that show any document of these collections. */
export const collectionTags = (...collections: PublicCollection[]): string[] => collections.map(collectionTag);

/** One document: `news:42`. */
export const documentTag = (collection: PublicCollection, id: number | string): string => `${collection}:${id}`;

/** A document's own page, and what a change to the document invalidates: its collection and itself. */
export const documentTags = (collection: PublicCollection, id: number | string): string[] => [
  collectionTag(collection),
  documentTag(collection, id),
];

/** A global: `global:site`. */
export const globalTag = (global: PublicGlobal): string => `global:${global}`;

/** The tag of an image a page shows, when the upload field holds one. */
export function mediaTags(media: unknown): string[] {
  const id = idOf(media);
  return id === undefined ? [] : [documentTag('media', id)];
}
