import { pbkdf2, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import type { CollectionBeforeOperationHook } from 'payload';

const derive = promisify(pbkdf2);

/**
 * A login of an unknown email or a locked account costs the same password hashing as a wrong
 * password (PBKDF2-SHA256, 600,000 rounds, Payload's current parameters). Payload answers those two
 * without hashing, in a few milliseconds instead of a few hundred, which would tell a stranger
 * which addresses have a working account even though the answers are the same bytes.
 */
export const evenLoginTiming: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args;
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data;
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : '';
  const account = email
    ? await req.payload.db.findOne<{ id: number | string; lockUntil?: string | null }>({
        collection: 'users',
        where: { email: { equals: email } },
        req,
      })
    : null;
  const locked = account?.lockUntil ? new Date(account.lockUntil).getTime() > Date.now() : false;
  if (!account || locked)
    await derive(typeof data?.password === 'string' ? data.password : '', randomBytes(32).toString('hex'), 600_000, 32, 'sha256');
  return args;
};
