// The id of the request a server is handling, from the moment it arrives: the site sends it to
// the CMS with every call it makes for that request (src/cms/client.ts), and both servers' log
// lines carry it (src/common/logging.ts).
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * An incoming X-Request-Id worth keeping (a proxy's or the site's): 8 to 128 characters of letters,
 * digits and `-_.:`. Anything else (a list, spaces, quotes, control characters, an id long
 * enough to bloat every line) is replaced by a fresh one.
 */
export function acceptedRequestId(value: string | string[] | undefined | null): string | undefined {
  if (typeof value !== 'string') return undefined;
  return /^[A-Za-z0-9_.:-]{8,128}$/.test(value) ? value : undefined;
}

/** The request id of a request: the one it came with when acceptable, else a new UUID. */
export function requestIdOf(header: string | string[] | undefined | null): string {
  return acceptedRequestId(header) ?? randomUUID();
}

/**
 * The request being handled, across every await below its handler. One instance per process
 * (kept on globalThis): the CMS's server and Payload's code bundled by Next are separate module
 * copies of this file but must read the same store.
 */
const contextKey = Symbol.for('portal.requestContext');
type RequestContext = { requestId: string };
export const requestContext: AsyncLocalStorage<RequestContext> = ((globalThis as Record<symbol, unknown>)[contextKey] ??=
  new AsyncLocalStorage<RequestContext>()) as AsyncLocalStorage<RequestContext>;

/** The id of the request this code runs for, if any. */
export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}
