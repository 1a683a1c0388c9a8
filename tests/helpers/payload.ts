import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Payload } from 'payload';
// Brings the generated collection types (module augmentation of 'payload') into the tests' program.
import type {} from '../../cms/src/payload-types';
import { testDatabaseUrl } from './testDatabase';

export interface TestCms {
  payload: Payload;
  dir: string;
  /**
   * A request to the CMS's REST API (custom endpoints included), answered in-process by Payload's
   * own handler. A FormData body is sent as multipart (uploads).
   */
  api(method: string, path: string, options?: { body?: unknown; headers?: Record<string, string> }): Promise<Response>;
  close(): Promise<void>;
}

/**
 * Boots Payload through its Local API on a fresh database: a SQLite file in a temporary directory,
 * or, when TEST_MONGODB_URL is set, a database of its own on that MongoDB server
 * (tests/helpers/testDatabase.ts); `databaseUrl` names another.
 * The config reads DATABASE_URL when it is imported, so it is imported after the variable is set;
 * Vitest runs each test file in its own process, so each file gets its own database. With
 * `jobRunner`, Payload also runs its jobs queue in the background, as the CMS server does.
 */
export async function startTestCms(databaseUrl?: string, options: { jobRunner?: boolean } = {}): Promise<TestCms> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-int-'));
  process.env.DATABASE_URL = databaseUrl ?? testDatabaseUrl(dir);
  process.env.MEDIA_DIR = path.join(dir, 'media');
  process.env.PAYLOAD_SECRET = 'integration-test-secret-0123456789abcdef';
  delete process.env.SITE_URL;
  delete process.env.REVALIDATE_TARGETS;
  const { getPayload } = await import('payload');
  const { default: config } = await import('../../cms/src/payload.config');
  // `cron: true` starts Payload's job runner, as the CMS server does at start-up (cms/src/instrumentation.ts).
  const payload = await getPayload({ config, cron: options.jobRunner ?? false });
  const { handleEndpoints } = await import('payload');
  return {
    payload,
    dir,
    api: (method, path, options = {}) =>
      handleEndpoints({
        config,
        request: new Request(`http://cms.test/api${path}`, {
          method,
          headers: {
            'accept-language': 'en',
            ...(options.body !== undefined && !(options.body instanceof FormData) ? { 'content-type': 'application/json' } : {}),
            ...options.headers,
          },
          body:
            options.body === undefined
              ? undefined
              : typeof options.body === 'string' || options.body instanceof FormData
                ? options.body
                : JSON.stringify(options.body),
        }),
      }),
    async close() {
      // A MongoDB test database is disposable: drop it so the next run starts empty.
      if (payload.db.name === 'mongoose')
        await (payload.db as unknown as { connection?: { dropDatabase(): Promise<unknown> } }).connection?.dropDatabase();
      await payload.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Role = 'admin' | 'editor' | 'investment-officer' | 'site-service';

/** Creates a user with a role and returns it as the `user` Local API calls act as. */
export async function makeUser(payload: Payload, role: Role, name?: string) {
  return payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: `${role}-${Math.random().toString(36).slice(2)}@portal.invalid`, password: 'correct horse battery staple', role, name },
  });
}

/** The Authorization header of a user: an API key for the site's account, a login token otherwise. */
export async function authHeader(
  payload: Payload,
  user: { id: number | string; email: string; role?: string | null },
): Promise<Record<string, string>> {
  if (user.role === 'site-service') {
    const apiKey = `test-key-${user.id}-${Math.random().toString(36).slice(2)}`;
    await payload.update({ collection: 'users', id: user.id, overrideAccess: true, data: { enableAPIKey: true, apiKey } });
    return { authorization: `users API-Key ${apiKey}` };
  }
  const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: 'correct horse battery staple' } });
  return { authorization: `JWT ${token}` };
}
