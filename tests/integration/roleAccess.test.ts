import { createLocalReq } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishInquiryIndustries, validInquiry } from '../helpers/inquiries';
import { makeUser, startTestCms, type TestCms } from '../helpers/payload';

let cms: TestCms;
const inquiry = {
  ...validInquiry,
  name: 'Anna Schmidt',
  company: 'Beispiel AG',
  email: 'anna@example.com',
  country: 'DE',
  message: 'Land for a factory, please.',
  preferredLanguage: 'en',
  locale: 'en',
} satisfies typeof validInquiry;

beforeAll(async () => {
  cms = await startTestCms();
  await publishInquiryIndustries(cms.payload);
  const { payload } = cms;
  await payload.create({
    collection: 'news',
    overrideAccess: true,
    data: { title: '已发布', slug: 'published-item', publishedAt: new Date().toISOString(), _status: 'published' },
  });
  await payload.create({
    collection: 'news',
    overrideAccess: true,
    draft: true,
    data: { title: '草稿', slug: 'draft-item', publishedAt: new Date().toISOString(), _status: 'draft' },
  });
  await payload.create({
    collection: 'parks',
    overrideAccess: true,
    data: { name: '已发布园区', slug: 'published-park', _status: 'published' },
  });
  await payload.create({
    collection: 'parks',
    overrideAccess: true,
    draft: true,
    data: { name: '草稿园区', slug: 'draft-park', _status: 'draft' },
  });
  await payload.create({ collection: 'inquiries', overrideAccess: true, data: inquiry });
});
afterAll(async () => cms?.close());

describe('anonymous visitors', () => {
  it('read only published news and parks', async () => {
    const news = await cms.payload.find({ collection: 'news', overrideAccess: false });
    expect(news.docs.map((d) => d.slug)).toEqual(['published-item']);
    const parks = await cms.payload.find({ collection: 'parks', overrideAccess: false });
    expect(parks.docs.map((d) => d.slug)).toEqual(['published-park']);
  });
  it('may not list, read or create inquiries', async () => {
    await expect(cms.payload.find({ collection: 'inquiries', overrideAccess: false })).rejects.toMatchObject({ status: 403 });
    await expect(cms.payload.create({ collection: 'inquiries', overrideAccess: false, data: inquiry })).rejects.toMatchObject({
      status: 403,
    });
  });
  it('may not change content', async () => {
    await expect(
      cms.payload.create({
        collection: 'news',
        overrideAccess: false,
        data: { title: 'x', slug: 'x', publishedAt: new Date().toISOString() },
      }),
    ).rejects.toMatchObject({ status: 403 });
  });
});

describe('editors', () => {
  it('see drafts but never inquiries', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    const news = await cms.payload.find({ collection: 'news', overrideAccess: false, user: editor, draft: true });
    expect(news.docs.map((d) => d.slug).sort()).toEqual(['draft-item', 'published-item']);
    await expect(cms.payload.find({ collection: 'inquiries', overrideAccess: false, user: editor })).rejects.toMatchObject({ status: 403 });
  });
  it('cannot make themselves administrators', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    await expect(
      cms.payload.update({ collection: 'users', id: editor.id, overrideAccess: false, user: editor, data: { role: 'admin' } }),
    ).rejects.toMatchObject({ status: 400 });
    expect((await cms.payload.findByID({ collection: 'users', id: editor.id, overrideAccess: true })).role).toBe('editor');
  });
});

describe('the bureau', () => {
  it('investment officers and admins read inquiries', async () => {
    for (const role of ['investment-officer', 'admin'] as const) {
      const user = await makeUser(cms.payload, role);
      const found = await cms.payload.find({ collection: 'inquiries', overrideAccess: false, user });
      expect(found.docs.map((d) => d.company)).toContain('Beispiel AG');
    }
  });
});

describe("the site's service account", () => {
  it('creates inquiries, always as new, but cannot read them back or touch content', async () => {
    const service = await makeUser(cms.payload, 'site-service');
    const created = await cms.payload.create({
      collection: 'inquiries',
      overrideAccess: false,
      user: service,
      data: {
        ...inquiry,
        stage: 'closed',
        reference: 'XT-2000-FORGED',
        newNote: 'forged',
        firstResponseAt: '2000-01-01T00:00:00.000Z',
      } as typeof inquiry,
    });
    const stored = await cms.payload.findByID({ collection: 'inquiries', id: created.id, overrideAccess: true });
    // No routing rule and no default officer: the lead waits, new and unowned, for an admin.
    expect(stored.stage).toBe('new');
    expect(stored.owner).toBeFalsy();
    const notes = await cms.payload.count({
      collection: 'inquiry-activities',
      where: { and: [{ inquiry: { equals: created.id } }, { action: { equals: 'note' } }] },
      overrideAccess: true,
    });
    expect(notes.totalDocs).toBe(0);
    expect(stored.firstResponseAt).toBeFalsy();
    expect(stored.reference).toMatch(/^XT-\d{4}-\d{6}$/);
    await expect(cms.payload.find({ collection: 'inquiries', overrideAccess: false, user: service })).rejects.toMatchObject({
      status: 403,
    });
    await expect(
      cms.payload.create({
        collection: 'news',
        overrideAccess: false,
        user: service,
        data: { title: 'x', slug: 'y', publishedAt: new Date().toISOString() },
      }),
    ).rejects.toMatchObject({ status: 403 });
  });
});

// The whole role table (every collection, global and endpoint, REST and GraphQL) is in roleTable.test.ts.
describe('the admin interface and roles', () => {
  it('lets staff into the admin, never the site service account', async () => {
    const users = cms.payload.collections.users.config;
    for (const role of ['admin', 'editor', 'investment-officer', 'site-service'] as const) {
      const user = await makeUser(cms.payload, role);
      const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, cms.payload);
      expect(await users.access.admin!({ req }), role).toBe(role !== 'site-service');
    }
  });

  it('admins change roles; an editor cannot promote anyone, nor create users', async () => {
    const admin = await makeUser(cms.payload, 'admin');
    const editor = await makeUser(cms.payload, 'editor');
    const other = await makeUser(cms.payload, 'editor');
    const promoted = await cms.payload.update({
      collection: 'users',
      id: other.id,
      overrideAccess: false,
      user: admin,
      data: { role: 'investment-officer' },
    });
    expect(promoted.role).toBe('investment-officer');
    await expect(
      cms.payload.update({ collection: 'users', id: other.id, overrideAccess: false, user: editor, data: { role: 'admin' } }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      cms.payload.create({
        collection: 'users',
        overrideAccess: false,
        user: editor,
        data: { email: 'new@portal.invalid', password: 'correct horse battery staple', role: 'editor' },
      }),
    ).rejects.toMatchObject({ status: 403 });
  });
});
