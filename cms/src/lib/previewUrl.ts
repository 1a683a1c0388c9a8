import type { PayloadRequest } from 'payload';
import { requestAdminOrigin } from '#common/adminOrigins.ts';
import { adminOrigins } from './adminOrigins';
import { previewLifetimeMs, previewSecret, signPreview } from './previewToken';

type Env = Record<string, string | undefined>;

/**
 * Where the editor's browser reaches the site: its public address (SITE_PUBLIC_URL, which
 * `npm start` sets to the address it prints), else the address the CMS invalidates.
 */
export const siteBase = (env: Env = process.env) => (env.SITE_PUBLIC_URL || env.SITE_URL || 'http://localhost:4321').replace(/\/$/, '');

/**
 * The admin's origin as the editor's browser sees it: the one the request came to (behind a proxy,
 * the one it forwarded), when it is one of the admin's origins; else the first of them. The preview
 * page talks to its parent frame at exactly this origin, so it must be the address in the editor's
 * address bar, `localhost` or `127.0.0.1` alike.
 */
export function adminOrigin(req: Pick<PayloadRequest, 'headers'>, env: Env = process.env): string {
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  return requestAdminOrigin(adminOrigins(env), host, req.headers.get('x-forwarded-proto'));
}

/**
 * A link that opens a draft on the public site for 30 minutes (`/{lang}/preview?token=…`). The
 * token is signed by the CMS and checked by the CMS when the site forwards it, so the site has
 * no standing right to read drafts. It names the member of staff who asked for it, whose access
 * the preview is read with.
 */
export function previewUrl(
  collection: string,
  id: unknown,
  locale: string | undefined,
  req: Pick<PayloadRequest, 'headers' | 'user'>,
  env: Env = process.env,
): string | null {
  if (typeof id !== 'string' && typeof id !== 'number') return null;
  const uid = req.user?.id;
  if (uid === undefined) return null;
  // Expiry rounded up to the next five minutes: the admin recomputes the link after every save,
  // and an unchanged link keeps the live preview frame from reloading for nothing.
  const step = 5 * 60 * 1000;
  const exp = Math.ceil((Date.now() + previewLifetimeMs) / step) * step;
  const token = signPreview({ collection, id, uid, origin: adminOrigin(req, env), exp }, previewSecret(env));
  return `${siteBase(env)}/${locale === 'en' ? 'en' : 'zh'}/preview?token=${encodeURIComponent(token)}`;
}
