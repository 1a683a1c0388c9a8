import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, startTestCms, type TestCms } from '../helpers/payload';

let cms: TestCms;
let cookie: string;
let setCookie: string;
const evil = 'http://evil.example';
// Where the admin is reached (the test requests' own origin). No CMS_PUBLIC_URL: Payload's serverURL
// is then unset and, without our list, so is every origin check.
const adminOrigin = 'http://cms.test';

beforeAll(async () => {
  delete process.env.CMS_PUBLIC_URL;
  process.env.CMS_URL = adminOrigin;
  cms = await startTestCms();
  const editor = await makeUser(cms.payload, 'editor');
  const login = await cms.api('POST', '/users/login', { body: { email: editor.email, password: 'correct horse battery staple' } });
  expect(login.status).toBe(200);
  setCookie = login.headers.get('set-cookie') ?? '';
  cookie = setCookie.split(';')[0]!;
  expect(cookie).toMatch(/^payload-token=/);
});
afterAll(async () => {
  await cms?.close();
  delete process.env.CMS_URL;
});

const newsForm = (slug: string) => {
  const form = new FormData();
  form.append('_payload', JSON.stringify({ title: '跨站新闻', slug, publishedAt: '2026-01-05T00:00:00.000Z', _status: 'draft' }));
  return form;
};
const newsCount = async (slug: string) =>
  (await cms.payload.count({ collection: 'news', where: { slug: { equals: slug } }, overrideAccess: true })).totalDocs;
const preferenceCount = async (key: string) =>
  (await cms.payload.count({ collection: 'payload-preferences', where: { key: { equals: key } }, overrideAccess: true })).totalDocs;
const preference = (key: string) => JSON.stringify({ key, user: { relationTo: 'users', value: 1 }, value: { columns: ['evil'] } });

describe('a session cookie sent from another site', () => {
  it('is HttpOnly, and not Secure when the admin is served over plain http (it would never be sent back)', () => {
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).not.toMatch(/;\s*Secure/i);
  });

  it('does not sign in a multipart POST /api/news from a foreign Origin, and no news item is created', async () => {
    const response = await cms.api('POST', '/news', { body: newsForm('csrf-evil'), headers: { cookie, origin: evil } });
    expect([401, 403]).toContain(response.status);
    expect(await newsCount('csrf-evil')).toBe(0);
  });

  it('does not sign in a text/plain POST /api/payload-preferences from a foreign Origin, and nothing is stored', async () => {
    const headers = { cookie, origin: evil, 'content-type': 'text/plain' };
    const create = await cms.api('POST', '/payload-preferences', { body: preference('csrf-evil-create'), headers });
    expect([401, 403]).toContain(create.status);
    const update = await cms.api('POST', '/payload-preferences/csrf-evil-key', {
      body: JSON.stringify({ value: { columns: ['evil'] } }),
      headers,
    });
    expect([401, 403]).toContain(update.status);
    expect(await preferenceCount('csrf-evil-create')).toBe(0);
    expect(await preferenceCount('csrf-evil-key')).toBe(0);
  });

  it('does not sign in a request with no Origin and no Fetch Metadata (a forged request from a non-browser)', async () => {
    const response = await cms.api('POST', '/news', { body: newsForm('csrf-bare'), headers: { cookie } });
    expect([401, 403]).toContain(response.status);
    expect(await newsCount('csrf-bare')).toBe(0);
  });

  it('works from the admin’s own origins (CMS_URL, and the loopback address npm start prints)', async () => {
    for (const [origin, slug] of [
      [adminOrigin, 'csrf-own'],
      ['http://localhost:3000', 'csrf-loopback'],
    ]) {
      const response = await cms.api('POST', '/news', { body: newsForm(slug!), headers: { cookie, origin: origin! } });
      expect(response.status, origin).toBe(201);
      expect(await newsCount(slug!)).toBe(1);
    }
    const headers = { cookie, origin: adminOrigin, 'content-type': 'text/plain' };
    const update = await cms.api('POST', '/payload-preferences/csrf-own-key', {
      body: JSON.stringify({ value: { columns: ['title'] } }),
      headers,
    });
    expect(update.status).toBe(200);
    expect(await preferenceCount('csrf-own-key')).toBe(1);
  });

  it('from the admin’s own pages without Origin (same-origin navigation) still signs in', async () => {
    const me = await cms.api('GET', '/users/me', { headers: { cookie, 'sec-fetch-site': 'same-origin' } });
    expect(((await me.json()) as { user: unknown }).user).not.toBeNull();
    const forged = await cms.api('GET', '/users/me', { headers: { cookie, 'sec-fetch-site': 'cross-site' } });
    expect(((await forged.json()) as { user: unknown }).user).toBeNull();
  });
});
