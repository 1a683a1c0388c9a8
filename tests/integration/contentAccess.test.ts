import type { CollectionSlug } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, startTestCms, type TestCms } from '../helpers/payload';
import { minimalPdf } from '../helpers/pdf';

// Who may read and write each kind of public content, through Payload's Local API with access
// control on (overrideAccess: false), on a real temporary SQLite database.
let cms: TestCms;
beforeAll(async () => {
  cms = await startTestCms();
});
afterAll(async () => cms?.close());

/** A minimal valid document of each editorial collection (drafts enabled). */
const samples: Record<string, (slug: string) => Record<string, unknown>> = {
  industries: (slug) => ({ name: '产业', slug }),
  parks: (slug) => ({ name: '园区', slug }),
  projects: (slug) => ({ name: '项目', slug, stage: 'signed', nameStatus: 'established' }),
  policies: (slug) => ({ title: '政策', slug, type: 'incentive' }),
  news: (slug) => ({ title: '新闻', slug, publishedAt: new Date().toISOString() }),
  stories: (slug) => ({ company: '企业', slug }),
  offices: (slug) => ({ name: '办公中心', slug }),
  pages: (slug) => ({ title: '页面', slug }),
};

describe.each(Object.keys(samples))('%s', (name) => {
  const collection = name as CollectionSlug;
  const sample = samples[name]!;

  it('anonymous visitors read what is published, never drafts or editor notes', async () => {
    await cms.payload.create({
      collection,
      overrideAccess: true,
      data: { ...sample(`${name}-live`), editorNotes: 'confirm the name', _status: 'published' } as never,
    });
    await cms.payload.create({
      collection,
      overrideAccess: true,
      draft: true,
      data: { ...sample(`${name}-draft`), _status: 'draft' } as never,
    });
    const found = await cms.payload.find({ collection, overrideAccess: false, limit: 100 });
    const slugs = found.docs.map((doc) => (doc as { slug?: string }).slug);
    expect(slugs).toContain(`${name}-live`);
    expect(slugs).not.toContain(`${name}-draft`);
    expect(found.docs[0]).not.toHaveProperty('editorNotes');
  });

  it('editors create, publish and delete; they see drafts and editor notes', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    const doc = await cms.payload.create({
      collection,
      overrideAccess: false,
      user: editor,
      data: { ...sample(`${name}-by-editor`), editorNotes: 'check', _status: 'published' } as never,
    });
    const drafts = await cms.payload.find({ collection, overrideAccess: false, user: editor, draft: true, limit: 100 });
    expect(drafts.docs.map((d) => (d as { slug?: string }).slug)).toContain(`${name}-draft`);
    const read = await cms.payload.findByID({ collection, id: doc.id, overrideAccess: false, user: editor });
    expect((read as { editorNotes?: string }).editorNotes).toBe('check');
    await cms.payload.delete({ collection, id: doc.id, overrideAccess: false, user: editor });
  });

  it('investment officers, the site service account and anonymous visitors cannot write', async () => {
    for (const role of ['investment-officer', 'site-service'] as const) {
      const user = await makeUser(cms.payload, role);
      await expect(
        cms.payload.create({ collection, overrideAccess: false, user, data: sample(`${name}-${role}`) as never }),
      ).rejects.toMatchObject({ status: 403 });
    }
    await expect(cms.payload.create({ collection, overrideAccess: false, data: sample(`${name}-anon`) as never })).rejects.toMatchObject({
      status: 403,
    });
  });
});

describe('content without drafts', () => {
  it('figures and news categories are public to read and only editors write them', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    const officer = await makeUser(cms.payload, 'investment-officer');
    const figure = {
      label: '项目',
      key: 'projects-test',
      value: 3,
      unit: 'projects',
      series: 's',
      periodStart: '2024-01-01T00:00:00.000Z',
      periodEnd: '2024-08-31T00:00:00.000Z',
      periodLabel: '2024年',
      source: '湖南日报',
    };
    await cms.payload.create({ collection: 'figures', overrideAccess: false, user: editor, data: figure as never });
    await expect(
      cms.payload.create({ collection: 'figures', overrideAccess: false, user: officer, data: { ...figure, key: 'other' } as never }),
    ).rejects.toMatchObject({ status: 403 });
    const anonymous = await cms.payload.find({ collection: 'figures', overrideAccess: false });
    expect(anonymous.docs.map((f) => f.key)).toContain('projects-test');
    await cms.payload.create({
      collection: 'news-categories',
      overrideAccess: false,
      user: editor,
      data: { name: '分类', slug: 'category-test' },
    });
    await expect(
      cms.payload.create({ collection: 'news-categories', overrideAccess: false, data: { name: 'x', slug: 'x' } }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('editors edit the location and site globals; officers and visitors cannot', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    const officer = await makeUser(cms.payload, 'investment-officer');
    await cms.payload.updateGlobal({ slug: 'location', overrideAccess: false, user: editor, data: { headline: '区位' } });
    await expect(
      cms.payload.updateGlobal({ slug: 'location', overrideAccess: false, user: officer, data: { headline: 'x' } }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(cms.payload.updateGlobal({ slug: 'site', overrideAccess: false, data: { name: 'x' } })).rejects.toMatchObject({
      status: 403,
    });
    expect((await cms.payload.findGlobal({ slug: 'location', overrideAccess: false })).headline).toBe('区位');
  });
});

describe('validation', () => {
  it('refuses a policy that expires before it takes effect, with a bilingual message', async () => {
    await expect(
      cms.payload.create({
        collection: 'policies',
        overrideAccess: true,
        data: {
          title: '政策',
          slug: 'backwards-policy',
          type: 'land',
          effectiveFrom: '2025-01-01T00:00:00.000Z',
          expiresOn: '2024-01-01T00:00:00.000Z',
          _status: 'published',
        },
      }),
    ).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'expiresOn', message: expect.stringMatching(/失效日期.*expiry date/) })] },
    });
  });

  it('takes only PDF files as policy attachments', async () => {
    const pdf = minimalPdf();
    const stored = await cms.payload.create({
      collection: 'documents',
      overrideAccess: true,
      data: { title: '政策全文' },
      file: { data: pdf, mimetype: 'application/pdf', name: 'policy.pdf', size: pdf.length },
    });
    expect(stored.mimeType).toBe('application/pdf');
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    await expect(
      cms.payload.create({
        collection: 'documents',
        overrideAccess: true,
        data: { title: 'x' },
        file: { data: png, mimetype: 'image/png', name: 'x.png', size: png.length },
      }),
    ).rejects.toThrow();
  });

  it('refuses social links that are not https, naming the field in both languages', async () => {
    await expect(
      cms.payload.updateGlobal({
        slug: 'site',
        overrideAccess: true,
        data: { name: '站点', social: [{ network: 'weibo', url: 'javascript:alert(1)' }] },
      }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ message: expect.stringMatching(/https:\/\/.*https:\/\//) })] } });
  });
});
