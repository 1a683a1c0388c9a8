import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../cms/src/seed/prepareDatabase';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';
import { onMongo } from '../helpers/testDatabase';

// What only MongoDB has. The rest of the integration suite runs on MongoDB as it is when
// TEST_MONGODB_URL is set (tests/helpers/testDatabase.ts); this file adds what differs there:
// ids are ObjectId strings, and a production start runs none of the SQLite migrations.
// No MongoDB server can run on this machine, so it is skipped here, with a message.
if (!onMongo) console.warn('MongoDB extras SKIPPED: TEST_MONGODB_URL is not set (README, "Which database was verified").');

describe.skipIf(!onMongo)('on MongoDB', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await startTestCms();
  });
  afterAll(async () => cms?.close());

  // First, while the database is empty, as at a first start.
  it('prepares a production database without the SQLite migrations: first admin and seed only', async () => {
    const env = { NODE_ENV: process.env.NODE_ENV, ADMIN_EMAIL: process.env.ADMIN_EMAIL, ADMIN_PASSWORD: process.env.ADMIN_PASSWORD };
    Object.assign(process.env, {
      NODE_ENV: 'production',
      ADMIN_EMAIL: 'mongo-admin@portal.invalid',
      ADMIN_PASSWORD: 'a long first password 1234',
    });
    try {
      // The bundled migrations write SQL: run on MongoDB, the first would throw.
      await prepareDatabase(cms.payload, { seed: 'empty', devPushedDatabase: 'refuse' });
    } finally {
      for (const [key, value] of Object.entries(env)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
    expect((await cms.payload.count({ collection: 'payload-migrations', overrideAccess: true })).totalDocs).toBe(0);
    const admins = await cms.payload.find({
      collection: 'users',
      overrideAccess: true,
      where: { email: { equals: 'mongo-admin@portal.invalid' } },
    });
    expect(admins.docs[0]?.role).toBe('admin');
    expect((await cms.payload.count({ collection: 'parks', overrideAccess: true })).totalDocs).toBe(7);
  });

  it('gives documents ObjectId strings, reads them through REST, and answers 404 to a number', async () => {
    expect(cms.payload.db.name).toBe('mongoose');
    const admin = await authHeader(cms.payload, await makeUser(cms.payload, 'admin'));
    const news = await cms.payload.create({
      collection: 'news',
      overrideAccess: true,
      data: { title: 'ObjectId 新闻', slug: 'object-id', publishedAt: new Date().toISOString(), _status: 'published' },
    });
    expect(String(news.id)).toMatch(/^[0-9a-f]{24}$/);
    const read = await cms.api('GET', `/news/${news.id}`, { headers: admin });
    expect(read.status).toBe(200);
    expect(((await read.json()) as { slug: string }).slug).toBe('object-id');
    expect((await cms.api('GET', '/news/1', { headers: admin })).status).toBe(404);
    expect((await cms.api('DELETE', '/untouched-draft/news/1', { headers: admin })).status).toBe(404);
  });
});
