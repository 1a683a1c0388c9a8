import type { TaskConfig } from 'payload';
import { configuredTargets, deliverTags, sharedCachesAfter } from './deliver';

/**
 * Retries a cache invalidation one target (a site instance or the shared cache) did not take
 * when the CMS first sent it (down, restarting, unreachable). Each attempt is one job for one
 * target: when it still does not answer, the job queues that target's next attempt with twice
 * the delay (REVALIDATE_RETRY_DELAY_MS, capped at REVALIDATE_RETRY_MAX_DELAY_MS) until
 * REVALIDATE_RETRY_ATTEMPTS attempts; with the defaults (1 s doubling to 1 min, 200 attempts)
 * that is more than three hours. Payload's own backoff has no cap, which is why the chain is
 * explicit. A job queued without a target (before targets were a list) goes to every target.
 */
export const revalidateSite: TaskConfig<{
  input: { tags: string[]; attempt: number; target?: string };
  output: { delivered: boolean };
}> = {
  slug: 'revalidateSite',
  label: 'Tell the site and the shared cache which cached pages to drop',
  inputSchema: [
    { name: 'tags', type: 'json', required: true },
    { name: 'attempt', type: 'number', required: true },
    { name: 'target', type: 'text' },
  ],
  outputSchema: [{ name: 'delivered', type: 'checkbox' }],
  // Only when the handler itself throws (a database error): try the job again.
  retries: { attempts: 5, backoff: { type: 'fixed', delay: 60_000 } },
  handler: async ({ input, req }) => {
    const tags = (Array.isArray(input.tags) ? input.tags : []).filter((tag): tag is string => typeof tag === 'string');
    if (tags.length === 0 || !process.env.REVALIDATE_SECRET) return { output: { delivered: true } };
    const attempts = Number(process.env.REVALIDATE_RETRY_ATTEMPTS) || 200;
    const targets = input.target ? [input.target] : configuredTargets(req);
    const last = input.attempt >= attempts;
    const { failed, instanceTook } = await deliverTags(targets, tags, last ? undefined : input.attempt + 1, req);
    // A site instance told late: a shared cache may hold what it served meanwhile.
    if (input.target && instanceTook) await sharedCachesAfter(input.target, tags, req);
    if (failed.length > 0 && last) {
      req.payload.logger.error(
        `Gave up telling ${failed.join(', ')} to drop ${tags.join(', ')} after ${attempts} attempts; those pages refresh within 10 minutes`,
      );
    }
    return { output: { delivered: failed.length === 0 } };
  },
};
