import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload';
import { documentTags, globalTag, type PublicGlobal } from '#common/cacheTags.ts';
import type { PublicCollection } from '#common/publicCollections.ts';
import { queueRevalidationRetry } from './retry';
import { sendTagsToSite } from './transport';

/**
 * Tells the public site which cached pages to drop. Tags name what a page shows
 * (src/common/cacheTags.ts): `news` (every list of news), `news:42` (one document), `global:site`.
 * The site is told after the database write and before the save returns, so that when an
 * editor's save succeeds the next page view is already fresh. A site that is down or slow never
 * fails the save: the call gives up after two seconds and a `revalidateSite` job retries it
 * with backoff until the site takes the tags.
 */
export async function revalidateTags(tags: string[], req: PayloadRequest): Promise<void> {
  if (!process.env.SITE_URL || !process.env.REVALIDATE_SECRET || req.context?.skipRevalidate) return;
  if (await sendTagsToSite(tags, req.payload)) return;
  try {
    await queueRevalidationRetry(tags, 1, req);
  } catch (error) {
    // Still not the editor's problem: the page expires from the cache after 10 minutes at most.
    req.payload.logger.error(`Could not queue a retry of the revalidation of ${tags.join(', ')}: ${(error as Error).message}`);
  }
}

export const revalidateDocumentAfterChange =
  (collection: PublicCollection): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    await revalidateTags(documentTags(collection, doc.id), req);
    return doc;
  };

export const revalidateDocumentAfterDelete =
  (collection: PublicCollection): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await revalidateTags(documentTags(collection, doc.id), req);
    return doc;
  };

export const revalidateGlobalAfterChange =
  (global: PublicGlobal): GlobalAfterChangeHook =>
  async ({ doc, req }) => {
    await revalidateTags([globalTag(global)], req);
    return doc;
  };
