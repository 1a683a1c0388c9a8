import http from 'node:http';
import zlib from 'node:zlib';
import { expect, test, type APIRequestContext } from '@playwright/test';
import sharp from 'sharp';
import { cmsUrl, inquiryFormFields, signIn, siteUrl } from '../helpers/e2e.ts';

// Compression, ETags and Cache-Control on every kind of answer the built site gives
// (src/lib/pageCacheProvider.ts, src/server/responseEncoding.ts, src/server/staticFiles.ts).
// Answers are read raw, with node:http: what went over the wire, before any decompression.

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function raw(path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${siteUrl()}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

const decoded = (response: Raw) =>
  response.headers['content-encoding'] === 'br'
    ? zlib.brotliDecompressSync(response.body)
    : response.headers['content-encoding'] === 'gzip'
      ? zlib.gunzipSync(response.body)
      : response.body;

const shared = 'public, max-age=0, s-maxage=600, stale-while-revalidate=60';

/** Pages the route cache keeps, one of each kind, with the content type each must say. */
const cachedPages: [string, string][] = [
  ['/zh/', 'text/html; charset=utf-8'],
  ['/en/', 'text/html; charset=utf-8'],
  ['/en/news', 'text/html; charset=utf-8'],
  ['/zh/parks', 'text/html; charset=utf-8'],
  ['/en/policies', 'text/html; charset=utf-8'],
  ['/zh/figures', 'text/html; charset=utf-8'],
  ['/en/news/rss.xml', 'application/xml; charset=utf-8'],
  ['/zh/news/rss.xml', 'application/xml; charset=utf-8'],
  ['/sitemap.xml', 'application/xml; charset=utf-8'],
  ['/sitemap-en.xml', 'application/xml; charset=utf-8'],
];

test('every kind of cached page: br or gzip by Accept-Encoding, a strong ETag per encoding, 304s, shared-cache rules, charset', async () => {
  for (const [path, type] of cachedPages) {
    // Another worker's publish may empty the route cache between two requests: the sequence is
    // then tried again, from a fresh render.
    await expect(async () => {
      const plain = await raw(path);
      expect(plain.status, path).toBe(200);
      const answers = new Map<string, Raw>();
      for (const [accept, encoding] of [
        ['gzip, deflate, br, zstd', 'br'],
        ['br', 'br'],
        ['gzip', 'gzip'],
        ['br;q=0.3, gzip;q=0.7', 'gzip'],
        ['identity', undefined],
        ['', undefined],
      ] as const) {
        const response = await raw(path, accept ? { 'accept-encoding': accept } : {});
        const what = `${path} (${accept || 'no Accept-Encoding'})`;
        expect(response.status, what).toBe(200);
        expect(response.headers['x-astro-cache'], what).toBe('HIT');
        // Under 1 KB (the sitemap index) a body goes as it is: compression would gain less than its header.
        expect(response.headers['content-encoding'], what).toBe(plain.body.length < 1024 ? undefined : encoding);
        expect(response.headers['content-type'], what).toBe(type);
        expect(response.headers['cache-control'], what).toBe(shared);
        expect(response.headers.vary, what).toBe('Accept-Encoding');
        expect(response.headers['content-length'], what).toBe(String(response.body.length));
        expect(response.headers['set-cookie'], what).toBeUndefined();
        expect(response.headers['cdn-cache-control'], what).toBeUndefined();
        expect(response.headers['cache-tag'], what).toBeUndefined();
        expect(response.headers.etag, what).toMatch(/^"[A-Za-z0-9_-]+"$/);
        // The same page in every encoding.
        expect(decoded(response).equals(plain.body), what).toBe(true);
        answers.set(response.headers['content-encoding'] ?? 'identity', response);

        const revalidated = await raw(path, { ...(accept ? { 'accept-encoding': accept } : {}), 'if-none-match': response.headers.etag! });
        expect(revalidated.status, `${what}: If-None-Match`).toBe(304);
        expect(revalidated.body.length).toBe(0);
        expect(revalidated.headers.etag).toBe(response.headers.etag);
        expect(revalidated.headers['cache-control']).toBe(shared);
        expect(revalidated.headers.vary).toBe('Accept-Encoding');
        expect(revalidated.headers.date).toBeTruthy();
      }
      // Other bytes, another strong tag; a tag of one encoding does not validate another.
      const tags = new Set([...answers.values()].map((response) => response.headers.etag));
      expect(tags.size, path).toBe(plain.body.length >= 1024 ? 3 : 1);
      if (plain.body.length >= 1024) {
        const other = await raw(path, { 'accept-encoding': 'br', 'if-none-match': answers.get('gzip')!.headers.etag! });
        expect(other.status, path).toBe(200);
        // The home pages: at most a quarter of their bytes (issue 15's goal); everything smaller, and brotli smallest.
        const limit = path === '/zh/' || path === '/en/' ? plain.body.length / 4 : answers.get('gzip')!.body.length;
        expect(answers.get('br')!.body.length, `${path}: brotli bytes`).toBeLessThanOrEqual(limit);
        expect(answers.get('gzip')!.body.length, `${path}: gzip bytes`).toBeLessThan(plain.body.length);
      }
    }).toPass({ timeout: 30_000 });
  }
});

test('pages for one visitor (contact with its form key, track, search, preview), errors and redirects: private, no-store, compressed, charset', async () => {
  const pages: [string, number][] = [
    ['/zh/contact', 200],
    ['/en/contact', 200],
    ['/en/contact?type=office-space', 200],
    ['/zh/track', 200],
    ['/en/search?q=investment', 200],
    ['/zh/search?q=%E6%8B%9B%E5%95%86', 200],
    ['/zh/preview', 403],
    ['/zh/no-such-page', 404],
    ['/en/parks/no-such-park', 404],
    ['/en/news?category=a&category=b', 404],
  ];
  for (const [path, status] of pages) {
    for (const [accept, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['', undefined],
    ] as const) {
      const response = await raw(path, accept ? { 'accept-encoding': accept } : {});
      const what = `${path} (${accept || 'no Accept-Encoding'})`;
      expect(response.status, what).toBe(status);
      expect(response.headers['cache-control'], what).toBe('private, no-store');
      expect(response.headers['content-type'], what).toBe('text/html; charset=utf-8');
      expect(response.headers['content-encoding'], what).toBe(encoding);
      expect(response.headers.vary, what).toBe('Accept-Encoding');
      expect(response.headers.etag, what).toBeUndefined();
      expect(response.headers['x-astro-cache'], what).not.toBe('HIT');
      expect(decoded(response).toString('utf8'), what).toMatch(/^<!DOCTYPE html>/i);
    }
  }
  // Two renders of the contact page carry two form keys: it could never be shared.
  const key = async () =>
    /name="idempotencyKey" value="([^"]+)"/.exec(decoded(await raw('/en/contact', { 'accept-encoding': 'br' })).toString())?.[1];
  const [first, second] = [await key(), await key()];
  expect(first).toBeTruthy();
  expect(first).not.toBe(second);

  const redirect = await raw('/', { 'accept-language': 'en' });
  expect([redirect.status, redirect.headers.location, redirect.headers['cache-control']]).toEqual([302, '/en/', 'private, no-store']);
  expect(redirect.headers.vary).toBe('Accept-Language');

  const denied = await raw('/api/revalidate', { 'content-type': 'application/json', 'accept-encoding': 'br' }, 'POST', '{"tags":["news"]}');
  expect([denied.status, denied.headers['cache-control']]).toEqual([401, 'private, no-store']);
});

test('an inquiry form sent without JavaScript (an action) answers private, no-store', async () => {
  // Without the required fields nothing is stored: the form comes back with its errors.
  const form = new URLSearchParams({ ...inquiryFormFields('en'), email: 'not-an-email' }).toString();
  const response = await raw(
    '/en/contact?_action=sendInquiry',
    { origin: siteUrl(), 'content-type': 'application/x-www-form-urlencoded', 'accept-encoding': 'br' },
    'POST',
    form,
  );
  expect(response.status).toBeLessThan(500);
  expect(response.headers['cache-control']).toBe('private, no-store');
  expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(response.headers['content-encoding']).toBe('br');
  expect(response.headers.etag).toBeUndefined();
});

async function upload(
  request: APIRequestContext,
  collection: 'media' | 'documents',
  file: { name: string; mimeType: string; buffer: Buffer },
  data: object,
) {
  const response = await request.post(`${cmsUrl()}/api/${collection}`, {
    headers: { authorization: await signIn(request) },
    multipart: { file, _payload: JSON.stringify(data) },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { doc: { filename: string } }).doc.filename;
}

test('images and PDFs go uncompressed with their own caching rule; build scripts and public files in every encoding', async ({
  request,
}) => {
  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#0b5394' } })
    .png()
    .toBuffer();
  const image = await upload(
    request,
    'media',
    { name: `http-caching-${Date.now()}.png`, mimeType: 'image/png', buffer: png },
    { altZh: '缓存检查', altEn: 'Caching check' },
  );
  const pdf = Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\nxref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \ntrailer<</Size 3/Root 1 0 R>>\nstartxref\n95\n%%EOF\n',
  );
  const document = await upload(
    request,
    'documents',
    { name: `http-caching-${Date.now()}.pdf`, mimeType: 'application/pdf', buffer: pdf },
    { title: '缓存检查' },
  );
  for (const path of [`/media/${image}`, `/documents/${document}`]) {
    const response = await raw(path, { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.status, path).toBe(200);
    expect(response.headers['content-encoding'], path).toBeUndefined();
    expect(response.headers.vary, path).toBeUndefined();
    expect(response.headers['cache-control'], path).toBe('public, max-age=86400');
    // The CMS stores uploads as WebP (or AVIF); documents as they came.
    expect(response.headers['content-type'], path).toMatch(/^(image\/(webp|avif|png)|application\/pdf)$/);
  }

  const html = decoded(await raw('/en/contact', { 'accept-encoding': 'br' })).toString();
  const scripts = [...new Set(html.match(/\/_astro\/[\w.-]+\.js/g))];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [path, cacheControl, type] of [
    ...scripts.map((script) => [script, 'public, max-age=31536000, immutable', 'text/javascript; charset=utf-8'] as const),
    ['/favicon.svg', 'public, max-age=0, must-revalidate', 'image/svg+xml; charset=utf-8'] as const,
  ]) {
    const plain = await raw(path);
    expect(plain.status, path).toBe(200);
    const tags = new Set<string>();
    for (const [accept, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['', undefined],
    ] as const) {
      const response = await raw(path, accept ? { 'accept-encoding': accept } : {});
      const what = `${path} (${accept || 'no Accept-Encoding'})`;
      expect(response.headers['content-encoding'], what).toBe(encoding);
      expect(response.headers['content-type'], what).toBe(type);
      expect(response.headers['cache-control'], what).toBe(cacheControl);
      expect(response.headers.vary, what).toBe('Accept-Encoding');
      expect(response.headers['x-content-type-options'], what).toBe('nosniff');
      expect(decoded(response).equals(plain.body), what).toBe(true);
      tags.add(response.headers.etag!);
      const revalidated = await raw(path, { ...(accept ? { 'accept-encoding': accept } : {}), 'if-none-match': response.headers.etag! });
      expect([revalidated.status, revalidated.headers.etag, revalidated.headers['cache-control']], what).toEqual([
        304,
        response.headers.etag,
        cacheControl,
      ]);
    }
    expect(tags.size, path).toBe(3);
  }
});

test('a browser loads a page in both languages compressed, and revalidates it with its ETag', async ({ page }) => {
  for (const [lang, heading] of [
    ['zh', /湘潭/],
    ['en', /Xiangtan/],
  ] as const) {
    const response = await page.goto(`${siteUrl()}/${lang}/`);
    expect(response!.status()).toBe(200);
    const headers = await response!.allHeaders();
    expect(['br', 'gzip'], lang).toContain(headers['content-encoding']);
    expect(headers['cache-control']).toBe(shared);
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    const sent = (await response!.request().allHeaders())['accept-encoding'] ?? '';
    expect(sent).toContain(headers['content-encoding']!);
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    await expect(page.locator('h1').first()).toHaveText(heading);
    // A reload asks again with the ETag the browser kept; the site answers 304 and the page stays.
    const reload = await page.reload();
    expect([200, 304]).toContain(reload!.status());
    const asked = await reload!.request().allHeaders();
    if (asked['if-none-match']) expect(asked['if-none-match']).toBe(headers.etag);
    await expect(page.locator('h1').first()).toHaveText(heading);
  }
});
