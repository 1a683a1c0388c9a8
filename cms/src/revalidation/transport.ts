import type { Payload } from 'payload';

/** How a target took a change's tags: a site instance, or a shared cache (Varnish's answer). */
export type Delivery = { taken: false } | { taken: true; sharedCache: boolean };

/**
 * Sends tags to one target's `POST <target>/api/revalidate`, with the bearer secret. A site
 * instance reads the tags from the JSON body and answers `{"invalidated": […]}`; Varnish
 * (deploy/varnish/portal.vcl) answers the same path itself, purges the words of `xkey-purge`
 * and answers `{"purged": n}`, which is how a shared cache is told apart. Not taken when the
 * target is unreachable, slow (two seconds) or refuses; the reason is logged.
 */
export async function sendTagsToTarget(target: string, tags: string[], payload: Payload): Promise<Delivery> {
  const secret = process.env.REVALIDATE_SECRET;
  if (!secret) return { taken: true, sharedCache: false };
  try {
    const response = await fetch(`${target}/api/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}`, 'xkey-purge': tags.join(' ') },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(2000),
    });
    // Read whole either way, so that the connection is reused.
    const answer = await response.json().catch(() => undefined);
    if (response.ok) return { taken: true, sharedCache: isSharedCacheAnswer(answer) };
    payload.logger.warn(`Revalidation of ${tags.join(', ')} at ${target} answered ${response.status}`);
  } catch (error) {
    payload.logger.warn(`Revalidation of ${tags.join(', ')} at ${target} failed: ${(error as Error).message}`);
  }
  return { taken: false };
}

/** Varnish's purge answer, `{"purged": n}` (vcl_synth in deploy/varnish/portal.vcl). */
export function isSharedCacheAnswer(answer: unknown): boolean {
  return typeof answer === 'object' && answer !== null && typeof (answer as { purged?: unknown }).purged === 'number';
}
