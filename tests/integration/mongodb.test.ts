import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedContent } from '../../cms/src/seed/content';
import { makeUser, startTestCms, type TestCms } from '../helpers/payload';

// MongoDB is the production database, but no MongoDB server can run on this machine. Point
// TEST_MONGODB_URL at a disposable database (it is dropped afterwards) to run this suite.
const url = process.env.TEST_MONGODB_URL;
if (!url) console.warn('MongoDB suite SKIPPED: TEST_MONGODB_URL is not set (see README, "Running on MongoDB").');

describe.skipIf(!url)('on MongoDB', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await startTestCms(url);
  });
  afterAll(async () => cms?.close());

  it('seeds the content idempotently with string ids', async () => {
    const contentDir = path.resolve(import.meta.dirname, '../../content');
    const first = await seedContent(cms.payload, contentDir);
    expect(first.parks!.created).toBe(7);
    const second = await seedContent(cms.payload, contentDir);
    expect(Object.values(second).reduce((sum, c) => sum + c.created, 0)).toBe(0);
    const park = await cms.payload.find({ collection: 'parks', limit: 1 });
    expect(typeof park.docs[0]?.id).toBe('string');
  });

  it('keeps inquiries from editors and anonymous visitors', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    await expect(cms.payload.find({ collection: 'inquiries', overrideAccess: false, user: editor })).rejects.toMatchObject({ status: 403 });
    await expect(cms.payload.find({ collection: 'inquiries', overrideAccess: false })).rejects.toMatchObject({ status: 403 });
  });
});
