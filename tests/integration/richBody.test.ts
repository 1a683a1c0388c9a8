import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishInquiryIndustries, validInquiry } from '../helpers/inquiries';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';
import { body, paragraph, relationship } from '../helpers/lexical';

// A public document's rich text may not point at a lead, a lead's activity or a staff account at
// all, nor link to an address that is not the web, mail or a phone.
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

describe('a rich-text body', () => {
  it('refuses, at every save, a reference to a lead, its activity or a staff account, with a bilingual message on the body', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    const inquiry = await cms.payload.create({ collection: 'inquiries', overrideAccess: true, data: prospect });
    const activities = await cms.payload.find({ collection: 'inquiry-activities', overrideAccess: true, limit: 1 });
    const headers = await authHeader(cms.payload, editor);
    for (const [collection, id] of [
      ['inquiries', inquiry.id],
      ['users', editor.id],
      ['inquiry-activities', activities.docs[0]?.id ?? 1],
    ] as const) {
      for (const draft of [true, false]) {
        const response = await cms.api('POST', `/news${draft ? '?draft=true' : ''}`, {
          headers,
          body: {
            title: '带引用的新闻',
            slug: `ref-${collection}-${draft}`,
            publishedAt: new Date().toISOString(),
            _status: draft ? 'draft' : 'published',
            body: body(paragraph('x'), relationship(collection, id)),
          },
        });
        expect(response.status, `${collection} draft=${draft}`).toBe(400);
        const answer = (await response.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] };
        const fieldError = answer.errors[0]?.data?.errors?.[0];
        expect(fieldError?.path).toBe('body');
        expect(fieldError?.message).toContain(collection);
        expect(fieldError?.message).toMatch(/正文只能链接公开内容.* \/ The body may link only public content/);
      }
    }
    expect(
      (await cms.payload.find({ collection: 'news', overrideAccess: true, draft: true, where: { slug: { like: 'ref-' } } })).totalDocs,
    ).toBe(0);
  });

  it('refuses a link to an address that is not the web, mail or a phone, and keeps those that are', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    const headers = await authHeader(cms.payload, editor);
    const link = (url: string) => ({
      type: 'paragraph',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      textFormat: 0,
      children: [
        {
          type: 'link',
          version: 3,
          fields: { linkType: 'custom', url, newTab: false },
          format: '',
          indent: 0,
          direction: 'ltr',
          children: [{ type: 'text', version: 1, text: 'link', format: 0, detail: 0, mode: 'normal', style: '' }],
        },
      ],
    });
    for (const [url, status] of [
      ['javascript:alert(1)', 400],
      ['JavaScript:alert(1)', 400],
      ['java\tscript:alert(1)', 400],
      ['data:text/html,x', 400],
      ['https://example.com/a', 201],
      ['mailto:invest@example.com', 201],
      ['/en/parks', 201],
    ] as const) {
      const response = await cms.api('POST', '/news?draft=true', {
        headers,
        body: { title: '链接', slug: `link-${Math.random().toString(36).slice(2)}`, _status: 'draft', body: body(link(url)) },
      });
      expect(response.status, url).toBe(status);
      if (status === 400)
        expect(JSON.stringify(await response.json()), url).toContain(
          'Links in the body must start with http://, https://, mailto: or tel:',
        );
    }
  });

  it('still links published pages, parks and images', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    const park = await cms.payload.create({
      collection: 'parks',
      overrideAccess: true,
      data: { name: '电机园', slug: 'linked-park', _status: 'published' },
    });
    const saved = await cms.payload.create({
      collection: 'news',
      user: editor,
      overrideAccess: false,
      data: {
        title: '链接园区',
        slug: 'links-a-park',
        publishedAt: new Date().toISOString(),
        _status: 'published',
        body: body(relationship('parks', park.id)) as never,
      },
    });
    expect(saved.id).toBeTruthy();
  });
});
