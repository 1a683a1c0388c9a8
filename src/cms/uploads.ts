// Uploaded files served through the site's `/media/` and `/documents/` routes: the CMS need not
// be reachable from the internet. Files stream through unbuffered and outside the read queue,
// with the browser's If-None-Match passed on, so they go by plain fetch rather than the SDK.
import { cms, readTimeoutMs, uploadUrl, withRequestId } from './client';
import { CmsUnavailableError } from './errors';

/** Uploaded image names as Payload stores them (it also writes the sharp sizes this way). */
const mediaFileName = /^[\w.-]+\.(?:webp|avif|png|jpe?g)$/i;
/** Uploaded PDF names as Payload stores them. */
const documentFileName = /^[\w.-]+\.pdf$/i;

async function mediaExists(filename: string): Promise<boolean> {
  const sizes = ['thumbnail', 'card', 'hero'].map((size) => ({ [`sizes.${size}.filename`]: { equals: filename } }));
  const page = await cms.find({ collection: 'media', where: { or: [{ filename: { equals: filename } }, ...sizes] }, limit: 1, depth: 0 });
  return page.totalDocs > 0;
}

async function documentExists(filename: string): Promise<boolean> {
  const page = await cms.find({ collection: 'documents', where: { filename: { equals: filename } }, limit: 1, depth: 0 });
  return page.totalDocs > 0;
}

async function uploadFile(
  collection: 'media' | 'documents',
  filename: string,
  ifNoneMatch: string | null,
  exists: (filename: string) => Promise<boolean>,
): Promise<Response | undefined> {
  let response: Response;
  try {
    response = await fetch(uploadUrl(collection, filename), {
      headers: withRequestId(ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {}),
      signal: AbortSignal.timeout(readTimeoutMs),
    });
  } catch (error) {
    throw new CmsUnavailableError(`CMS not reachable for ${collection} ${filename}`, { cause: error });
  }
  if (response.status === 404 || response.status === 403) return undefined;
  // Payload answers 500, not 404, for a file it does not have; ask whether any upload has that
  // name before calling it a failure.
  if (response.status >= 500 && !(await exists(filename))) return undefined;
  if (response.status >= 500) throw new CmsUnavailableError(`CMS answered ${response.status} for ${collection} ${filename}`);
  return response;
}

/** An uploaded image, fetched from the CMS for the site's `/media/` route. */
export async function mediaFile(filename: string, ifNoneMatch: string | null): Promise<Response | undefined> {
  if (!mediaFileName.test(filename) || filename.startsWith('.')) return undefined;
  return uploadFile('media', filename, ifNoneMatch, mediaExists);
}

/** A policy's PDF attachment, fetched from the CMS for the site's `/documents/` route. */
export async function documentFile(filename: string, ifNoneMatch: string | null): Promise<Response | undefined> {
  if (!documentFileName.test(filename) || filename.startsWith('.')) return undefined;
  return uploadFile('documents', filename, ifNoneMatch, documentExists);
}
