import type { PayloadRequest } from 'payload';

/** How long the n-th retry (1, 2, …) of a revalidation waits: doubling from the first delay, capped. */
export function revalidationRetryDelay(attempt: number, env: NodeJS.ProcessEnv = process.env): number {
  const first = Number(env.REVALIDATE_RETRY_DELAY_MS) || 1000;
  const cap = Number(env.REVALIDATE_RETRY_MAX_DELAY_MS) || 60_000;
  return Math.min(first * 2 ** (attempt - 1), cap);
}

/**
 * Queues the n-th retry of a revalidation one target did not take (./job.ts). One job per
 * target: a target that is down waits for its own retries, and the others are never sent the
 * tags again.
 */
export async function queueRevalidationRetry(target: string, tags: string[], attempt: number, req: PayloadRequest): Promise<void> {
  await req.payload.jobs.queue({
    task: 'revalidateSite',
    input: { tags, attempt, target },
    waitUntil: new Date(Date.now() + revalidationRetryDelay(attempt)),
    req,
  });
}
