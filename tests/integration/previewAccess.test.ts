import { createLocalReq } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewUrl } from '../../cms/src/collections/editorialWorkflow';
import { publishInquiryIndustries, validInquiry } from '../helpers/inquiries';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';

// A preview link is readable by anyone who holds it, for half an hour. It must never show more
// than the editor who made it may read, and a public document's rich text may not point at a
// lead, a lead's activity or a staff account at all.
let cms: TestCms;
beforeAll(async () => {
  cms = await startTestCms();
  await publishInquiryIndustries(cms.payload);
});
afterAll(async () => cms?.close());

const prospect = { ...validInquiry, name: 'Prospect Secretname', email: 'prospect.secret@example.com', message: 'Our confidential expansion plan.' };

const paragraph = (text: string) => ({ type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] });
const relationship = (relationTo: string, value: number | string) => ({ type: 'relationship', version: 2, format: '', relationTo, value });
const body = (...children: unknown[]) => ({ root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children } });

/** The link the admin's Preview button gives this user for this draft (the same function builds it). */
async function previewLinkOf(user: { id: number | string }, id: number | string, locale: 'zh' | 'en') {
  const req = await createLocalReq({ user: { ...(user as object), collection: 'users' } as never }, cms.payload);
  const link = previewUrl('news', id, locale, req);
  return new URL(link!).searchParams.get('token')!;
}

describe('a rich-text body', () => {
  it('refuses, at every save, a reference to a lead, its activity or a staff account, with a bilingual message on the body', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    const inquiry = await cms.payload.create({ collection: 'inquiries', overrideAccess: true, data: prospect });
    const activities = await cms.payload.find({ collection: 'inquiry-activities', overrideAccess: true, limit: 1 });
    const headers = await authHeader(cms.payload, editor);
    for (const [collection, id] of [['inquiries', inquiry.id], ['users', editor.id], ['inquiry-activities', activities.docs[0]?.id ?? 1]] as const) {
      for (const draft of [true, false]) {
        const response = await cms.api('POST', `/news${draft ? '?draft=true' : ''}`, {
          headers,
          body: { title: '带引用的新闻', slug: `ref-${collection}-${draft}`, publishedAt: new Date().toISOString(), _status: draft ? 'draft' : 'published', body: body(paragraph('x'), relationship(collection, id)) },
        });
        expect(response.status, `${collection} draft=${draft}`).toBe(400);
        const answer = (await response.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] };
        const fieldError = answer.errors[0]?.data?.errors?.[0];
        expect(fieldError?.path).toBe('body');
        expect(fieldError?.message).toContain(collection);
        expect(fieldError?.message).toMatch(/正文只能链接公开内容.* \/ The body may link only public content/);
      }
    }
    expect((await cms.payload.find({ collection: 'news', overrideAccess: true, draft: true, where: { slug: { like: 'ref-' } } })).totalDocs).toBe(0);
  });

  it('refuses a link to an address that is not the web, mail or a phone, and keeps those that are', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    const headers = await authHeader(cms.payload, editor);
    const link = (url: string) => ({ type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, children: [{ type: 'link', version: 3, fields: { linkType: 'custom', url, newTab: false }, format: '', indent: 0, direction: 'ltr', children: [{ type: 'text', version: 1, text: 'link', format: 0, detail: 0, mode: 'normal', style: '' }] }] });
    for (const [url, status] of [['javascript:alert(1)', 400], ['JavaScript:alert(1)', 400], ['java\tscript:alert(1)', 400], ['data:text/html,x', 400], ['https://example.com/a', 201], ['mailto:invest@example.com', 201], ['/en/parks', 201]] as const) {
      const response = await cms.api('POST', '/news?draft=true', { headers, body: { title: '链接', slug: `link-${Math.random().toString(36).slice(2)}`, _status: 'draft', body: body(link(url)) } });
      expect(response.status, url).toBe(status);
      if (status === 400) expect(JSON.stringify(await response.json()), url).toContain('Links in the body must start with http://, https://, mailto: or tel:');
    }
  });

  it('still links published pages, parks and images', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    const park = await cms.payload.create({ collection: 'parks', overrideAccess: true, data: { name: '电机园', slug: 'linked-park', _status: 'published' } });
    const saved = await cms.payload.create({
      collection: 'news',
      user: editor,
      overrideAccess: false,
      data: { title: '链接园区', slug: 'links-a-park', publishedAt: new Date().toISOString(), _status: 'published', body: body(relationship('parks', park.id)) as never },
    });
    expect(saved.id).toBeTruthy();
  });
});

describe('a preview link', () => {
  it('shows the draft as its editor may read it, with no lead, activity or staff account filled in', async () => {
    const editor = await makeUser(cms.payload, 'editor', 'Editor Staffname');
    const admin = await makeUser(cms.payload, 'admin', 'Admin Staffname');
    const inquiry = await cms.payload.create({ collection: 'inquiries', overrideAccess: true, data: prospect });
    const draft = await cms.payload.create({ collection: 'news', user: editor, overrideAccess: false, draft: true, data: { title: '预览草稿', slug: 'leaky-preview', publishedAt: new Date().toISOString(), _status: 'draft' } });
    // A body written before references were refused at save (or straight into the database).
    const leaky = body(paragraph('正文'), relationship('inquiries', inquiry.id), relationship('users', admin.id), relationship('users', editor.id));
    // (SQLite, where these tests run: the draft's Chinese body in its version row.)
    const { sql } = await import('@payloadcms/db-sqlite');
    const drizzle = (cms.payload.db as unknown as { drizzle: { run(query: unknown): Promise<unknown> } }).drizzle;
    await drizzle.run(sql`UPDATE _news_v_locales SET version_body = ${JSON.stringify(leaky)} WHERE _locale = 'zh' AND _parent_id IN (SELECT id FROM _news_v WHERE parent_id = ${draft.id})`);

    const token = await previewLinkOf(editor, draft.id, 'zh');
    const response = await cms.api('GET', `/preview?locale=zh&token=${encodeURIComponent(token)}`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('预览草稿');
    for (const secret of [prospect.email, prospect.name, prospect.message, admin.email, editor.email, 'Admin Staffname', 'sessions', 'hash', 'salt']) {
      expect(text, secret).not.toContain(secret);
    }
  });

  it('stops working when its editor may no longer read drafts, and never names anyone but staff who may', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    const draft = await cms.payload.create({ collection: 'news', user: editor, overrideAccess: false, draft: true, data: { title: '将失效的预览', slug: 'revoked-preview', publishedAt: new Date().toISOString(), _status: 'draft' } });
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
