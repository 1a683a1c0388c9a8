import type { APIRoute } from 'astro';
import { localeFromAcceptLanguage } from '#common/locales.ts';
import { localePath } from '../lib/localePath';

/** `/` sends each visitor to their language's home page (zh when in doubt); never cached. */
export const GET: APIRoute = ({ request, cache }) => {
  cache.set(false);
  const locale = localeFromAcceptLanguage(request.headers.get('accept-language'));
  return new Response(null, {
    status: 302,
    headers: { location: localePath(locale), vary: 'Accept-Language', 'cache-control': 'private, no-store' },
  });
};
