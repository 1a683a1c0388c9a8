import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { CollectionSlug } from 'payload';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedContent } from '../../cms/src/seed/content';
import { startTestCms, type TestCms } from '../helpers/payload';
import { minimalPdf } from '../helpers/pdf';

// A real HTTP server in place of the site's POST /api/revalidate, recording what the CMS sends.
const secret = 'revalidation-test-secret';
const received: { authorization?: string; tags: string[] }[] = [];
const receiver = http.createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    if (request.method === 'POST' && request.url === '/api/revalidate') {
      received.push({ authorization: request.headers.authorization, tags: (JSON.parse(body) as { tags: string[] }).tags });
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
});

let cms: TestCms;
beforeAll(async () => {
  cms = await startTestCms();
  await seedContent(cms.payload, path.resolve(import.meta.dirname, '../../content'));
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  // Set after the seed, which therefore told no one.
  process.env.SITE_URL = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  process.env.REVALIDATE_SECRET = secret;
});
afterAll(async () => {
  receiver.close();
  await cms?.close();
});
beforeEach(() => {
  received.length = 0;
});

/** The tags of every call received since the test began, in order. */
const sent = () => received.map((call) => call.tags);

// Every collection the public site shows, with a field an editor might change.
const publicCollections: { slug: CollectionSlug; field: string; drafts: boolean }[] = [
  { slug: 'industries', field: 'summary', drafts: true },
  { slug: 'parks', field: 'summary', drafts: true },
  { slug: 'projects', field: 'summary', drafts: true },
  { slug: 'policies', field: 'summary', drafts: true },
  { slug: 'news', field: 'summary', drafts: true },
  { slug: 'stories', field: 'summary', drafts: true },
  { slug: 'offices', field: 'summary', drafts: true },
  { slug: 'pages', field: 'summary', drafts: true },
  { slug: 'figures', field: 'label', drafts: false },
  { slug: 'news-categories', field: 'name', drafts: false },
];

describe('the CMS tells the site which cached pages to drop', () => {
  for (const { slug, field, drafts } of publicCollections) {
    it(`${slug}: a change in either language, ${drafts ? 'unpublishing, publishing ' : ''}and a deletion each send the collection and the document`, async () => {
      const { docs } = await cms.payload.find({
        collection: slug,
        limit: 1,
        depth: 0,
        overrideAccess: true,
        ...(drafts ? { where: { _status: { equals: 'published' } } } : {}),
      });
      const id = docs[0]!.id;
      const expected = [slug, `${slug}:${id}`];

      for (const locale of ['zh', 'en'] as const) {
        await cms.payload.update({ collection: slug, id, locale, data: { [field]: `changed ${locale}` }, depth: 0, overrideAccess: true });
      }
      expect(sent()).toEqual([expected, expected]);

      if (drafts) {
        received.length = 0;
        await cms.payload.update({ collection: slug, id, data: { _status: 'draft' }, depth: 0, overrideAccess: true });
        await cms.payload.update({ collection: slug, id, data: { _status: 'published' }, depth: 0, overrideAccess: true });
        expect(sent()).toEqual([expected, expected]);
      }

      received.length = 0;
      await cms.payload.delete({ collection: slug, id, depth: 0, overrideAccess: true });
      expect(sent()).toEqual([expected]);
      expect(received.every((call) => call.authorization === `Bearer ${secret}`)).toBe(true);
    });
  }

  it('uploads (images and PDF documents): creating, changing and deleting one sends its collection and id', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const pdf = minimalPdf();
    const uploads = [
      {
        slug: 'media' as const,
        data: { altZh: '测试图片', altEn: 'A test image' },
        file: { data: png, mimetype: 'image/png', name: 'dot.png', size: png.length },
      },
      {
        slug: 'documents' as const,
        data: { title: 'A test document' },
        file: { data: pdf, mimetype: 'application/pdf', name: 'test.pdf', size: pdf.length },
      },
    ];
    for (const upload of uploads) {
      received.length = 0;
      const doc = await cms.payload.create({
        collection: upload.slug,
        data: upload.data as never,
        file: upload.file,
        overrideAccess: true,
      });
      await cms.payload.update({ collection: upload.slug, id: doc.id, data: upload.data as never, overrideAccess: true });
      await cms.payload.delete({ collection: upload.slug, id: doc.id, overrideAccess: true });
      const expected = [upload.slug, `${upload.slug}:${doc.id}`];
      expect(sent()).toEqual([expected, expected, expected]);
    }
  });

  it('replacing the file of an image (a new upload on the same media document) sends its tags, and the sizes are made again', async () => {
    const sharp = (await import('sharp')).default;
    const first = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#ff0000' } })
      .png()
      .toBuffer();
    const second = await sharp({ create: { width: 1000, height: 500, channels: 3, background: '#0000ff' } })
      .png()
      .toBuffer();
    const media = await cms.payload.create({
      collection: 'media',
      data: { altZh: '图', altEn: 'Picture' },
      file: { data: first, mimetype: 'image/png', name: 'park.png', size: first.length },
      overrideAccess: true,
    });
    received.length = 0;
    const replaced = await cms.payload.update({
      collection: 'media',
      id: media.id,
      data: {},
      file: { data: second, mimetype: 'image/png', name: 'park.png', size: second.length },
      overrideAccess: true,
    });
    expect(sent()).toEqual([['media', `media:${media.id}`]]);
    expect([replaced.width, replaced.height]).toEqual([1000, 500]);
    expect(replaced.filename).not.toBe(media.filename);
    expect(replaced.sizes?.card?.height).toBe(384);
  });

  it('the site and location globals send global:<slug> on every change', async () => {
    await cms.payload.updateGlobal({ slug: 'site', locale: 'en', data: { tagline: 'Changed tagline' }, overrideAccess: true });
    const location = await cms.payload.findGlobal({ slug: 'location', depth: 0 });
    await cms.payload.updateGlobal({ slug: 'location', data: { headline: location.headline }, overrideAccess: true });
    expect(sent()).toEqual([['global:site'], ['global:location']]);
  });

  it('nothing is sent when a change asks to skip revalidation (the seed)', async () => {
    const { docs } = await cms.payload.find({ collection: 'news', limit: 1, depth: 0 });
    await cms.payload.update({
      collection: 'news',
      id: docs[0]!.id,
      data: { summary: 'quiet' },
      context: { skipRevalidate: true },
      overrideAccess: true,
    });
    expect(sent()).toEqual([]);
  });
});
