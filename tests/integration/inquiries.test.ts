import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCms, type TestCms } from '../helpers/payload';

let cms: TestCms;
beforeAll(async () => {
  cms = await startTestCms();
});
afterAll(async () => cms?.close());

const valid = {
  name: '王芳',
  company: '示例电机有限公司',
  email: 'wang@example.cn',
  country: '中国',
  message: '希望了解电机产业园的用地情况。',
  consent: true,
  locale: 'zh' as const,
};

const count = async () => (await cms.payload.count({ collection: 'inquiries', overrideAccess: true })).totalDocs;

describe('storing inquiries', () => {
  it('gives each inquiry its own reference number', async () => {
    const a = await cms.payload.create({ collection: 'inquiries', overrideAccess: true, data: valid });
    const b = await cms.payload.create({ collection: 'inquiries', overrideAccess: true, data: valid });
    expect(a.reference).toMatch(/^XT-\d{4}-[0-9A-Z]{6}$/);
    expect(a.reference).not.toBe(b.reference);
    expect(a.status).toBe('new');
  });

  it('refuses an inquiry without consent, with a bilingual message, and stores nothing', async () => {
    const before = await count();
    await expect(cms.payload.create({ collection: 'inquiries', overrideAccess: true, data: { ...valid, consent: false } })).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'consent', message: expect.stringMatching(/隐私声明.*privacy notice/) })] },
    });
    expect(await count()).toBe(before);
  });

  it('refuses over-long text and a bad email and stores nothing', async () => {
    const before = await count();
    await expect(cms.payload.create({ collection: 'inquiries', overrideAccess: true, data: { ...valid, message: 'x'.repeat(5001) } })).rejects.toMatchObject({ status: 400 });
    await expect(cms.payload.create({ collection: 'inquiries', overrideAccess: true, data: { ...valid, email: 'nope' } })).rejects.toMatchObject({ status: 400 });
    expect(await count()).toBe(before);
  });

  it('keeps the reference number fixed once given', async () => {
    const created = await cms.payload.create({ collection: 'inquiries', overrideAccess: true, data: valid });
    const officer = await cms.payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: 'officer@portal.invalid', password: 'correct horse battery staple', role: 'investment-officer' },
    });
    const updated = await cms.payload.update({
      collection: 'inquiries',
      id: created.id,
      overrideAccess: false,
      user: officer,
      data: { reference: 'XT-1999-AAAAAA', status: 'acknowledged' },
    });
    expect(updated.reference).toBe(created.reference);
    expect(updated.status).toBe('acknowledged');
  });
});
