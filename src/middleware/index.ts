// In a folder rather than src/middleware.ts: `next dev` (Turbopack rooted at the repository)
// would otherwise take the file for the CMS's own Next.js middleware.
import { defineMiddleware } from 'astro:middleware';
import { CMS_PORT, CMS_PUBLIC_URL, CMS_URL, TRUST_PROXY } from 'astro:env/server';
import { adminOrigins } from '#common/adminOrigins.ts';
import { isLocale, localeFromAcceptLanguage } from '#common/locales.ts';
import { applySecurityHeaders, isHttps } from '../lib/securityHeaders';

// Published under an https:// SITE_PUBLIC_URL, every response is meant for HTTPS (the TLS proxy
// in front talks plain HTTP to this server).
const publicHttps = (import.meta.env.SITE ?? '').startsWith('https:');
// Every address the admin is served under may frame the preview pages (live preview): the same
// list the CMS accepts sign-ins from, so an editor at http://localhost:3000 and one at
// http://127.0.0.1:3000 both see the frame.
const framingOrigins = adminOrigins({ CMS_PUBLIC_URL, CMS_URL, CMS_PORT });

export const onRequest = defineMiddleware(async (context, next) => {
  const first = context.url.pathname.split('/')[1];
  context.locals.locale = isLocale(first) ? first : localeFromAcceptLanguage(context.request.headers.get('accept-language'));
  let response = await next();
  const security = {
    pathname: context.url.pathname,
    https: publicHttps || isHttps(context.url, context.request.headers.get('x-forwarded-proto'), TRUST_PROXY),
    adminOrigins: framingOrigins,
  };
  try {
    applySecurityHeaders(response.headers, security);
  } catch {
    // Responses made by Response.redirect() have immutable headers: copy them.
    response = new Response(response.body, response);
    applySecurityHeaders(response.headers, security);
  }
  return response;
});
