/**
 * The security headers of every response the site sends: pages, error pages, redirects, media,
 * PDF documents, feeds, sitemaps and the API. Pure, so the rules are tested without a server.
 */

/** Browser features the portal never uses; denied to the page and anything it might embed. */
export const permissionsPolicy = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** Two years, the HSTS preload list's minimum. */
export const hstsValue = 'max-age=63072000; includeSubDomains';

/** What a response that is not an Astro page (endpoint, media, feed, redirect) may do: nothing. */
const resourcePolicy = "default-src 'none'";

/** Live preview pages (`/{lang}/preview…`), the only ones the CMS admin may show in an iframe. */
export const isPreviewPath = (pathname: string) => /^\/[a-z]{2}\/preview(\/|$)/.test(pathname);

export interface SecurityContext {
  pathname: string;
  /** The request arrived over HTTPS (directly, or as a trusted proxy says). */
  https: boolean;
  /**
   * Origins of the CMS admin as editors' browsers reach it (src/common/adminOrigins.ts), e.g.
   * `https://cms.example.cn`: the only pages that may show a preview page in a frame.
   */
  adminOrigins: readonly string[];
}

/** Sets the security headers on `headers` (a response's), keeping Astro's page policy. */
export function applySecurityHeaders(headers: Headers, context: SecurityContext): void {
  const preview = isPreviewPath(context.pathname);
  const framers = preview && context.adminOrigins.length > 0 ? context.adminOrigins.join(' ') : "'none'";
  const frameAncestors = `frame-ancestors ${framers}`;
  // Astro sets a policy with the hashes of the page's scripts and styles on every page it
  // renders; anything else gets one that allows nothing. A PDF keeps only frame-ancestors, so
  // browsers' built-in PDF viewers are never in question.
  const isPdf = headers.get('content-type')?.startsWith('application/pdf') ?? false;
  const base = headers.get('content-security-policy') ?? (isPdf ? '' : resourcePolicy);
  headers.set('Content-Security-Policy', [base.replace(/;\s*$/, ''), frameAncestors].filter(Boolean).join('; '));
  if (preview) headers.delete('X-Frame-Options');
  else headers.set('X-Frame-Options', 'DENY');
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  headers.set('Permissions-Policy', permissionsPolicy);
  // No Cross-Origin-Opener-Policy on the public site. It would cut the window off from pages of
  // other origins that open it or that it opens (the portal has no such windows and no secrets in
  // them: no sign-in, no per-visitor data), and it costs every visitor arriving from another site
  // a fresh renderer process: a browsing-context-group switch on every navigation into the site,
  // and on Android, where Chrome gives sites that send COOP a process of their own, a cold one.
  // Measured with Lighthouse on the same bytes: 90-91 with it, 99-100 without (docs/quality-gates.md,
  // Lighthouse). The CMS admin, where editors are signed in, keeps it (cms/src/proxy.ts).
  headers.delete('Cross-Origin-Opener-Policy');
  headers.set('Cross-Origin-Resource-Policy', 'same-origin');
  // Browsers ignore HSTS over plain HTTP, but sending it there would only mislead.
  if (context.https) headers.set('Strict-Transport-Security', hstsValue);
  else headers.delete('Strict-Transport-Security');
}

/**
 * Whether a request came over HTTPS: its own URL says so, or a proxy we were told to trust
 * (TRUST_PROXY) says so in `X-Forwarded-Proto` (the first value is the client's hop).
 */
export function isHttps(url: URL, forwardedProto: string | null, trustProxy: boolean): boolean {
  if (url.protocol === 'https:') return true;
  return trustProxy && forwardedProto?.split(',')[0]?.trim().toLowerCase() === 'https';
}
