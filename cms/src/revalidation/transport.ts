import type { Payload } from 'payload';

/**
 * Sends tags to one target's `POST <target>/api/revalidate`, with the bearer secret. A site
 * instance reads the tags from the JSON body; Varnish (deploy/varnish/portal.vcl) answers the
 * same path itself and purges the words of `xkey-purge`, so one call fits every target. True when
 * the target took them; false when it is unreachable, slow (two seconds) or refuses; the reason
 * is logged.
 */
export async function sendTagsToTarget(target: string, tags: string[], payload: Payload): Promise<boolean> {
  const secret = process.env.REVALIDATE_SECRET;
  if (!secret) return true;
  try {
    const response = await fetch(`${target}/api/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}`, 'xkey-purge': tags.join(' ') },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(2000),
    });
    // The body is not needed; reading it lets the connection be reused.
    await response.arrayBuffer().catch(() => undefined);
    if (response.ok) return true;
    payload.logger.warn(`Revalidation of ${tags.join(', ')} at ${target} answered ${response.status}`);
  } catch (error) {
    payload.logger.warn(`Revalidation of ${tags.join(', ')} at ${target} failed: ${(error as Error).message}`);
  }
  return false;
}
