import type { Payload } from 'payload';

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
