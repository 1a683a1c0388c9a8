import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, Payload, PayloadRequest } from 'payload';

/**
 * Sends tags to the site's `POST /api/revalidate`. True when the site took them; false when it
 * is unreachable, slow (two seconds) or refuses; the reason is logged.
 */
export async function sendTagsToSite(tags: string[], payload: Payload): Promise<boolean> {
  const siteUrl = process.env.SITE_URL;
  const secret = process.env.REVALIDATE_SECRET;
  if (!siteUrl || !secret) return true;
  try {
    const response = await fetch(new URL('/api/revalidate', siteUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(2000),
    });
    if (response.ok) return true;
    payload.logger.warn(`Site revalidation of ${tags.join(', ')} answered ${response.status}`);
  } catch (error) {
    payload.logger.warn(`Site revalidation of ${tags.join(', ')} failed: ${(error as Error).message}`);
  }
  return false;
}

/** How long the n-th retry (1, 2, …) of a revalidation waits: doubling from the first delay, capped. */
export function revalidationRetryDelay(attempt: number, env: NodeJS.ProcessEnv = process.env): number {
  const first = Number(env.REVALIDATE_RETRY_DELAY_MS) || 1000;
  const cap = Number(env.REVALIDATE_RETRY_MAX_DELAY_MS) || 60_000;
  return Math.min(first * 2 ** (attempt - 1), cap);
}

/** Queues the n-th retry of a revalidation the site did not take (cms/src/jobs/revalidateSite.ts). */
export async function queueRevalidationRetry(tags: string[], attempt: number, req: PayloadRequest): Promise<void> {
  await req.payload.jobs.queue({
    task: 'revalidateSite',
    input: { tags, attempt },
    waitUntil: new Date(Date.now() + revalidationRetryDelay(attempt)),
    req,
  });
}

/**
 * Tells the public site which cached pages to drop. Tags name what a page shows:
 * `news` (every list of news), `news:42` (one document), `global:site`.
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
