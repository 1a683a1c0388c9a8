import { createLocalReq } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewUrl } from '../../cms/src/lib/previewUrl';
import { publishInquiryIndustries, validInquiry } from '../helpers/inquiries';
import { makeUser, startTestCms, type TestCms } from '../helpers/payload';
import { body, paragraph, relationship } from '../helpers/lexical';

// A preview link is readable by anyone who holds it, for half an hour. It must never show more
// than the editor who made it may read.
let cms: TestCms;
beforeAll(async () => {
  cms = await startTestCms();
  await publishInquiryIndustries(cms.payload);
});
afterAll(async () => cms?.close());

const prospect = {
  ...validInquiry,
  name: 'Prospect Secretname',
  email: 'prospect.secret@example.com',
  message: 'Our confidential expansion plan.',
};

/** The link the admin's Preview button gives this user for this draft (the same function builds it). */
async function previewLinkOf(user: { id: number | string }, id: number | string, locale: 'zh' | 'en') {
  const req = await createLocalReq({ user: { ...(user as object), collection: 'users' } as never }, cms.payload);
  const link = previewUrl('news', id, locale, req);
  return new URL(link!).searchParams.get('token')!;
}

describe('a preview link', () => {
  it('shows the draft as its editor may read it, with no lead, activity or staff account filled in', async () => {
    const editor = await makeUser(cms.payload, 'editor', 'Editor Staffname');
    const admin = await makeUser(cms.payload, 'admin', 'Admin Staffname');
    const inquiry = await cms.payload.create({ collection: 'inquiries', overrideAccess: true, data: prospect });
    const draft = await cms.payload.create({
      collection: 'news',
      user: editor,
      overrideAccess: false,
      draft: true,
      data: { title: '预览草稿', slug: 'leaky-preview', publishedAt: new Date().toISOString(), _status: 'draft' },
    });
    // A body that never passed the save check (written straight into the database).
    const leaky = body(
      paragraph('正文'),
      relationship('inquiries', inquiry.id),
      relationship('users', admin.id),
      relationship('users', editor.id),
    );
    // The draft's Chinese body in its version, through the adapter's own write (no hooks, no
    // validation), the same on SQLite and MongoDB.
    const req = await createLocalReq({}, cms.payload);
    const [version] = (
      await cms.payload.findVersions({ collection: 'news', where: { parent: { equals: draft.id } }, locale: 'all', depth: 0 })
    ).docs;
    const bodies = version!.version.body as unknown as Record<string, unknown>;
    await cms.payload.db.updateVersion({
      collection: 'news',
      id: version!.id,
      versionData: { ...version!, version: { ...version!.version, body: { ...bodies, zh: leaky } as never } },
      req,
    });
    const stored = await cms.payload.findVersions({ collection: 'news', where: { id: { equals: version!.id } }, locale: 'zh', depth: 0 });
    expect(JSON.stringify(stored.docs[0]!.version.body)).toContain('"relationTo":"inquiries"');

    const token = await previewLinkOf(editor, draft.id, 'zh');
    const response = await cms.api('GET', `/preview?locale=zh&token=${encodeURIComponent(token)}`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('预览草稿');
    for (const secret of [
      prospect.email,
      prospect.name,
      prospect.message,
      admin.email,
      editor.email,
      'Admin Staffname',
      'sessions',
      'hash',
      'salt',
    ]) {
      expect(text, secret).not.toContain(secret);
    }
  });

  it('stops working when its editor may no longer read drafts, and never names anyone but staff who may', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    const draft = await cms.payload.create({
      collection: 'news',
      user: editor,
      overrideAccess: false,
      draft: true,
      data: { title: '将失效的预览', slug: 'revoked-preview', publishedAt: new Date().toISOString(), _status: 'draft' },
    });
    const token = await previewLinkOf(editor, draft.id, 'zh');
    expect((await cms.api('GET', `/preview?locale=zh&token=${encodeURIComponent(token)}`)).status).toBe(200);
    await cms.payload.update({ collection: 'users', id: editor.id, overrideAccess: true, data: { role: 'investment-officer' } });
    const refused = await cms.api('GET', `/preview?locale=zh&token=${encodeURIComponent(token)}`);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { reason: string }).reason).toBe('invalid');

    const officer = await makeUser(cms.payload, 'investment-officer');
    const req = await createLocalReq({ user: { ...officer, collection: 'users' } as never }, cms.payload);
    const officersLink = previewUrl('news', draft.id, 'zh', req)!;
    const officersToken = new URL(officersLink).searchParams.get('token')!;
    expect((await cms.api('GET', `/preview?locale=zh&token=${encodeURIComponent(officersToken)}`)).status).toBe(403);
    const noUser = await createLocalReq({}, cms.payload);
    expect(previewUrl('news', draft.id, 'zh', noUser)).toBeNull();
  });
});
