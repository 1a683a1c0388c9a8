import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Payload } from 'payload';

export interface TestCms {
  payload: Payload;
  dir: string;
  close(): Promise<void>;
}

/**
 * Boots Payload through its Local API on a fresh SQLite file in a temporary directory.
 * The config reads DATABASE_URL when it is imported, so it is imported after the variable is set;
 * Vitest runs each test file in its own process, so each file gets its own database.
 */
export async function startTestCms(databaseUrl?: string): Promise<TestCms> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-int-'));
  process.env.DATABASE_URL = databaseUrl ?? `file:${path.join(dir, 'portal.db')}`;
  process.env.MEDIA_DIR = path.join(dir, 'media');
  process.env.PAYLOAD_SECRET = 'integration-test-secret-0123456789abcdef';
  delete process.env.SITE_URL;
  const { getPayload } = await import('payload');
  const { default: config } = await import('../../cms/src/payload.config');
  const payload = await getPayload({ config });
  return {
    payload,
    dir,
    async close() {
      // A MongoDB test database is disposable: drop it so the next run starts empty.
      if (databaseUrl) await (payload.db as unknown as { connection?: { dropDatabase(): Promise<unknown> } }).connection?.dropDatabase();
      await payload.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Role = 'admin' | 'editor' | 'investment-officer' | 'site-service';

/** Creates a user with a role and returns it as the `user` Local API calls act as. */
export async function makeUser(payload: Payload, role: Role) {
  return payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: `${role}-${Math.random().toString(36).slice(2)}@portal.invalid`, password: 'correct horse battery staple', role },
  });
}
