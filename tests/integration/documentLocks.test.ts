import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishInquiryIndustries, validInquiry } from '../helpers/inquiries';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';

// Document locks through the REST API. The admin makes and refreshes locks itself (database calls);
// through the API nobody forges a lock, staff see and take over only locks of documents they may
// edit, and each releases only their own.
let cms: TestCms;
const users: Record<string, { id: number | string; email: string }> = {};
const headers: Record<string, Record<string, string>> = {};
let inquiryLock: number | string;
let newsLock: number | string;
let inquiryId: number | string;

beforeAll(async () => {
  cms = await startTestCms();
  await publishInquiryIndustries(cms.payload);
  for (const role of ['admin', 'editor', 'investment-officer', 'site-service'] as const) {
    users[role] = await makeUser(cms.payload, role);
    headers[role] = await authHeader(cms.payload, users[role]!);
  }
  headers.anonymous = {};
  inquiryId = (await cms.payload.create({ collection: 'inquiries', overrideAccess: true, data: validInquiry })).id;
  const news = await cms.payload.create({
    collection: 'news',
    overrideAccess: true,
    data: { title: '新闻', slug: 'locked-news', publishedAt: new Date().toISOString(), _status: 'published' },
  });
  const lock = (relationTo: 'inquiries' | 'news', value: number | string, user: { id: number | string }) =>
    cms.payload.db.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo, value }, user: { relationTo: 'users', value: user.id } },
    });
  inquiryLock = (await lock('inquiries', inquiryId, users['investment-officer']!)).id;
  newsLock = (await lock('news', news.id, users.editor!)).id;
});
afterAll(async () => cms?.close());

const ids = async (who: string) => {
  const response = await cms.api('GET', '/payload-locked-documents?depth=0', { headers: headers[who] });
  if (response.status !== 200) return response.status;
  return ((await response.json()) as { docs: { id: number | string }[] }).docs.map((d) => d.id).sort();
};

describe('document locks', () => {
  it('cannot be created through the API by anyone, so no lock is forged in an officer name', async () => {
    for (const who of ['admin', 'editor', 'investment-officer', 'site-service', 'anonymous']) {
      const response = await cms.api('POST', '/payload-locked-documents', {
        headers: headers[who],
        body: {
          document: { relationTo: 'inquiries', value: inquiryId },
          user: { relationTo: 'users', value: users['investment-officer']!.id },
        },
      });
      expect(response.status, who).toBe(403);
    }
    expect((await cms.payload.count({ collection: 'payload-locked-documents', overrideAccess: true })).totalDocs).toBe(2);
  });

  it('are listed to staff only for documents they may edit', async () => {
    expect(await ids('admin')).toEqual([inquiryLock, newsLock].sort());
    expect(await ids('editor')).toEqual([newsLock]);
    expect(await ids('investment-officer')).toEqual([inquiryLock]);
    expect(await ids('site-service')).toBe(403);
    expect(await ids('anonymous')).toBe(403);
    expect((await cms.api('GET', `/payload-locked-documents/${inquiryLock}`, { headers: headers.editor })).status).toBe(404);
  });

  it('are taken over only on an editable document, and always in the name of the one taking over', async () => {
    const refused = await cms.api('PATCH', `/payload-locked-documents/${inquiryLock}`, {
      headers: headers.editor,
      body: { user: { relationTo: 'users', value: users.editor!.id } },
    });
    expect(refused.status).toBe(403);
    const taken = await cms.api('PATCH', `/payload-locked-documents/${newsLock}?depth=0`, {
      headers: headers.admin,
      body: { user: { relationTo: 'users', value: users.editor!.id }, document: { relationTo: 'inquiries', value: inquiryId } },
    });
    expect(taken.status).toBe(200);
    const { doc } = (await taken.json()) as { doc: { user: { value: unknown }; document: { relationTo: string } } };
    expect(doc.user.value).toBe(users.admin!.id);
    expect(doc.document.relationTo).toBe('news');
  });

  it('are released by their holder (or an admin), not by another member of staff', async () => {
    expect((await cms.api('DELETE', `/payload-locked-documents/${inquiryLock}`, { headers: headers.editor })).status).toBe(403);
    expect((await cms.api('DELETE', `/payload-locked-documents/${newsLock}`, { headers: headers['investment-officer'] })).status).toBe(403);
    expect(
      (await cms.api('DELETE', '/payload-locked-documents?where[id][exists]=true', { headers: headers['investment-officer'] })).status,
    ).not.toBe(200);
    expect((await cms.api('DELETE', `/payload-locked-documents/${inquiryLock}`, { headers: headers['investment-officer'] })).status).toBe(
      200,
    );
    expect((await cms.payload.count({ collection: 'payload-locked-documents', overrideAccess: true })).totalDocs).toBe(1);
  });
});
