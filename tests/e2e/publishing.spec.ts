import { expect, test } from '@playwright/test';
import { cmsUrl, signIn, siteUrl } from '../helpers/e2e.ts';

test('a news title changed in the CMS is served by the site on the next request, in both languages', async ({ request }) => {
  const admin = await signIn(request);
  const found = await request.get(`${cmsUrl()}/api/news`, {
    params: { 'where[slug][equals]': 'chen-rong-visits-hongguang-and-huibo', depth: 0 },
  });
  const { id } = ((await found.json()) as { docs: { id: number | string }[] }).docs[0]!;
  const url = `${siteUrl()}/en/news/chen-rong-visits-hongguang-and-huibo`;

  await request.get(url);
  const cached = await request.get(url);
  expect(cached.headers()['x-astro-cache']).toBe('HIT');

  for (const locale of ['en', 'zh'] as const) {
    const title = locale === 'en' ? `Updated headline ${Date.now()}` : `更新的标题 ${Date.now()}`;
    const update = await request.patch(`${cmsUrl()}/api/news/${id}`, {
      params: { locale },
      headers: { authorization: admin },
      data: { title, _status: 'published' },
    });
    expect(update.status()).toBe(200);
    const page = await request.get(`${siteUrl()}/${locale}/news/chen-rong-visits-hongguang-and-huibo`);
    expect(await page.text()).toContain(title);
    const list = await request.get(`${siteUrl()}/${locale}/news`);
    expect(await list.text()).toContain(title);
  }
});

test('the revalidation endpoint refuses callers without the shared secret', async ({ request }) => {
  expect((await request.post(`${siteUrl()}/api/revalidate`, { data: { tags: ['news'] } })).status()).toBe(401);
  const wrong = await request.post(`${siteUrl()}/api/revalidate`, { headers: { authorization: 'Bearer wrong' }, data: { tags: ['news'] } });
  expect(wrong.status()).toBe(401);
  const right = await request.post(`${siteUrl()}/api/revalidate`, {
    headers: { authorization: `Bearer ${process.env.E2E_REVALIDATE_SECRET}` },
    data: { tags: ['news'] },
  });
  expect(right.status()).toBe(200);
});
