import { createLocalReq, type Access } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validInquiry } from '../helpers/inquiries';
import { makeUser, startTestCms, type TestCms } from '../helpers/payload';

let cms: TestCms;
const inquiry = {
  ...validInquiry,
  name: 'Anna Schmidt',
  company: 'Beispiel AG',
  email: 'anna@example.com',
  country: 'Germany',
  message: 'Land for a factory, please.',
  preferredLanguage: 'en',
  locale: 'en',
} satisfies typeof validInquiry;

beforeAll(async () => {
  cms = await startTestCms();
  const { payload } = cms;
  await payload.create({ collection: 'news', overrideAccess: true, data: { title: '已发布', slug: 'published-item', publishedAt: new Date().toISOString(), _status: 'published' } });
  await payload.create({ collection: 'news', overrideAccess: true, draft: true, data: { title: '草稿', slug: 'draft-item', publishedAt: new Date().toISOString(), _status: 'draft' } });
  await payload.create({ collection: 'parks', overrideAccess: true, data: { name: '已发布园区', slug: 'published-park', _status: 'published' } });
  await payload.create({ collection: 'parks', overrideAccess: true, draft: true, data: { name: '草稿园区', slug: 'draft-park', _status: 'draft' } });
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
    await expect(cms.payload.create({ collection: 'inquiries', overrideAccess: false, data: inquiry })).rejects.toMatchObject({ status: 403 });
  });
  it('may not change content', async () => {
    await expect(
      cms.payload.create({ collection: 'news', overrideAccess: false, data: { title: 'x', slug: 'x', publishedAt: new Date().toISOString() } }),
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
    const updated = await cms.payload.update({ collection: 'users', id: editor.id, overrideAccess: false, user: editor, data: { role: 'admin' } });
    expect(updated.role).toBe('editor');
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
      data: { ...inquiry, stage: 'closed', reference: 'XT-2000-FORGED', notes: 'forged', firstResponseAt: '2000-01-01T00:00:00.000Z' } as typeof inquiry,
    });
    const stored = await cms.payload.findByID({ collection: 'inquiries', id: created.id, overrideAccess: true });
    // No routing rule and no default officer: the lead waits, new and unowned, for an admin.
    expect(stored.stage).toBe('new');
    expect(stored.owner).toBeFalsy();
    expect(stored.notes).toBeFalsy();
    expect(stored.firstResponseAt).toBeFalsy();
    expect(stored.reference).toMatch(/^XT-\d{4}-\d{6}$/);
    await expect(cms.payload.find({ collection: 'inquiries', overrideAccess: false, user: service })).rejects.toMatchObject({ status: 403 });
    await expect(
      cms.payload.create({ collection: 'news', overrideAccess: false, user: service, data: { title: 'x', slug: 'y', publishedAt: new Date().toISOString() } }),
    ).rejects.toMatchObject({ status: 403 });
  });
});

// Every role's create / read / update / delete on every collection and read / update on every
// global, as Payload's own access functions answer them. Capital letter: allowed for every
// document; small letter: allowed only for the documents a query selects (published ones,
// one's own account, colleagues' accounts, own preferences); "-": refused. A new collection or
// global fails this test until its row is added here.
const roles = ['admin', 'editor', 'investment-officer', 'site-service', 'anonymous'] as const;
type Row = Record<(typeof roles)[number], string>;
const row = (admin: string, editor: string, officer: string, service: string, anonymous: string): Row => ({
  admin, editor, 'investment-officer': officer, 'site-service': service, anonymous,
});
const published = row('CRUD', 'CRUD', '-r--', '-r--', '-r--');
const publicUploadOrList = row('CRUD', 'CRUD', '-R--', '-R--', '-R--');
const expectedCollections: Record<string, Row> = {
  industries: published,
  parks: published,
  projects: published,
  policies: published,
  news: published,
  stories: published,
  offices: published,
  pages: published,
  figures: publicUploadOrList,
  'news-categories': publicUploadOrList,
  media: publicUploadOrList,
  documents: publicUploadOrList,
  // Leads: officers work them, the site only stores them, only admins delete (PIPL erasure).
  inquiries: row('CRUD', '----', 'CRU-', 'C---', '----'),
  // Written by the inquiries' hooks only.
  'inquiry-activities': row('-R--', '----', '-R--', '----', '----'),
  // Routing is the admins' to change; officers see why a lead came to them.
  'routing-rules': row('CRUD', '----', '-R--', '----', '----'),
  counters: row('----', '----', '----', '----', '----'),
  // The search plugin's index (cms/src/search/): published text only, readable like the pages;
  // written by hooks, never created through the API; editors may fix or drop a row.
  search: row('-RUD', '-RUD', '-R--', '-R--', '-R--'),
  // Only admins create, delete or (role field) promote users; others read and edit themselves
  // (officers also read their colleagues).
  users: row('CRUD', '-ru-', '-ru-', '-ru-', '----'),
  'payload-kv': row('----', '----', '----', '----', '----'),
  'payload-jobs': row('-R--', '----', '----', '----', '----'),
  // Payload's defaults for its own collections (any signed-in user): document locks in the admin,
  // each user's own preferences; migrations have no API at all (no REST or GraphQL endpoints).
  'payload-locked-documents': row('CRUD', 'CRUD', 'CRUD', 'CRUD', '----'),
  'payload-preferences': row('Crud', 'Crud', 'Crud', 'Crud', '----'),
  'payload-migrations': row('CRUD', 'CRUD', 'CRUD', 'CRUD', '----'),
};
const expectedGlobals: Record<string, Row> = {
  site: row('RU', 'RU', 'R-', 'R-', 'R-'),
  location: row('RU', 'RU', 'R-', 'R-', 'R-'),
  'lead-desk': row('RU', '--', 'R-', '--', '--'),
  // Payload's statistics of scheduled jobs (the policy sweep): the bureau's admins only.
  'payload-jobs-stats': row('RU', '--', '--', '--', '--'),
};

describe('every role on every collection and global', () => {
  it('has exactly the permissions of the table', async () => {
    const { payload } = cms;
    const actualCollections: Record<string, Partial<Row>> = {};
    const actualGlobals: Record<string, Partial<Row>> = {};
    const letter = (result: unknown, l: string) => (result === true ? l.toUpperCase() : result ? l : '-');
    for (const role of roles) {
      const user = role === 'anonymous' ? undefined : await makeUser(payload, role);
      const req = await createLocalReq({ user: user ? ({ ...user, collection: 'users' } as never) : undefined }, payload);
      for (const collection of payload.config.collections) {
        let permissions = '';
        for (const op of ['create', 'read', 'update', 'delete'] as const) permissions += letter(await (collection.access[op] as Access)({ req }), op[0]!);
        (actualCollections[collection.slug] ??= {})[role] = permissions;
      }
      for (const global of payload.config.globals) {
        let permissions = '';
        for (const op of ['read', 'update'] as const) permissions += letter(await (global.access[op] as Access)({ req }), op[0]!);
        (actualGlobals[global.slug] ??= {})[role] = permissions;
      }
    }
    expect(actualCollections).toEqual(expectedCollections);
    expect(actualGlobals).toEqual(expectedGlobals);
  });

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
    const promoted = await cms.payload.update({ collection: 'users', id: other.id, overrideAccess: false, user: admin, data: { role: 'investment-officer' } });
    expect(promoted.role).toBe('investment-officer');
    await expect(cms.payload.update({ collection: 'users', id: other.id, overrideAccess: false, user: editor, data: { role: 'admin' } })).rejects.toMatchObject({ status: 403 });
    await expect(
      cms.payload.create({ collection: 'users', overrideAccess: false, user: editor, data: { email: 'new@portal.invalid', password: 'correct horse battery staple', role: 'editor' } }),
    ).rejects.toMatchObject({ status: 403 });
  });
});
