import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { sql } from '@payloadcms/db-sqlite';
import type { MigrateUpArgs } from '@payloadcms/db-sqlite';
import { drizzle } from 'drizzle-orm/libsql';
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../cms/src/migrations';
import { siteServiceEmail } from '../../cms/src/seed/users';

// `npm start` prepares the database inside the CMS process, in Payload's onInit
// (cms/src/seed/prepareOnInit.ts). Here a production database from an older release (every
// migration before the duplicates one applied, as Payload records them) is opened the way the
// CMS server opens it, with CMS_PREPARE_DATABASE=1: by the time getPayload resolves, the missing
// migrations must have run, and the first admin, the site's account and the seed be there.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-prepare-'));
const file = path.join(dir, 'portal.db');
const behind = migrations.findIndex((m) => m.name.endsWith('_duplicates'));
let payload: Payload;

beforeAll(async () => {
  expect(behind).toBeGreaterThan(0);
  const client = createClient({ url: `file:${file}` });
  const db = drizzle(client);
  for (const migration of migrations.slice(0, behind)) {
    await migration.up({ db, payload: undefined, req: undefined } as unknown as MigrateUpArgs);
    await db.run(sql`INSERT INTO payload_migrations (name, batch) VALUES (${migration.name}, 1)`);
  }
  client.close();
  Object.assign(process.env, {
    NODE_ENV: 'production',
    DATABASE_URL: `file:${file}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'integration-test-secret-0123456789abcdef',
    JOBS_AUTORUN: 'false',
    CMS_PREPARE_DATABASE: '1',
    ADMIN_EMAIL: 'first-admin@portal.invalid',
    ADMIN_PASSWORD: 'a long first password 1234',
    SITE_API_KEY: 'site-api-key-for-the-prepare-test-0123456789',
  });
  const { getPayload } = await import('payload');
  const { default: config } = await import('../../cms/src/payload.config');
  payload = await getPayload({ config });
}, 120_000);

afterAll(async () => {
  await payload?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

const counts = async () => {
  const slugs = ['users', 'parks', 'news', 'policies', 'pages', 'figures'] as const;
  return Object.fromEntries(
    await Promise.all(slugs.map(async (slug) => [slug, (await payload.count({ collection: slug, overrideAccess: true })).totalDocs])),
  );
};

describe('the CMS preparing its own database on start (npm start)', () => {
  it('runs the migrations the database is missing before Payload is ready, in a new batch', async () => {
    const ran = await payload.find({ collection: 'payload-migrations', limit: 0, pagination: false, overrideAccess: true });
    expect(ran.docs.map((m) => m.name).sort()).toEqual(migrations.map((m) => m.name).sort());
    const newBatch = ran.docs.filter((m) => migrations.slice(behind).some((missing) => missing.name === m.name));
    expect(newBatch.map((m) => m.batch)).toEqual(migrations.slice(behind).map(() => 2));
    // The duplicates migration's schema is there, and Payload's own queries (which select its
    // columns) work on it.
    await expect(payload.db.drizzle.run(sql`SELECT merged_into_id FROM inquiries`)).resolves.toBeDefined();
    await expect(payload.db.drizzle.run(sql`SELECT merged_from FROM inquiry_activities`)).resolves.toBeDefined();
    await expect(payload.find({ collection: 'inquiries', depth: 1, overrideAccess: true })).resolves.toMatchObject({ totalDocs: 0 });
  });

  it('creates the first administrator, the site account and the seed content', async () => {
    const admins = await payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, overrideAccess: true });
    expect(admins.docs.map((u) => u.email)).toEqual(['first-admin@portal.invalid']);
    const service = await payload.find({ collection: 'users', where: { email: { equals: siteServiceEmail } }, overrideAccess: true });
    expect(service.docs[0]?.role).toBe('site-service');
    expect(await counts()).toMatchObject({ users: 2, parks: 7, figures: 4 });
    const site = await payload.findGlobal({ slug: 'site', locale: 'en', overrideAccess: true });
    expect(site.name).toBeTruthy();
  });

  it('changes nothing on the next start: no second admin, no seed document twice, no migration again', async () => {
    const before = await counts();
    const { prepareOnInit } = await import('../../cms/src/seed/prepareOnInit');
    await prepareOnInit(payload);
    expect(await counts()).toEqual(before);
    const ran = await payload.find({ collection: 'payload-migrations', limit: 0, pagination: false, overrideAccess: true });
    expect(ran.totalDocs).toBe(migrations.length);
  });

  it("refuses a database made by a dev-mode schema push instead of waiting on Payload's prompt", async () => {
    const { DevPushedDatabaseError, prepareDatabase } = await import('../../cms/src/seed/prepareDatabase');
    const dev = await payload.create({ collection: 'payload-migrations', overrideAccess: true, data: { name: 'dev', batch: -1 } });
    try {
      await expect(prepareDatabase(payload, { seed: 'none', devPushedDatabase: 'refuse' })).rejects.toThrow(DevPushedDatabaseError);
      await expect(prepareDatabase(payload, { seed: 'none', devPushedDatabase: 'refuse' })).rejects.toThrow(/npm run dev/);
    } finally {
      await payload.delete({ collection: 'payload-migrations', id: dev.id, overrideAccess: true });
    }
  });
});
