// In a folder rather than src/middleware.ts: `next dev` (Turbopack rooted at the repository)
// would otherwise take the file for the CMS's own Next.js middleware.
import { defineMiddleware } from 'astro:middleware';
import { isLocale, localeFromAcceptLanguage } from '../i18n/locales';

export const onRequest = defineMiddleware(async (context, next) => {
  const first = context.url.pathname.split('/')[1];
  context.locals.locale = isLocale(first) ? first : localeFromAcceptLanguage(context.request.headers.get('accept-language'));
  const response = await next();
  try {
    response.headers.set('X-Content-Type-Options', 'nosniff');
    response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    // A draft preview names the CMS that may frame it (live preview); every other page is never framed.
    if (!response.headers.get('Content-Security-Policy')?.includes('frame-ancestors')) response.headers.set('X-Frame-Options', 'DENY');
  } catch {
    // Responses made by Response.redirect() have immutable headers; they carry no content.
  }
  return response;
});
