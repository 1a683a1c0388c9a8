import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signPreview } from '../../cms/src/lib/previewToken';
import { makeUser, startTestCms, type TestCms } from '../helpers/payload';

// The preview endpoint the site forwards signed links to, through Payload's REST handler on a
// real temporary SQLite database.
let cms: TestCms;
beforeAll(async () => {
  cms = await startTestCms();
});
afterAll(async () => cms?.close());

const news = (slug: string) => ({ title: '新闻标题', summary: '中文摘要', slug, publishedAt: '2026-01-05T00:00:00.000Z' });

describe('the preview endpoint', () => {
  it('answers the draft a signed link names, in one language, without staff fields', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    const doc = await cms.payload.create({
      collection: 'news',
      user: editor,
      overrideAccess: false,
      draft: true,
      data: { ...news('previewed'), editorNotes: 'confirm the date', _status: 'draft' },
    });
    const token = signPreview({ collection: 'news', id: doc.id, uid: editor.id, origin: 'http://cms.example', exp: Date.now() + 60_000 });
    const zh = await cms.api('GET', `/preview?locale=zh&token=${encodeURIComponent(token)}`);
    expect(zh.status).toBe(200);
    expect(zh.headers.get('cache-control')).toBe('no-store');
    const text = await zh.text();
    const body = JSON.parse(text) as { collection: string; origin: string; doc: { title: string; slug: string } };
    expect(body).toMatchObject({ collection: 'news', origin: 'http://cms.example', doc: { title: '新闻标题', slug: 'previewed' } });
    for (const secret of ['confirm the date', editor.email, 'editorNotes', 'updatedBy']) expect(text).not.toContain(secret);
    const en = (await (await cms.api('GET', `/preview?locale=en&token=${encodeURIComponent(token)}`)).json()) as {
      doc: { title?: string | null };
    };
    expect(en.doc.title ?? null).toBeNull();
    // The public API still does not show the draft.
    const anonymous = (await (await cms.api('GET', '/news?where[slug][equals]=previewed')).json()) as { totalDocs: number };
    expect(anonymous.totalDocs).toBe(0);
  });

  it('refuses forged, expired and malformed links with a 4xx, never a 500', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    const doc = await cms.payload.create({
      collection: 'news',
      overrideAccess: true,
      draft: true,
      data: { ...news('refused'), _status: 'draft' },
    });
    const valid = signPreview({ collection: 'news', id: doc.id, uid: editor.id, origin: 'http://cms.example', exp: Date.now() + 60_000 });
    const forged = signPreview(
      { collection: 'news', id: doc.id, uid: editor.id, origin: 'http://cms.example', exp: Date.now() + 60_000 },
      'not-the-secret',
    );
    const expired = signPreview({ collection: 'news', id: doc.id, uid: editor.id, origin: 'http://cms.example', exp: Date.now() - 1 });
    const otherCollection = signPreview({
      collection: 'users',
      id: doc.id,
      uid: editor.id,
      origin: 'http://cms.example',
      exp: Date.now() + 60_000,
    });
    const cases: [string, number, string?][] = [
      [`locale=zh&token=${encodeURIComponent(forged)}`, 403, 'invalid'],
      [`locale=zh&token=${encodeURIComponent(expired)}`, 403, 'expired'],
      [`locale=zh&token=${encodeURIComponent(otherCollection)}`, 403, 'invalid'],
      [`locale=zh&token=${encodeURIComponent(valid.slice(0, -2))}`, 403, 'invalid'],
      ['locale=zh&token=%E0%A4%A', 403, 'invalid'],
      ['locale=zh', 403, 'invalid'],
      [`locale=fr&token=${encodeURIComponent(valid)}`, 400],
    ];
    for (const [query, status, reason] of cases) {
      const response = await cms.api('GET', `/preview?${query}`, { headers: { 'accept-language': 'en' } });
      expect(response.status, query).toBe(status);
      const body = (await response.json()) as { message: string; reason?: string };
      expect(body.message).toMatch(/ \/ /);
      if (reason) expect(body.reason).toBe(reason);
    }
    await cms.payload.delete({ collection: 'news', id: doc.id, overrideAccess: true });
    expect((await cms.api('GET', `/preview?locale=zh&token=${encodeURIComponent(valid)}`)).status).toBe(404);
  });
});
