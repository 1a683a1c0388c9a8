import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slugFormatMessage, slugRequiredMessage } from '../../cms/src/fields/slug';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';

// The slug suggested from the title (Payload's slugField with our pinyin slugify,
// cms/src/fields/slug.ts), through the Local API and REST on a real temporary SQLite database.
// Saves are sent as the admin's autosave sends them: the whole form, slug and its hidden
// "follows the title" flag included.
let cms: TestCms;
let editor: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  cms = await startTestCms();
  editor = await makeUser(cms.payload, 'editor');
});
afterAll(async () => cms?.close());

const publishedAt = '2026-01-05T00:00:00.000Z';

/** What "Create new" saves at once: an empty draft in the admin's language. */
const createEmpty = () =>
  cms.payload.create({ collection: 'news', user: editor, overrideAccess: false, draft: true, locale: 'zh', data: {} as never });

/** One autosave of the form as it stands, in one language. */
async function autosave(id: number, locale: 'zh' | 'en', data: Record<string, unknown>) {
  const current = await cms.payload.findByID({ collection: 'news', id, draft: true, locale, depth: 0, overrideAccess: true });
  return cms.payload.update({
    collection: 'news',
    id,
    locale,
    user: editor,
    overrideAccess: false,
    draft: true,
    autosave: true,
    data: { ...current, ...data, _status: 'draft' } as never,
  });
}

describe('the slug suggested from the title', () => {
  it('is the pinyin of a Chinese title while there is no English one', async () => {
    const doc = await createEmpty();
    expect(doc.slug || '').toBe('');
    const saved = await autosave(doc.id, 'zh', { title: '湘潭新能源产业园开工' });
    expect(saved.slug).toBe('xiang-tan-xin-neng-yuan-chan-ye-yuan-kai-gong');
  });

  it('follows the English title once there is one, also on later saves in Chinese', async () => {
    const doc = await createEmpty();
    await autosave(doc.id, 'zh', { title: '湘潭新闻' });
    const english = await autosave(doc.id, 'en', { title: 'Xiangtan Clean Energy Park Opens' });
    expect(english.slug).toBe('xiangtan-clean-energy-park-opens');
    const chinese = await autosave(doc.id, 'zh', { title: '湘潭清洁能源产业园开园' });
    expect(chinese.slug).toBe('xiangtan-clean-energy-park-opens');
  });

  it('comes from the Chinese title when an English save is made before the English title is written', async () => {
    const doc = await createEmpty();
    await autosave(doc.id, 'zh', { title: '招商政策' });
    const saved = await autosave(doc.id, 'en', { summary: 'A summary first' });
    expect(saved.slug).toBe('zhao-shang-zheng-ce');
  });

  it('is made on create through the API when only the title is given', async () => {
    const doc = await cms.payload.create({
      collection: 'news',
      user: editor,
      overrideAccess: false,
      locale: 'en',
      data: { title: 'Robotics Week, 2026!', summary: 'Robots in Xiangtan', publishedAt, _status: 'published' } as never,
    });
    expect(doc.slug).toBe('robotics-week-2026');
  });

  it('never replaces a slug the editor wrote', async () => {
    const doc = await createEmpty();
    await autosave(doc.id, 'zh', { title: '湘潭新闻' });
    await autosave(doc.id, 'zh', { slug: 'my-own-slug' });
    const later = await autosave(doc.id, 'zh', { title: '湘潭新闻（更新）' });
    expect(later.slug).toBe('my-own-slug');
    const english = await autosave(doc.id, 'en', { title: 'Xiangtan News' });
    expect(english.slug).toBe('my-own-slug');
  });

  it('keeps the slug the editor wrote when the document is created with it', async () => {
    const doc = await cms.payload.create({
      collection: 'news',
      user: editor,
      overrideAccess: false,
      locale: 'zh',
      data: { title: '园区新闻', slug: 'park-news', publishedAt, _status: 'published' },
    });
    expect(doc.slug).toBe('park-news');
  });

  it('stops following the title once published, so a live URL does not move', async () => {
    const doc = await createEmpty();
    await autosave(doc.id, 'zh', { title: '首次发布', summary: '摘要', publishedAt });
    const published = await cms.payload.update({
      collection: 'news',
      id: doc.id,
      locale: 'zh',
      user: editor,
      overrideAccess: false,
      data: { _status: 'published' },
    });
    expect(published.slug).toBe('shou-ci-fa-bu');
    const edited = await autosave(doc.id, 'zh', { title: '标题改了' });
    expect(edited.slug).toBe('shou-ci-fa-bu');
  });
});

describe('drafts without a slug', () => {
  it('may be many at once: an empty or cleared slug is stored as none, not as one shared empty slug', async () => {
    const first = await createEmpty();
    const second = await createEmpty();
    expect(first.slug ?? null).toBeNull();
    expect(second.slug ?? null).toBeNull();
    for (const doc of [first, second]) {
      await autosave(doc.id, 'zh', { title: '清空网址标识' });
      const cleared = await autosave(doc.id, 'zh', { slug: '' });
      expect(cleared.slug ?? null).toBeNull();
    }
  });
});

describe('publishing with a missing or malformed slug', () => {
  async function publishViaRest(slug: string) {
    const doc = await createEmpty();
    await autosave(doc.id, 'zh', { title: '待发布', publishedAt });
    // The editor unlocked the slug and typed this.
    await autosave(doc.id, 'zh', { slug });
    const response = await cms.api('PATCH', `/news/${doc.id}?locale=zh`, {
      headers: await authHeader(cms.payload, editor),
      body: { _status: 'published', slug },
    });
    return { response, body: (await response.json()) as { errors?: { data?: { errors?: { path: string; message: string }[] } }[] } };
  }

  it('says the slug is required when it is empty, beside the slug field', async () => {
    const { response, body } = await publishViaRest('');
    expect(response.status).toBe(400);
    const fieldErrors = body.errors?.[0]?.data?.errors ?? [];
    expect(fieldErrors).toContainEqual(expect.objectContaining({ path: 'slug', message: slugRequiredMessage }));
    expect(JSON.stringify(body)).not.toContain('lower-case');
  });

  it('says which characters are allowed when it is malformed', async () => {
    const { response, body } = await publishViaRest('Not A Slug');
    expect(response.status).toBe(400);
    const fieldErrors = body.errors?.[0]?.data?.errors ?? [];
    expect(fieldErrors).toContainEqual(expect.objectContaining({ path: 'slug', message: slugFormatMessage }));
  });

  it('gives both messages in Chinese and English', () => {
    for (const message of [slugRequiredMessage, slugFormatMessage]) {
      expect(message).toMatch(/\p{Script=Han}/u);
      expect(message).toMatch(/[A-Za-z]{4}/);
    }
  });
});
