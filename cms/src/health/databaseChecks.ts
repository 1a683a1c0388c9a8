// Whether the CMS can read and write its database, through Payload's key-value store (the
// `payload-kv` collection, which Payload keeps for itself; nobody may reach it over the API).
// The write is an upsert of one fixed key: on SQLite an UPDATE of one row (WAL and busy timeout as
// for every write), on MongoDB an updateOne on the unique key acknowledged by the replica set. So
// the check proves that a write gets through (a read-only file, a full disk, a lost primary or a
// writer holding the lock show here) and never makes the database grow, however often it runs.
// Each half gives up after checkTimeoutMs, except that the SQLite driver waits for a lock held by
// another process on the main thread, for the adapter's busy timeout (10 s): such a check then
// answers late, with SQLITE_BUSY.
import type { Payload } from 'payload';
import { failureReason, shared, within, type CheckResult } from '#common/health.ts';

/** The one key the readiness check writes. */
export const readinessKey = 'readiness-check';

export interface DatabaseChecks {
  'database.read': CheckResult;
  'database.write': CheckResult;
}

/** Read, then write: with one connection a write waiting for a lock would hold up a read beside it, and the read would be blamed. */
async function check(payload: Payload): Promise<DatabaseChecks> {
  const attempt = (work: () => Promise<unknown>) =>
    within(work()).then(
      () => 'ok',
      (error: unknown) => failureReason(error),
    );
  return {
    'database.read': await attempt(() => payload.kv.get(readinessKey)),
    'database.write': await attempt(() => payload.kv.set(readinessKey, { checkedAt: new Date().toISOString() })),
  };
}

const checks = new WeakMap<Payload, () => Promise<DatabaseChecks>>();

/** The database checks of `payload`; readiness probes arriving while one runs share it (one write, not one each). */
export function databaseChecks(payload: Payload): Promise<DatabaseChecks> {
  let run = checks.get(payload);
  if (!run) checks.set(payload, (run = shared(() => check(payload))));
  return run();
}
