import type { APIRoute } from 'astro';
import { alive, healthHeaders } from '#common/health.ts';

/** Liveness: the process runs and answers. No I/O, so a slow CMS never makes the site look dead. */
export const GET: APIRoute = ({ cache }) => {
  cache.set(false);
  return Response.json(alive, { headers: healthHeaders });
};
