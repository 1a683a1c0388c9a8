import type { PayloadRequest } from 'payload';
import { queueRevalidationRetry } from './retry';
import { revalidationTargets } from './targets';
import { sendTagsToTarget } from './transport';

/**
 * Sends tags to each of `targets` at once (side by side, so a slow or dead target costs the
 * others nothing) and, unless `retryAttempt` is undefined, queues that attempt of a retry for
 * each target that did not take them. Resolves with those targets.
 */
export async function deliverTags(
  targets: readonly string[],
  tags: string[],
  retryAttempt: number | undefined,
  req: PayloadRequest,
): Promise<string[]> {
  const failed: string[] = [];
  await Promise.all(
    targets.map(async (target) => {
      if (await sendTagsToTarget(target, tags, req.payload)) return;
      failed.push(target);
      if (retryAttempt === undefined) return;
      try {
        await queueRevalidationRetry(target, tags, retryAttempt, req);
      } catch (error) {
        // Still not the editor's problem: the page expires from the cache after 10 minutes at most.
        req.payload.logger.error(
          `Could not queue a retry of the revalidation of ${tags.join(', ')} at ${target}: ${(error as Error).message}`,
        );
      }
    }),
  );
  return failed;
}

/** The configured targets; entries that are not URLs are logged and left out. */
export function configuredTargets(req: PayloadRequest): string[] {
  const { targets, invalid } = revalidationTargets();
  for (const entry of invalid) {
    req.payload.logger.error(`REVALIDATE_TARGETS: "${entry}" is not an http(s) URL without query; it is never told of changes`);
  }
  return targets;
}
