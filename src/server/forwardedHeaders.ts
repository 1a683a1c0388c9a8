import type { IncomingMessage } from 'node:http';

/**
 * The headers a reverse proxy sets to say who the client is and how it came in. Astro trusts them
 * for a request whose host is the public one (`security.allowedDomains`, from SITE_PUBLIC_URL):
 * the page's URL then says `https:` (the form's origin check and HSTS follow it) and
 * `clientAddress` is the client's, not the proxy's (the inquiry rate limit counts per client).
 */
export const forwardedHeaders = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port'] as const;

/** TRUST_PROXY as the site reads it (astro.config.mjs declares it a boolean, default false). */
export function trustsProxy(env: Record<string, string | undefined> = process.env): boolean {
  return env.TRUST_PROXY === 'true';
}

/**
 * Drops the forwarded headers of a request unless a proxy we were told to trust (TRUST_PROXY)
 * sits in front: a client reaching the site directly could otherwise claim any address (and
 * escape the rate limit) or HTTPS.
 */
export function dropUntrustedForwarding(request: IncomingMessage, trustProxy: boolean): void {
  if (trustProxy) return;
  for (const name of forwardedHeaders) delete request.headers[name];
}
