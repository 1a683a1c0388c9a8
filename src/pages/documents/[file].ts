import type { APIRoute } from 'astro';
import { CmsUnavailableError } from '../../cms/errors';
import { documentFile } from '../../cms/uploads';

/** `/documents/<file>.pdf`: a policy's PDF attachment, served through the site like images. */
export const GET: APIRoute = async ({ params, request, cache }) => {
  cache.set(false);
  let upstream: Response | undefined;
  try {
    upstream = await documentFile(params.file ?? '', request.headers.get('if-none-match'));
  } catch (error) {
    if (!(error instanceof CmsUnavailableError)) throw error;
    return new Response('Document temporarily unavailable', {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '30' },
    });
  }
  if (!upstream) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const headers = new Headers({ 'cache-control': 'public, max-age=86400', 'content-type': 'application/pdf' });
  for (const name of ['content-length', 'etag', 'last-modified']) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.status === 304 ? null : upstream.body, { status: upstream.status, headers });
};
