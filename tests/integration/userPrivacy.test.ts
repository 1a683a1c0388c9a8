import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newKey, publishInquiryIndustries, validInquiry } from '../helpers/inquiries';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';

type User = Awaited<ReturnType<typeof makeUser>>;
let cms: TestCms;
let admin: User, editor: User, officer: User, service: User;
const headers: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  cms = await startTestCms();
  await publishInquiryIndustries(cms.payload);
  admin = await makeUser(cms.payload, 'admin', 'Admin Wu');
  editor = await makeUser(cms.payload, 'editor', 'Editor Chen');
  officer = await makeUser(cms.payload, 'investment-officer', 'Officer Li');
  service = await makeUser(cms.payload, 'site-service');
  // Everyone signed in (the admin twice), so every account has sessions; the site's account has an API key.
  for (const [name, user] of Object.entries({ admin, editor, officer, service })) headers[name] = await authHeader(cms.payload, user);
  await authHeader(cms.payload, admin);
  // Documents that name staff: a news item the admin published, a lead the admin owns, a lock the admin holds.
  const news = await cms.payload.create({
    collection: 'news',
    user: admin,
    overrideAccess: false,
    data: { title: '新闻', slug: 'staff-named', publishedAt: '2026-01-05T00:00:00.000Z', _status: 'published' },
  });
  await cms.payload.create({
    collection: 'inquiries',
    overrideAccess: true,
    data: { ...validInquiry, idempotencyKey: newKey(), owner: admin.id },
  });
  await cms.payload.create({
    collection: 'payload-locked-documents',
    overrideAccess: true,
    data: { document: { relationTo: 'news', value: news.id }, user: { relationTo: 'users', value: admin.id } },
  });
});
afterAll(async () => {
  await cms?.close();
});

const get = async (path: string, who: string) => {
  const response = await cms.api('GET', path, { headers: headers[who] });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { docs?: Record<string, unknown>[] } };
};

/** Every user record anywhere in a JSON answer (an object with an email and a role). */
function usersIn(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) value.forEach((v) => usersIn(v, found));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.email === 'string' && 'role' in record) found.push(record);
    Object.values(record).forEach((v) => usersIn(v, found));
  }
  return found;
}

describe('staff accounts through the REST API', () => {
  it('an editor sees only their own account, however they ask', async () => {
    const paths = [
      '/users',
      '/users?depth=3&limit=100',
      '/users?where[role][equals]=admin',
      '/users?where[or][0][role][equals]=admin&where[or][1][id][exists]=true',
      `/users?where[email][like]=${encodeURIComponent('@')}`,
      '/users/me',
      '/news?depth=2',
      '/news/versions?depth=2',
      '/payload-locked-documents?depth=2',
      '/search?depth=3',
    ];
    for (const path of paths) {
      const { body } = await get(path, 'editor');
      expect(
        usersIn(body).map((u) => u.email),
        path,
      ).toEqual(usersIn(body).length ? [editor.email] : []);
    }
    expect((await get(`/users/${admin.id}`, 'editor')).status).toBe(404);
    expect((await get('/users/count', 'editor')).body.totalDocs).toBe(1);
  });

  it('an editor cannot find staff by filtering documents on who changed them', async () => {
    for (const where of [
      'where[updatedBy.role][equals]=admin',
      `where[updatedBy.email][equals]=${encodeURIComponent(admin.email)}`,
      'where[publishedBy.name][like]=Wu',
    ]) {
      const { status, body } = await get(`/news?${where}`, 'editor');
      expect(status === 400 || body.docs?.length === 0, where).toBe(true);
    }
  });

  it('sessions are read by their own user only, not by officers nor by administrators', async () => {
    const own = await get('/users/me', 'officer');
    expect((own.body.user as { sessions?: unknown[] }).sessions).toHaveLength(1);
    const byOfficer = await get(`/users/${admin.id}`, 'officer');
    expect(byOfficer.status).toBe(200);
    expect(byOfficer.body).not.toHaveProperty('sessions');
    const lead = await get('/inquiries?depth=1', 'officer');
    expect(usersIn(lead.body).find((u) => u.id === admin.id)).not.toHaveProperty('sessions');
    const byAdmin = await get(`/users/${officer.id}`, 'admin');
    expect(byAdmin.body).not.toHaveProperty('sessions');
    const adminsOwn = await get(`/users/${admin.id}`, 'admin');
    expect(adminsOwn.body.sessions).toHaveLength(2);
    expect((await get('/users?where[sessions.expiresAt][exists]=true', 'officer')).status).toBe(400);
  });

  it('whether an account has an API key, and its lock state, are not shown to other non-admins', async () => {
    const secret = [
      'apiKey',
      'apiKeyIndex',
      'enableAPIKey',
      'hasAPIKey',
      'loginAttempts',
      'lockUntil',
      'hash',
      'salt',
      'resetPasswordToken',
    ];
    const byOfficer = await get('/users?limit=100', 'officer');
    const others = byOfficer.body.docs!.filter((u) => u.id !== officer.id);
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) for (const field of secret) expect(other, `${field} of ${other.email}`).not.toHaveProperty(field);
    const serviceSeenByAdmin = await get(`/users/${service.id}`, 'admin');
    expect(serviceSeenByAdmin.body.enableAPIKey).toBe(true);
    expect(serviceSeenByAdmin.body).not.toHaveProperty('apiKey');
    const ownAccount = await get('/users/me', 'service');
    expect((ownAccount.body.user as Record<string, unknown>).enableAPIKey).toBe(true);
    expect((await get('/users?where[enableAPIKey][equals]=true', 'officer')).status).toBe(400);
  });
});
