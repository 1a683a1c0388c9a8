import type { TaskConfig } from 'payload';
import { queueRevalidationRetry } from './retry';
import { sendTagsToSite } from './transport';

/**
 * Retries a cache invalidation the site did not take when the CMS first sent it (site down,
 * restarting, unreachable). Each attempt is one job: when the site still does not answer, the
 * job queues the next attempt with twice the delay (REVALIDATE_RETRY_DELAY_MS, capped at
 * REVALIDATE_RETRY_MAX_DELAY_MS) until REVALIDATE_RETRY_ATTEMPTS attempts; with the defaults
 * (1 s doubling to 1 min, 200 attempts) that is more than three hours. Payload's own backoff
 * has no cap, which is why the chain is explicit.
 */
export const revalidateSite: TaskConfig<{ input: { tags: string[]; attempt: number }; output: { delivered: boolean } }> = {
  slug: 'revalidateSite',
  label: 'Tell the site which cached pages to drop',
  inputSchema: [
    { name: 'tags', type: 'json', required: true },
    { name: 'attempt', type: 'number', required: true },
  ],
  outputSchema: [{ name: 'delivered', type: 'checkbox' }],
  // Only when queueing the next attempt itself fails (database busy): try the job again.
  retries: { attempts: 5, backoff: { type: 'fixed', delay: 60_000 } },
  handler: async ({ input, req }) => {
    const tags = (Array.isArray(input.tags) ? input.tags : []).filter((tag): tag is string => typeof tag === 'string');
    if (tags.length === 0 || (await sendTagsToSite(tags, req.payload))) return { output: { delivered: true } };
    const attempts = Number(process.env.REVALIDATE_RETRY_ATTEMPTS) || 200;
    if (input.attempt >= attempts) {
      req.payload.logger.error(
        `Gave up telling the site to drop ${tags.join(', ')} after ${attempts} attempts; those pages refresh within 10 minutes`,
      );
      return { output: { delivered: false } };
    }
    await queueRevalidationRetry(tags, input.attempt + 1, req);
    return { output: { delivered: false } };
  },
};
