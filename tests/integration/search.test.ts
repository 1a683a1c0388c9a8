import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedContent } from '../../cms/src/seed/content';
import { reindexSearch } from '../../cms/src/search/reindex';
import { makeUser, startTestCms, type TestCms } from '../helpers/payload';

// Search through the database (cms/src/search/): Payload's search plugin keeps a `search` row per
// published document with each language's text, and GET /api/site-search queries and ranks them.
let cms: TestCms;
beforeAll(async () => {
  cms = await startTestCms();
  await seedContent(cms.payload, path.resolve(import.meta.dirname, '../../content'));
}, 120_000);
afterAll(async () => cms?.close());

interface Hit {
  collection: string;
  slug: string;
  locale: 'zh' | 'en';
  title: string;
  snippet: string;
}
const search = async (q: string, locale: 'zh' | 'en') => {
  const response = await cms.api('GET', `/site-search?q=${encodeURIComponent(q)}&locale=${locale}`);
  expect(response.status).toBe(200);
  return (await response.json()) as { hits: Hit[]; more: boolean };
};
const rowsFor = async (collection: 'news' | 'policies', id: number | string, locale: 'zh' | 'en') =>
  (
    await cms.payload.find({
      collection: 'search',
      locale,
      fallbackLocale: false,
      where: { and: [{ 'doc.relationTo': { equals: collection } }, { 'doc.value': { equals: id } }] },
      depth: 0,
    })
  ).docs;
const body = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: null,
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: null,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
      },
    ],
  },
});

describe('search collection', () => {
  it('indexes the seeded, published documents in both languages, and no drafts', async () => {
    const published = await Promise.all(
      (['industries', 'parks', 'projects', 'policies', 'news', 'stories', 'offices', 'pages'] as const).map(
        async (collection) => (await cms.payload.count({ collection, where: { _status: { equals: 'published' } } })).totalDocs,
      ),
    );
    const rows = await cms.payload.count({ collection: 'search' });
    expect(rows.totalDocs).toBe(published.reduce((a, b) => a + b, 0));
    const { hits } = await search('氢能', 'zh');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.locale).toBe('zh');
    const english = await search('hydrogen', 'en');
    expect(english.hits.length).toBeGreaterThan(0);
    expect(english.hits.every((hit) => hit.locale === 'en')).toBe(true);
  });

  it('adds a document when it is published, per language, and never while it is a draft', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    const draft = await cms.payload.create({
      collection: 'news',
      locale: 'zh',
      draft: true,
      user: editor,
      data: {
        slug: 'search-zephyrium',
        title: '锆钒合金新材料项目落户',
        summary: '锆钒合金摘要',
        body: body('正文提到锆钒合金和湘潭。') as never,
        publishedAt: '2026-11-01T00:00:00.000Z',
        _status: 'draft',
      },
    });
    expect(await rowsFor('news', draft.id, 'zh')).toHaveLength(0);
    expect((await search('锆钒', 'zh')).hits).toHaveLength(0);

    await cms.payload.update({ collection: 'news', id: draft.id, locale: 'zh', user: editor, data: { _status: 'published' } });
    const zhRows = await rowsFor('news', draft.id, 'zh');
    expect(zhRows).toHaveLength(1);
    expect(zhRows[0]).toMatchObject({
      title: '锆钒合金新材料项目落户',
      slug: 'search-zephyrium',
      summary: '锆钒合金摘要',
      excerpt: '正文提到锆钒合金和湘潭。',
    });
    // No English yet: the row has no English text (no fallback to Chinese).
    expect((await rowsFor('news', draft.id, 'en'))[0]?.title ?? null).toBeNull();
    const zhHits = (await search('锆钒', 'en')).hits;
    expect(zhHits.map((hit) => [hit.slug, hit.locale])).toEqual([['search-zephyrium', 'zh']]);
    expect(zhHits[0]!.snippet).toContain('锆钒');

    await cms.payload.update({
      collection: 'news',
      id: draft.id,
      locale: 'en',
      user: editor,
      data: {
        title: 'Zephyrium alloy plant lands in the zone',
        summary: 'Zephyrium summary',
        body: body('The body names zephyrium.') as never,
        _status: 'published',
      },
    });
    expect((await rowsFor('news', draft.id, 'en'))[0]).toMatchObject({
      title: 'Zephyrium alloy plant lands in the zone',
      excerpt: 'The body names zephyrium.',
    });
    expect((await search('ZEPHYRIUM', 'en')).hits.map((hit) => [hit.slug, hit.locale])).toEqual([['search-zephyrium', 'en']]);
    // The Chinese reader sees it once, in Chinese.
    expect((await search('zephyrium 锆钒', 'zh')).hits.map((hit) => hit.locale)).toEqual(['zh']);

    // A later draft does not change what search finds until it is published.
    await cms.payload.update({
      collection: 'news',
      id: draft.id,
      locale: 'en',
      draft: true,
      user: editor,
      data: { title: 'Zephyrium renamed to quintessium' },
    });
    expect((await search('quintessium', 'en')).hits).toHaveLength(0);
    expect((await search('zephyrium', 'en')).hits).toHaveLength(1);
  });

  it('removes a document when it is unpublished or deleted', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    const doc = await cms.payload.create({
      collection: 'policies',
      locale: 'zh',
      user: editor,
      data: {
        slug: 'search-unpublish',
        title: '钼铌政策',
        summary: '钼铌',
        issuingBody: '管委会',
        type: 'incentive',
        effectiveFrom: '2026-01-01T00:00:00.000Z',
        _status: 'published',
      } as never,
    });
    expect((await search('钼铌', 'zh')).hits.map((hit) => hit.slug)).toEqual(['search-unpublish']);
    await cms.payload.update({ collection: 'policies', id: doc.id, locale: 'zh', user: editor, data: { _status: 'draft' } });
    expect((await search('钼铌', 'zh')).hits).toHaveLength(0);
    expect(await rowsFor('policies', doc.id, 'zh')).toHaveLength(0);

    await cms.payload.update({ collection: 'policies', id: doc.id, locale: 'zh', user: editor, data: { _status: 'published' } });
    expect((await search('钼铌', 'zh')).hits).toHaveLength(1);
    await cms.payload.delete({ collection: 'policies', id: doc.id, user: editor });
    expect((await search('钼铌', 'zh')).hits).toHaveLength(0);
    expect(await rowsFor('policies', doc.id, 'zh')).toHaveLength(0);
  });

  it('ranks a title match above a body match, and rejects an unknown locale', async () => {
    const hits = (await search('Timken', 'en')).hits;
    expect(hits[0]!.title).toMatch(/Timken/);
    const lastTitle = hits.findLastIndex((hit) => /timken/i.test(hit.title));
    const firstBodyOnly = hits.findIndex((hit) => !/timken/i.test(hit.title));
    if (firstBodyOnly !== -1) expect(lastTitle).toBeLessThan(firstBodyOnly);
    expect((await cms.api('GET', '/site-search?q=x&locale=fr')).status).toBe(400);
    expect((await search('***', 'zh')).hits).toEqual([]);
  });

  it('rebuilds the same rows from the documents (the migration and POST /api/search/reindex)', async () => {
    const before = await cms.payload.count({ collection: 'search' });
    const first = (await search('氢能', 'zh')).hits.map((hit) => hit.slug);
    const { documents } = await reindexSearch(cms.payload);
    expect(documents).toBe(before.totalDocs);
    expect((await cms.payload.count({ collection: 'search' })).totalDocs).toBe(before.totalDocs);
    expect((await search('氢能', 'zh')).hits.map((hit) => hit.slug)).toEqual(first);
    const officer = await makeUser(cms.payload, 'investment-officer');
    const { authHeader } = await import('../helpers/payload');
    const refused = await cms.api('POST', '/search/reindex', {
      body: { collections: ['news'] },
      headers: await authHeader(cms.payload, officer),
    });
    expect(refused.status).toBe(403);
    expect((await cms.api('POST', '/search/reindex', { body: { collections: ['news'] } })).status).toBe(401);
  });

  it('says when there are more matches than it answers with (the page then says results are capped)', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    // One more matching document than the candidates a query reads per language (150).
    for (let i = 0; i < 151; i += 1) {
      await cms.payload.create({
        collection: 'news',
        locale: 'zh',
        user: editor,
        context: { skipRevalidate: true },
        data: {
          slug: `search-many-${i}`,
          title: `铍铪合金项目第${i}期`,
          summary: '铍铪合金摘要',
          body: body('铍铪合金。') as never,
          publishedAt: '2026-11-01T00:00:00.000Z',
          _status: 'published',
        },
      });
    }
    const many = await search('铍铪', 'zh');
    expect(many.hits).toHaveLength(100);
    expect(many.more).toBe(true);
    const few = await search('Timken', 'en');
    expect(few.hits.length).toBeGreaterThan(0);
    expect(few.more).toBe(false);
  }, 120_000);
});
