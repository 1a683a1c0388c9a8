import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';

// The empty draft "Create new" saves at once (autosave needs a document) is deleted when the
// editor leaves without writing (cms/src/endpoints/untouchedDraft.ts); any draft someone wrote in
// is kept. Through REST on a real temporary SQLite database.
let cms: TestCms;
let editor: Awaited<ReturnType<typeof makeUser>>;
let editorHeaders: Record<string, string>;
beforeAll(async () => {
  cms = await startTestCms();
  editor = await makeUser(cms.payload, 'editor');
  editorHeaders = await authHeader(cms.payload, editor);
});
afterAll(async () => cms?.close());

/** What Payload's create view does on "Create new" with autosave: an empty draft, as the editor. */
const createEmpty = (collection: 'news' | 'parks' = 'news') =>
  cms.payload.create({ collection, user: editor, overrideAccess: false, draft: true, locale: 'zh', data: {} as never });

const discard = (collection: string, id: number | string, headers = editorHeaders) =>
  cms.api('DELETE', `/untouched-draft/${collection}/${id}`, { headers });

const exists = async (collection: 'news' | 'parks', id: number) =>
  (await cms.payload.count({ collection, where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1;

describe('leaving an empty new document', () => {
  it('deletes the empty draft the create view saved, in any drafted collection', async () => {
    for (const collection of ['news', 'parks'] as const) {
      const doc = await createEmpty(collection);
      const response = await discard(collection, doc.id);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ deleted: true });
      expect(await exists(collection, doc.id)).toBe(false);
      expect((await cms.payload.countVersions({ collection, where: { parent: { equals: doc.id } } })).totalDocs).toBe(0);
    }
  });

  it('keeps a draft once an autosave has written in it, even if the title is still empty', async () => {
    const doc = await createEmpty();
    await cms.payload.update({
      collection: 'news',
      id: doc.id,
      user: editor,
      overrideAccess: false,
      draft: true,
      autosave: true,
      locale: 'zh',
      data: { summary: '只写了摘要' },
    });
    const response = await discard('news', doc.id);
    expect(response.status).toBe(409);
    expect((await response.json()).message).toBe('该草稿已有内容，已保留 / The draft has content and was kept');
    expect(await exists('news', doc.id)).toBe(true);
  });

  it('keeps a draft that was created with a title (through the API, a duplicate)', async () => {
    const doc = await cms.payload.create({
      collection: 'news',
      user: editor,
      overrideAccess: false,
      draft: true,
      locale: 'en',
      data: { title: 'Written elsewhere', _status: 'draft' } as never,
    });
    expect((await discard('news', doc.id)).status).toBe(409);
    expect(await exists('news', doc.id)).toBe(true);
  });

  it('keeps a published document', async () => {
    const doc = await cms.payload.create({
      collection: 'news',
      overrideAccess: true,
      locale: 'zh',
      data: { title: '已发布', summary: '摘要', slug: 'kept-published', publishedAt: '2026-01-05T00:00:00.000Z', _status: 'published' },
    });
    expect((await discard('news', doc.id)).status).toBe(409);
    expect(await exists('news', doc.id)).toBe(true);
  });

  it('is refused to those who may not delete, and answers 404 for what is not a drafted document', async () => {
    const doc = await createEmpty();
    const officer = await makeUser(cms.payload, 'investment-officer');
    expect((await discard('news', doc.id, await authHeader(cms.payload, officer))).status).toBe(403);
    expect((await discard('news', doc.id, {})).status).toBe(401);
    expect(await exists('news', doc.id)).toBe(true);
    expect((await discard('news', 999_999)).status).toBe(404);
    expect((await discard('users', editor.id)).status).toBe(404);
    expect((await discard('news', 'not-an-id')).status).toBe(404);
  });
});
