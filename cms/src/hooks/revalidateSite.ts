import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload';

/**
 * Tells the public site which cached pages to drop. Tags name what a page shows:
 * `news` (every list of news), `news:42` (one document), `global:site`.
 * The site is told after the database write and before the save returns, so that when an
 * editor's save succeeds the next page view is already fresh. A site that is down or slow never
 * fails the save: errors are logged and the call gives up after two seconds.
 */
export async function revalidateTags(tags: string[], req: PayloadRequest): Promise<void> {
  const siteUrl = process.env.SITE_URL;
  const secret = process.env.REVALIDATE_SECRET;
  if (!siteUrl || !secret || req.context?.skipRevalidate) return;
  try {
    const response = await fetch(new URL('/api/revalidate', siteUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(2000),
    });
    if (!response.ok) req.payload.logger.warn(`Site revalidation of ${tags.join(', ')} answered ${response.status}`);
  } catch (error) {
    req.payload.logger.warn(`Site revalidation of ${tags.join(', ')} failed: ${(error as Error).message}`);
  }
}

export const revalidateDocumentAfterChange =
  (collection: string): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    await revalidateTags([collection, `${collection}:${doc.id}`], req);
    return doc;
  };

export const revalidateDocumentAfterDelete =
  (collection: string): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await revalidateTags([collection, `${collection}:${doc.id}`], req);
    return doc;
  };

export const revalidateGlobalAfterChange =
  (global: string): GlobalAfterChangeHook =>
  async ({ doc, req }) => {
    await revalidateTags([`global:${global}`], req);
    return doc;
  };
