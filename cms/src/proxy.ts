import { NextResponse, type NextRequest } from 'next/server';
import { bodyVerdict } from './lib/bodyLimits';

const bodyRefusals = {
  'too-large': { status: 413, message: '请求内容过大 / The request body is too large' },
  'length-required': { status: 411, message: '请求须注明内容长度 / The request must state its Content-Length' },
} as const;

/**
 * Security headers of every CMS response (admin, REST/GraphQL API, uploads). The admin's
 * Content-Security-Policy allows scripts by a per-request nonce, which Next.js reads from the
 * request's policy and puts on its own inline scripts; Payload's admin sets inline styles, so
 * styles stay 'unsafe-inline' (measured: tests/e2e/security-headers.spec.ts signs in and edits
 * a document with no violation).
 *
 * The admin interface is Chinese unless the user chose English: Payload takes the language
 * from its `payload-lng` cookie (set when a user picks a language in their account settings),
 * else from the browser's Accept-Language. For admin pages without that cookie, Accept-Language
 * is replaced by Chinese, so an English browser still sees the Chinese admin first. The REST API
 * is left alone: its clients (the site, tests) ask for English messages with Accept-Language,
 * and the admin's own API calls send the admin's language.
 */
export function proxy(request: NextRequest) {
  // An oversized API body is refused before Next or Payload buffer it (JSON bodies are parsed
  // whole). The admin's own server functions keep Next's limit (1 MB unless Payload raises it).
  if (request.nextUrl.pathname.startsWith('/api/') && request.method !== 'GET' && request.method !== 'HEAD') {
    const verdict = bodyVerdict(request.headers);
    if (verdict !== 'ok') {
      const { status, message } = bodyRefusals[verdict];
      return withSecurityHeaders(
        request,
        NextResponse.json({ errors: [{ message }] }, { status, headers: { connection: 'close' } }),
        "default-src 'none'; frame-ancestors 'none'",
      );
    }
  }
  const admin = request.nextUrl.pathname === '/admin' || request.nextUrl.pathname.startsWith('/admin/');
  const nonce = admin ? btoa(crypto.randomUUID()) : undefined;
  const csp = nonce ? adminPolicy(nonce) : "default-src 'none'; frame-ancestors 'none'";

  const requestHeaders = new Headers(request.headers);
  if (nonce) requestHeaders.set('content-security-policy', csp);
  if (admin && !request.cookies.has('payload-lng')) requestHeaders.set('accept-language', 'zh');
  return withSecurityHeaders(request, NextResponse.next({ request: { headers: requestHeaders } }), csp);
}

function withSecurityHeaders(request: NextRequest, response: NextResponse, csp: string): NextResponse {
  const headers = response.headers;
  headers.set('Content-Security-Policy', csp);
  headers.set('X-Frame-Options', 'DENY');
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  headers.set('Permissions-Policy', 'camera=(), display-capture=(), geolocation=(), microphone=(), payment=(), usb=()');
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  if (isHttps(request)) headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  return response;
}

function adminPolicy(nonce: string): string {
  // Live preview shows the public site in an iframe.
  const site = siteOrigin();
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    `frame-src 'self'${site ? ` ${site}` : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function siteOrigin(): string | undefined {
  const url = process.env.SITE_PUBLIC_URL || process.env.SITE_URL;
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

/** Served over HTTPS: directly, under an https:// CMS_PUBLIC_URL, or as a trusted proxy says. */
function isHttps(request: NextRequest): boolean {
  if (request.nextUrl.protocol === 'https:' || process.env.CMS_PUBLIC_URL?.startsWith('https:')) return true;
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return process.env.TRUST_PROXY === 'true' && forwarded === 'https';
}

export const config = {
  // Next's own build assets are covered by next.config.mjs headers(); everything else comes here.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
