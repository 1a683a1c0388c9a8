import { timingSafeEqual } from 'node:crypto';
import type { APIRoute } from 'astro';
import { REVALIDATE_SECRET } from 'astro:env/server';
import { z } from 'astro/zod';
import { maxTagsPerRevalidation } from '#common/cacheTags.ts';

const body = z.object({ tags: z.array(z.string().min(1).max(200)).min(1).max(maxTagsPerRevalidation) });

function authorized(header: string | null): boolean {
  if (!REVALIDATE_SECRET || !header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice('Bearer '.length));
  const expected = Buffer.from(REVALIDATE_SECRET);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Called by the CMS after every change: drops the cached pages tagged with the changed
 * documents, so the next request renders them fresh.
 */
export const POST: APIRoute = async ({ request, cache }) => {
  cache.set(false);
  if (!authorized(request.headers.get('authorization'))) {
    return Response.json({ error: 'unauthorized' }, { status: 401 });
  }
  const parsed = body.safeParse(await request.json().catch(() => undefined));
  if (!parsed.success) return Response.json({ error: 'expected {"tags": ["news:1", …]}' }, { status: 400 });
  await cache.invalidate({ tags: parsed.data.tags });
  return Response.json({ invalidated: parsed.data.tags });
};
