import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload';
import { documentTags, globalTag, type PublicGlobal } from '#common/cacheTags.ts';
import type { PublicCollection } from '#common/publicCollections.ts';
import { configuredTargets, deliverTags } from './deliver';

/**
 * Tells the public site which cached pages to drop. Tags name what a page shows
 * (src/common/cacheTags.ts): `news` (every list of news), `news:42` (one document), `global:site`.
 * Every target is told (./targets.ts: each site instance and the shared cache in front), after
 * the database write and before the save returns, so that when an editor's save succeeds the
 * next page view is already fresh wherever it is served. A target that is down or slow never
 * fails the save: its call gives up after two seconds and a `revalidateSite` job for that target
 * alone retries it with backoff until it takes the tags.
 */
export async function revalidateTags(tags: string[], req: PayloadRequest): Promise<void> {
  if (!process.env.REVALIDATE_SECRET || req.context?.skipRevalidate) return;
  const targets = configuredTargets(req);
  if (targets.length > 0) await deliverTags(targets, tags, 1, req);
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
