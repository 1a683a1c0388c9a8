import type { APIRoute } from 'astro';
import { CmsUnavailableError } from '../../cms/errors';
import { mediaFile } from '../../cms/uploads';

/** `/media/<file>`: an uploaded image (or one of its sharp sizes), served through the site. */
export const GET: APIRoute = async ({ params, request, cache }) => {
  // Files are cached by browsers and proxies through their headers, not in the page cache.
  cache.set(false);
  let upstream: Response | undefined;
  try {
    upstream = await mediaFile(params.file ?? '', request.headers.get('if-none-match'));
  } catch (error) {
    if (!(error instanceof CmsUnavailableError)) throw error;
    return new Response('Image temporarily unavailable', {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '30' },
    });
  }
  if (!upstream) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const headers = new Headers({ 'cache-control': 'public, max-age=86400' });
  for (const name of ['content-type', 'content-length', 'etag', 'last-modified']) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.status === 304 ? null : upstream.body, { status: upstream.status, headers });
};
