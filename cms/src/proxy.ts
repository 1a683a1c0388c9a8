import { NextResponse, type NextRequest } from 'next/server';

/**
 * The admin interface is Chinese unless the user chose English: Payload takes the language
 * from its `payload-lng` cookie (set when a user picks a language in their account settings),
 * else from the browser's Accept-Language. For admin pages without that cookie, Accept-Language
 * is replaced by Chinese, so an English browser still sees the Chinese admin first. The REST API
 * is left alone: its clients (the site, tests) ask for English messages with Accept-Language,
 * and the admin's own API calls send the admin's language.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has('payload-lng')) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.set('accept-language', 'zh');
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ['/admin', '/admin/:path*'] };
