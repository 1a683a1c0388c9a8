// How the site reaches the CMS: Payload's typed REST client over a fetch that queues, times out
// and reports failures the same way for every read and write, and sends the id of the site's
// request it is made for (X-Request-Id), so a slow page can be followed into the CMS's log.
import { PayloadSDK } from '@payloadcms/sdk';
import { CMS_URL, SITE_API_KEY } from 'astro:env/server';
import type { Config } from '../../cms/src/payload-types';
import type { Locale } from '#common/locales.ts';
import { currentRequestId } from '#common/requestContext.ts';
import { CmsUnavailableError } from './errors';
import { limiter } from './limiter';

// In development the CMS compiles each route on its first request, which can take many seconds.
// In production a read may wait behind others when the machine is busy: the clock starts when the
// request is sent (after the queue below), and a busy CMS gets 15 s before a page says it failed.
export const readTimeoutMs = import.meta.env.DEV ? 60_000 : 15_000;
// Storing an inquiry may wait behind many others (one SQLite writer); giving up early would tell a
// prospect "nothing was sent" about an inquiry the CMS then stores. Reads stay quick to fail.
const writeTimeoutMs = 60_000;

/**
 * At most CMS_MAX_CONCURRENCY (8) requests to the CMS at once from this process; the others
 * queue here. Under load the site otherwise opened a request per page part for every client at
 * once (50 clients: hundreds), each holding its parsed answer, while the CMS, on the same cores,
 * answered them all late and the 5 s timeout failed the pages (bench/README.md, scale).
 * Searches have their own two places: a search scans the search collection and takes far longer
 * than a page read, and searches sharing the eight would hold them while every page waited.
 */
const pageReads = limiter(Math.max(1, Number(process.env.CMS_MAX_CONCURRENCY) || 8));
const searches = limiter(2);

/**
 * A fetch that waits for a place in its lane, gives the CMS `timeoutMs` from then, and reads the
 * whole body before giving the place back (an answer still arriving holds the CMS's attention as
 * much as one not yet begun). A failed connection or a 5xx is a CmsUnavailableError, and so is any
 * answer but 200 to a read (`readsOnly`); the endpoints' other answers go to their callers.
 */
function laneFetch(lane: () => Promise<() => void>, timeoutMs: number, { readsOnly = false } = {}): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input);
    const release = await lane();
    try {
      let response: Response;
      let body: ArrayBuffer;
      try {
        response = await fetch(url, { ...init, headers: withRequestId(init?.headers), signal: AbortSignal.timeout(timeoutMs) });
        if (response.status >= 500 || (readsOnly && response.status !== 200)) {
          await response.body?.cancel().catch(() => {});
          throw new CmsUnavailableError(`CMS answered ${response.status} for ${url.pathname}`);
        }
        body = await response.arrayBuffer();
      } catch (error) {
        if (error instanceof CmsUnavailableError) throw error;
        throw new CmsUnavailableError(`CMS not reachable at ${url.origin}`, { cause: error });
      }
      return new Response(response.status === 204 || response.status === 304 ? null : body, {
        status: response.status,
        headers: response.headers,
      });
    } finally {
      release();
    }
  };
}

/** `headers` with the current request's id added, when the call is made for a request. */
export function withRequestId(headers?: HeadersInit): Headers {
  const merged = new Headers(headers);
  const requestId = currentRequestId();
  if (requestId) merged.set('x-request-id', requestId);
  return merged;
}

const baseURL = new URL('/api', CMS_URL).href;
const json = { headers: { accept: 'application/json' } };

/** Page reads: documents, lists, globals (anonymous, published content only). */
export const cms = new PayloadSDK<Config>({ baseURL, baseInit: json, fetch: laneFetch(pageReads, readTimeoutMs, { readsOnly: true }) });

/**
 * Payload's REST value for "no fallback locale": reads in one language without fallback show
 * missing translations as missing. The SDK's type offers only `false`, which it leaves out of the
 * query, so Payload would fall back to the default language.
 */
export const noFallback = 'none' as unknown as Locale;

/**
 * The CMS's own endpoints (inquiry submit and track, site search, preview). They answer 4xx with
 * bodies of their own (a preview's reason, an unknown reference, a refused field), which the
 * SDK's `request` turns into a generic error after reading the body; so they are called with the
 * same lanes, time limits and failure rules but answer their status and parsed body.
 */
export async function callEndpoint<T>(
  path: `/${string}`,
  options: {
    lane?: 'pages' | 'search';
    write?: boolean;
    query?: Record<string, string>;
    body?: unknown;
    serviceUser?: boolean;
    init?: RequestInit;
  } = {},
): Promise<{ status: number; body: T | null }> {
  const url = new URL(`/api${path}`, CMS_URL);
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
  const send = laneFetch(options.lane === 'search' ? searches : pageReads, options.write ? writeTimeoutMs : readTimeoutMs);
  const headers: Record<string, string> = { accept: 'application/json', ...(options.serviceUser ? serviceHeaders() : {}) };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await send(url, {
    ...options.init,
    method: options.body === undefined ? 'GET' : 'POST',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as T | null };
}

/** The site's service user: what stores and looks up inquiries; messages in English for the logs. */
function serviceHeaders(): Record<string, string> {
  if (!SITE_API_KEY) throw new CmsUnavailableError('SITE_API_KEY is not set; the site cannot store or look up inquiries');
  return { 'accept-language': 'en', authorization: `users API-Key ${SITE_API_KEY}` };
}

/** The CMS's address of an uploaded file: what the site's media and document routes stream. */
export const uploadUrl = (collection: 'media' | 'documents', filename: string) =>
  new URL(`/api/${collection}/file/${encodeURIComponent(filename)}`, CMS_URL);
