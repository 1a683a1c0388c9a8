import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readinessKey } from '../../cms/src/health/databaseChecks';
import { seedContent } from '../../cms/src/seed/content';
import { newKey, publishInquiryIndustries, validInquiry } from '../helpers/inquiries';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';

// MongoDB is the production database, but no MongoDB server can run on this machine. Point
// TEST_MONGODB_URL at a disposable database (it is dropped afterwards) to run this suite.
const url = process.env.TEST_MONGODB_URL;
if (!url) console.warn('MongoDB suite SKIPPED: TEST_MONGODB_URL is not set (see README, "Running on MongoDB").');

describe.skipIf(!url)('on MongoDB', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await startTestCms(url);
    await publishInquiryIndustries(cms.payload);
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

  it('numbers concurrent inquiries without gaps or repeats (atomic $inc counter) and routes them', async () => {
    const officer = await makeUser(cms.payload, 'investment-officer', 'Mongo Officer');
    await cms.payload.updateGlobal({ slug: 'lead-desk', overrideAccess: true, data: { defaultOfficer: officer.id } });
    const created = await Promise.all(
      Array.from({ length: 30 }, () => cms.payload.create({ collection: 'inquiries', overrideAccess: true, data: validInquiry })),
    );
    const numbers = created.map((d) => Number(d.reference!.slice(8))).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(30);
    expect(numbers[29] - numbers[0]).toBe(29);
    expect(created[0].owner).toMatchObject({ id: officer.id });
    expect(created[0].stage).toBe('assigned');
  });

  it('stores a resubmitted form once', async () => {
    const service = await makeUser(cms.payload, 'site-service');
    const headers = await authHeader(cms.payload, service);
    const body = { ...validInquiry, idempotencyKey: newKey() };
    const answers = await Promise.all(Array.from({ length: 5 }, () => cms.api('POST', '/inquiries/submit', { body, headers })));
    const references = await Promise.all(answers.map(async (a) => ((await a.json()) as { reference: string }).reference));
    expect(new Set(references).size).toBe(1);
    const stored = await cms.payload.count({
      collection: 'inquiries',
      overrideAccess: true,
      where: { idempotencyKey: { equals: body.idempotencyKey } },
    });
    expect(stored.totalDocs).toBe(1);
  });

  it("answers /api/readyz's database checks with one upsert of one key, however often it is asked", async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => cms.api('GET', '/readyz')));
    for (const answer of answers) {
      const body = (await answer.json()) as { checks: Record<string, string> };
      expect(body.checks).toMatchObject({ 'database.read': 'ok', 'database.write': 'ok' });
    }
    for (let i = 0; i < 3; i += 1) await cms.api('GET', '/readyz');
    const rows = await cms.payload.db.count({ collection: 'payload-kv', req: {}, where: { key: { equals: readinessKey } } });
    expect(rows.totalDocs).toBe(1);
  });
});
