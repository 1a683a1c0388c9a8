import type { PayloadRequest } from 'payload';
import { queueRevalidationRetry } from './retry';
import { revalidationTargets } from './targets';
import { sendTagsToTarget } from './transport';

/**
 * Sends tags to each of `targets` at once (side by side, so a slow or dead target costs the
 * others nothing) and, unless `retryAttempt` is undefined, queues that attempt of a retry for
 * each target that did not take them. Resolves with those targets, and whether a site instance
 * took the tags.
 *
 * A shared cache purged before a site instance has dropped its copy can fetch that old copy
 * from the instance in between and keep it until its s-maxage ends. So once every instance
 * has answered, the shared caches among the targets (told apart by their answer) are purged a
 * second time; and a retry that reaches an instance late purges the shared caches again
 * (`sharedCachesAfter`).
 */
export async function deliverTags(
  targets: readonly string[],
  tags: string[],
  retryAttempt: number | undefined,
  req: PayloadRequest,
): Promise<{ failed: string[]; instanceTook: boolean }> {
  const failed: string[] = [];
  const sharedCaches: string[] = [];
  let instanceTook = false;
  const send = async (target: string) => {
    const delivery = await sendTagsToTarget(target, tags, req.payload);
    if (delivery.taken) return delivery;
    failed.push(target);
    if (retryAttempt !== undefined) {
      try {
        await queueRevalidationRetry(target, tags, retryAttempt, req);
      } catch (error) {
        // Still not the editor's problem: the page expires from the cache after 10 minutes at most.
        req.payload.logger.error(
          `Could not queue a retry of the revalidation of ${tags.join(', ')} at ${target}: ${(error as Error).message}`,
        );
      }
    }
    return delivery;
  };
  await Promise.all(
    targets.map(async (target) => {
      const delivery = await send(target);
      if (delivery.taken && delivery.sharedCache) sharedCaches.push(target);
      else if (delivery.taken) instanceTook = true;
    }),
  );
  if (instanceTook) await Promise.all(sharedCaches.map(send));
  return { failed, instanceTook };
}

/**
 * After a retry reached the site instance `target` late: tells the other configured targets
 * again, once each. A shared cache among them may have fetched the old page from `target`
 * meanwhile and drops it; an instance drops its (already fresh) copy, which costs one render.
 * A cache that misses this call still ends the copy at its s-maxage.
 */
export async function sharedCachesAfter(target: string, tags: string[], req: PayloadRequest): Promise<void> {
  const others = configuredTargets(req).filter((other) => other !== target);
  await Promise.all(others.map((other) => sendTagsToTarget(other, tags, req.payload)));
}

/** The configured targets; entries that are not URLs are logged and left out. */
export function configuredTargets(req: PayloadRequest): string[] {
  const { targets, invalid } = revalidationTargets();
  for (const entry of invalid) {
    req.payload.logger.error(`REVALIDATE_TARGETS: "${entry}" is not an http(s) URL without query; it is never told of changes`);
  }
  return targets;
}
