import type { PayloadRequest } from 'payload';
import { escapeHtml } from '#common/html.ts';
import { adminOrigins } from './adminOrigins';

type Env = Record<string, string | undefined>;

/** The origin a request was sent to, as its Host header names it. */
function requestOrigin(req: Pick<PayloadRequest, 'url' | 'headers'>): string | undefined {
  try {
    const host = req.headers.get('host');
    return host ? new URL(`${new URL(req.url ?? 'http://x').protocol}//${host}`).origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where a password-reset link points: CMS_PUBLIC_URL, else CMS_URL, else the address the request
 * came to, but only when that is one of the admin's own origins. The Host header is the sender's
 * to choose: taken as it is, it would let a stranger have the link to a real account's reset
 * mailed pointing at their own server. Otherwise the admin's loopback address on CMS_PORT.
 */
export function resetLinkOrigin(req: Pick<PayloadRequest, 'url' | 'headers'>, env: Env = process.env): string {
  const trusted = adminOrigins(env);
  if (env.CMS_PUBLIC_URL || env.CMS_URL) return trusted[0]!;
  const asked = requestOrigin(req);
  return asked && trusted.includes(asked) ? asked : trusted[0]!;
}

export function passwordResetLink(req: PayloadRequest, token: string, env: Env = process.env): string {
  const { routes, admin } = req.payload.config;
  const path = `${routes.admin === '/' ? '' : routes.admin}${admin.routes.reset}/${encodeURIComponent(token)}`;
  return new URL(path, resetLinkOrigin(req, env)).toString();
}

export const passwordResetSubject = () => '重置您的密码 / Reset your password · 湘潭高新区门户 CMS';

/** The reset email, in Chinese then English (an account's language is not known before sign-in). */
export function passwordResetHtml(req: PayloadRequest, token: string, env: Env = process.env): string {
  const link = escapeHtml(passwordResetLink(req, token, env));
  const anchor = `<p><a href="${link}">${link}</a></p>`;
  return [
    '<p>您（或他人）请求重置湘潭高新区投资门户 CMS 账户的密码。请在一小时内打开以下链接设置新密码：</p>',
    anchor,
    '<p>如果您没有请求重置密码，请忽略本邮件，您的密码不会改变。</p>',
    '<hr>',
    '<p>You (or someone else) asked to reset the password of your Xiangtan Hi-tech Zone investor portal CMS account. Open this link within one hour to choose a new password:</p>',
    anchor,
    '<p>If you did not ask for this, ignore this email; your password stays as it is.</p>',
  ].join('\n');
}
