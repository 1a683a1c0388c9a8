import type { APIRoute } from 'astro';
import { healthHeaders, readinessAnswer } from '#common/health.ts';
import { cmsReadable } from '../cms/health';

/** Readiness: the site can read the CMS (src/cms/health.ts); 503 naming the check when not. */
export const GET: APIRoute = async ({ cache }) => {
  cache.set(false);
  const { status, body } = readinessAnswer({ cms: await cmsReadable() });
  return Response.json(body, { status, headers: healthHeaders });
};
