import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a preview link works: long enough to read and share with a colleague, short enough that a leaked link soon dies. */
export const previewLifetimeMs = 30 * 60 * 1000;

/** What a preview token grants: reading one draft (in either language) until `exp`. */
export interface PreviewGrant {
  collection: string;
  id: string | number;
  /** The member of staff who made the link: the preview shows no more than they may read. */
  uid: string | number;
  /** The admin's origin as the editor's browser sees it: live preview only listens to messages from it. */
  origin: string;
  /** Expiry, milliseconds since the epoch. */
  exp: number;
}

/**
 * The key preview links are signed with: PREVIEW_SECRET (`npm start` writes one into .env), or,
 * when a CMS is started without it, a key derived from PAYLOAD_SECRET for this purpose only.
 */
export function previewSecret(env: Record<string, string | undefined> = process.env): string {
  if (env.PREVIEW_SECRET) return env.PREVIEW_SECRET;
  const base = env.PAYLOAD_SECRET || 'development-only-secret-not-for-production-use';
  return createHmac('sha256', base).update('portal-preview-links').digest('hex');
}

const mac = (body: string, secret: string) => createHmac('sha256', secret).update(body).digest('base64url');

export function signPreview(grant: PreviewGrant, secret = previewSecret()): string {
  const body = Buffer.from(JSON.stringify(grant)).toString('base64url');
  return `${body}.${mac(body, secret)}`;
}

export type PreviewCheck = { ok: true; grant: PreviewGrant } | { ok: false; reason: 'invalid' | 'expired' };

/** Checks a token's signature, then its expiry; never throws on malformed input. */
export function verifyPreview(token: unknown, now = Date.now(), secret = previewSecret()): PreviewCheck {
  if (typeof token !== 'string' || token.length > 2000) return { ok: false, reason: 'invalid' };
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return { ok: false, reason: 'invalid' };
  const expected = Buffer.from(mac(body, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'invalid' };
  let grant: PreviewGrant;
  try {
    grant = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as PreviewGrant;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const isId = (value: unknown) => typeof value === 'string' || typeof value === 'number';
  if (typeof grant?.collection !== 'string' || !isId(grant.id) || !isId(grant.uid) || typeof grant.exp !== 'number') {
    return { ok: false, reason: 'invalid' };
  }
  if (grant.exp <= now) return { ok: false, reason: 'expired' };
  return { ok: true, grant };
}
