import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';

// The editors' workflow on drafted collections, through Payload's Local API and REST handler on a
// real temporary SQLite database: language status, the English publish rule, who changed what.
let cms: TestCms;
beforeAll(async () => {
  cms = await startTestCms();
});
afterAll(async () => cms?.close());

const news = (slug: string) => ({ title: '新闻标题', summary: '中文摘要', slug, publishedAt: '2026-01-05T00:00:00.000Z' });

describe('which languages are complete', () => {
  it('is computed on every save from the heading and summary of each language', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    const doc = await cms.payload.create({
      collection: 'news',
      user: editor,
      overrideAccess: false,
      draft: true,
      data: { ...news('status-news'), _status: 'draft' },
    });
    expect(doc.translationStatus).toBe('zh-only');
    const titleOnly = await cms.payload.update({
      collection: 'news',
      id: doc.id,
      locale: 'en',
      user: editor,
      overrideAccess: false,
      draft: true,
      data: { title: 'English title' },
    });
    expect(titleOnly.translationStatus).toBe('zh-only');
    const both = await cms.payload.update({
      collection: 'news',
      id: doc.id,
      locale: 'en',
      user: editor,
      overrideAccess: false,
      draft: true,
      data: { summary: 'English summary' },
    });
    expect(both.translationStatus).toBe('complete');
    const noChinese = await cms.payload.update({
      collection: 'news',
      id: doc.id,
      locale: 'zh',
      user: editor,
      overrideAccess: false,
      draft: true,
      data: { summary: '' },
    });
    expect(noChinese.translationStatus).toBe('en-only');
  });

  it('filters "English missing" on the stored status', async () => {
    await cms.payload.create({
      collection: 'parks',
      overrideAccess: true,
      data: { name: '园区', summary: '简介', slug: 'zh-park', _status: 'published' },
    });
    const missing = await cms.payload.find({
      collection: 'parks',
      overrideAccess: true,
      where: { translationStatus: { in: ['zh-only', 'none'] } },
    });
    expect(missing.docs.map((d) => d.slug)).toContain('zh-park');
  });
});

describe('publishing in English', () => {
  it('is refused while English fields are empty, naming each field in both languages', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    const doc = await cms.payload.create({
      collection: 'news',
      user: editor,
      overrideAccess: false,
      draft: true,
      data: { ...news('english-rule'), _status: 'draft' },
    });
    // A draft in English with the summary still empty saves.
    await cms.payload.update({
      collection: 'news',
      id: doc.id,
      locale: 'en',
      user: editor,
      overrideAccess: false,
      draft: true,
      data: { title: 'Only a title', _status: 'draft' },
    });
    await expect(
      cms.payload.update({
        collection: 'news',
        id: doc.id,
        locale: 'en',
        user: editor,
        overrideAccess: false,
        data: { _status: 'published' },
      }),
    ).rejects.toMatchObject({
      status: 400,
      data: { errors: [{ path: 'summary', message: expect.stringMatching(/英文“摘要”.*English summary/) }] },
    });
    const response = await cms.api('PATCH', `/news/${doc.id}?locale=en`, {
      headers: await authHeader(cms.payload, editor),
      body: { title: '', _status: 'published' },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { data: { errors: { path: string }[] } }[] };
    expect(body.errors[0]!.data.errors.map((e) => e.path).sort()).toEqual(['summary', 'title']);
  });

  it('leaves publishing in Chinese open: the document is live with its English empty', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    const doc = await cms.payload.create({
      collection: 'news',
      user: editor,
      overrideAccess: false,
      locale: 'zh',
      data: { ...news('chinese-only'), _status: 'published' },
    });
    expect(doc._status).toBe('published');
    const english = await cms.payload.findByID({
      collection: 'news',
      id: doc.id,
      locale: 'en',
      fallbackLocale: false,
      overrideAccess: false,
    });
    expect(english.title).toBeFalsy();
  });

  it('publishes once English is complete', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    const doc = await cms.payload.create({
      collection: 'news',
      user: editor,
      overrideAccess: false,
      draft: true,
      data: { ...news('both-languages'), _status: 'draft' },
    });
    const published = await cms.payload.update({
      collection: 'news',
      id: doc.id,
      locale: 'en',
      user: editor,
      overrideAccess: false,
      data: { title: 'Title', summary: 'Summary', _status: 'published' },
    });
    expect(published._status).toBe('published');
  });
});

describe('who changed and who published', () => {
  it('is recorded on each version from the signed-in user, whatever the client sends', async () => {
    const author = await makeUser(cms.payload, 'editor');
    const publisher = await makeUser(cms.payload, 'admin');
    const doc = await cms.payload.create({
      collection: 'news',
      user: author,
      overrideAccess: false,
      draft: true,
      data: { ...news('authorship'), _status: 'draft', publishedBy: publisher.id },
    });
    expect(doc.updatedBy).toMatchObject({ id: author.id });
    expect(doc.publishedBy).toBeFalsy();
    const live = await cms.payload.update({
      collection: 'news',
      id: doc.id,
      user: publisher,
      overrideAccess: false,
      depth: 0,
      data: { _status: 'published', updatedBy: author.id },
    });
    expect(live).toMatchObject({ updatedBy: publisher.id, publishedBy: publisher.id });
    const edited = await cms.payload.update({
      collection: 'news',
      id: doc.id,
      user: author,
      overrideAccess: false,
      depth: 0,
      draft: true,
      data: { title: '改', _status: 'draft' },
    });
    expect(edited).toMatchObject({ updatedBy: author.id, publishedBy: publisher.id });
    const versions = await cms.payload.findVersions({
      collection: 'news',
      where: { parent: { equals: doc.id } },
      sort: 'createdAt',
      depth: 0,
      overrideAccess: true,
    });
    expect(versions.docs.map((v) => [v.version.updatedBy, v.version.publishedBy ?? null])).toEqual([
      [author.id, null],
      [publisher.id, publisher.id],
      [author.id, publisher.id],
    ]);
  });

  it('is never in the public API (no staff accounts or emails), but editors see it', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    await cms.payload.create({
      collection: 'news',
      user: editor,
      overrideAccess: false,
      data: { ...news('public-authorship'), _status: 'published' },
    });
    const anonymous = await cms.api('GET', '/news?where[slug][equals]=public-authorship&depth=2');
    const text = await anonymous.text();
    expect(text).toContain('public-authorship');
    expect(text).not.toContain(editor.email);
    expect(text).not.toContain('updatedBy');
    expect(text).not.toContain('publishedBy');
    const asEditor = await cms.api('GET', '/news?where[slug][equals]=public-authorship&depth=1', {
      headers: await authHeader(cms.payload, editor),
    });
    expect(await asEditor.text()).toContain(editor.email);
  });
});
