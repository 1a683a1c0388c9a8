import type { Endpoint, PayloadRequest, SanitizedConfig } from 'payload';
import { deletePreference } from '../endpoints/deletePreference';
import { refuseMalformedId } from '../hooks/refuseMalformedId';
import { createLock, deleteLock, lockHeldByCaller, readLocks, updateLock } from './lockedDocuments';
import { hasRole } from './roles';

/**
 * Payload adds collections and globals of its own after our config is built, with its default
 * access (any signed-in user). Tightened here, once the config is sanitized:
 * - `payload-jobs-stats` (when the scheduled sweep was last queued): admins only, like the jobs;
 * - `payload-locked-documents`: see ./lockedDocuments.ts (payload-locked-documents forgery);
 * - `payload-preferences`: deleting one answers 500 on SQLite (../endpoints/deletePreference.ts);
 * - every collection, ours and Payload's: a malformed id, or the versions of a collection that
 *   keeps none, answers 404, not a database error.
 */
const notFound = () => Response.json({ errors: [{ message: '未找到 / Not Found' }] }, { status: 404 });
const noVersions: Endpoint[] = [
  { path: '/versions', method: 'get', handler: notFound },
  { path: '/versions/:id', method: 'get', handler: notFound },
  { path: '/versions/:id', method: 'post', handler: notFound },
];

export function tightenPayloadDefaults(sanitized: SanitizedConfig): SanitizedConfig {
  const adminOnly = ({ req }: { req: PayloadRequest }) => hasRole(req, 'admin');
  const stats = sanitized.globals.find((global) => global.slug === 'payload-jobs-stats');
  if (stats) stats.access = { ...stats.access, read: adminOnly, update: adminOnly, readVersions: adminOnly };

  const locks = sanitized.collections.find((collection) => collection.slug === 'payload-locked-documents');
  if (locks) {
    locks.access = { ...locks.access, read: readLocks, create: createLock, update: updateLock, delete: deleteLock };
    locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), lockHeldByCaller];
  }

  const preferences = sanitized.collections.find((collection) => collection.slug === 'payload-preferences');
  if (preferences && Array.isArray(preferences.endpoints)) preferences.endpoints.unshift(deletePreference);

  for (const collection of sanitized.collections) {
    collection.hooks.beforeOperation = [refuseMalformedId, ...(collection.hooks.beforeOperation ?? [])];
    // Payload answers `/versions` of a collection without versions from a table that does not exist (500).
    if (!collection.versions && Array.isArray(collection.endpoints)) collection.endpoints.unshift(...noVersions);
  }
  return sanitized;
}
