import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { cmsUrl, signIn, siteUrl } from '../helpers/e2e.ts';

test('a cover image uploaded in the CMS is served by the site in sharp sizes, with alt text in the page language and its size set', async ({
  page,
  request,
}) => {
  const admin = await signIn(request);
  const png = await sharp({ create: { width: 1800, height: 900, channels: 3, background: '#0b5394' } })
    .png()
    .toBuffer();
  // Without English alt text the image is refused, naming the missing language in both languages.
  const chineseOnly = await request.post(`${cmsUrl()}/api/media`, {
    headers: { authorization: admin, 'accept-language': 'en' },
    multipart: {
      file: { name: 'motor-park.png', mimeType: 'image/png', buffer: png },
      _payload: JSON.stringify({ altZh: '电机产业园厂房' }),
    },
  });
  expect(chineseOnly.status()).toBe(400);
  const refusal = (await chineseOnly.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] };
  expect(refusal.errors[0]?.data?.errors).toEqual([
    { path: 'altEn', message: '请填写英文替代文字 / Enter the alt text in English', label: expect.anything() },
  ]);
  // A file that only claims to be a PDF is refused the same way, never with a server error.
  const fakePdf = await request.post(`${cmsUrl()}/api/documents`, {
    headers: { authorization: admin },
    multipart: {
      file: { name: 'policy.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>not a pdf</html>') },
      _payload: JSON.stringify({ title: '政策' }),
    },
  });
  expect(fakePdf.status()).toBe(400);
  expect(JSON.stringify(await fakePdf.json())).toContain('此文件不是有效的 PDF / This file is not a valid PDF');
  const upload = await request.post(`${cmsUrl()}/api/media`, {
    headers: { authorization: admin },
    multipart: {
      file: { name: 'motor-park.png', mimeType: 'image/png', buffer: png },
      _payload: JSON.stringify({ altZh: '电机产业园厂房', altEn: 'Factory buildings in the motor park' }),
    },
  });
  expect(upload.status()).toBe(201);
  const media = ((await upload.json()) as { doc: { id: number | string } }).doc;

  const found = await request.get(`${cmsUrl()}/api/parks`, { params: { 'where[slug][equals]': 'motor-drive', depth: 0 } });
  const park = ((await found.json()) as { docs: { id: number | string }[] }).docs[0]!;
  await page.goto(`${siteUrl()}/en/parks/motor-drive`); // cached without a cover
  const patched = await request.patch(`${cmsUrl()}/api/parks/${park.id}`, {
    headers: { authorization: admin },
    data: { cover: media.id, _status: 'published' },
  });
  expect(patched.status()).toBe(200);

  for (const [lang, alt] of [
    ['en', 'Factory buildings in the motor park'],
    ['zh', '电机产业园厂房'],
  ] as const) {
    await page.goto(`${siteUrl()}/${lang}/parks/motor-drive`);
    const image = page.locator('img.cover');
    await expect(image).toHaveAttribute('alt', alt);
    await expect(image).toHaveAttribute('width', '1800');
    await expect(image).toHaveAttribute('height', '900');
    const srcset = (await image.getAttribute('srcset')) ?? '';
    expect(srcset).toMatch(/\/media\/\S+ 400w, \/media\/\S+ 768w, \/media\/\S+ 1600w, \/media\/\S+ 1800w/);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  }
  // A change to the image itself (here its English alt text) reaches the page on the next request.
  const realt = await request.patch(`${cmsUrl()}/api/media/${media.id}`, {
    headers: { authorization: admin },
    data: { altEn: 'Motor park, new description' },
  });
  expect(realt.status()).toBe(200);
  await page.goto(`${siteUrl()}/en/parks/motor-drive`);
  await expect(page.locator('img.cover')).toHaveAttribute('alt', 'Motor park, new description');

  // Replacing the file of the image (a new upload on the same media document) reaches every page
  // showing it, in both languages: new file, new size.
  const before = (await page.locator('img.cover').getAttribute('src'))!;
  const wider = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#38761d' } })
    .png()
    .toBuffer();
  const replaced = await request.patch(`${cmsUrl()}/api/media/${media.id}`, {
    headers: { authorization: admin },
    multipart: { file: { name: 'motor-park-2025.png', mimeType: 'image/png', buffer: wider }, _payload: JSON.stringify({}) },
  });
  expect(replaced.status()).toBe(200);
  for (const lang of ['en', 'zh']) {
    await page.goto(`${siteUrl()}/${lang}/parks/motor-drive`);
    await expect(page.locator('img.cover')).toHaveAttribute('width', '2000');
    expect(await page.locator('img.cover').getAttribute('src')).not.toBe(before);
  }

  const file = await request.get(`${siteUrl()}${(await page.locator('img.cover').getAttribute('src'))!}`);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toBe('image/webp');
  expect((await request.get(`${siteUrl()}/media/..%2F..%2Fetc%2Fpasswd`)).status()).toBe(404);
  expect((await request.get(`${siteUrl()}/media/no-such-file.webp`)).status()).toBe(404);
  expect((await request.get(`${siteUrl()}/media/.env`)).status()).toBe(404);
});
