import { randomBytes } from 'node:crypto';
import type { Payload } from 'payload';

export const siteServiceEmail = 'site-service@portal.invalid';

/**
 * Makes sure the CMS has an administrator. From ADMIN_EMAIL and ADMIN_PASSWORD when set;
 * otherwise a generated one whose password is returned once, to be printed once.
 */
export async function ensureFirstAdmin(
  payload: Payload,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ created: false } | { created: true; email: string; password?: string }> {
  const admins = await payload.count({ collection: 'users', where: { role: { equals: 'admin' } }, overrideAccess: true });
  if (admins.totalDocs > 0) return { created: false };
  const email = env.ADMIN_EMAIL?.trim() || 'admin@portal.invalid';
  const given = env.ADMIN_PASSWORD;
  const password = given || randomBytes(12).toString('base64url');
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email, password, role: 'admin', name: 'Administrator' },
  });
  return { created: true, email, password: given ? undefined : password };
}

/**
 * The account the public site uses to create inquiries: role `site-service`, no password
 * login, API key from SITE_API_KEY. Kept in step with the key on every start.
 */
export async function ensureSiteServiceUser(payload: Payload, apiKey: string): Promise<void> {
  const found = await payload.find({
    collection: 'users',
    where: { email: { equals: siteServiceEmail } },
    overrideAccess: true,
    limit: 1,
    showHiddenFields: true,
  });
  const data = {
    role: 'site-service' as const,
    name: 'Public site',
    enableAPIKey: true,
    apiKey,
  };
  if (found.docs[0]) {
    await payload.update({ collection: 'users', id: found.docs[0].id, overrideAccess: true, data });
  } else {
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { ...data, email: siteServiceEmail, password: randomBytes(24).toString('base64url') },
    });
  }
}
