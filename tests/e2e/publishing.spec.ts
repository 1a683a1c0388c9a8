import { expect, test } from '@playwright/test';
import { cmsUrl, signIn, siteUrl } from '../helpers/e2e.ts';

test('a news title changed in the CMS is served by the site on the next request, in both languages', async ({ request }) => {
  const admin = await signIn(request);
  const found = await request.get(`${cmsUrl()}/api/news`, { params: { 'where[slug][equals]': 'chen-rong-visits-hongguang-and-huibo', depth: 0 } });
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

test('a document without English says so on the English page and links the Chinese one', async ({ page, request }) => {
  const admin = await signIn(request);
  const slug = `zh-only-${Date.now()}`;
  const created = await request.post(`${cmsUrl()}/api/news`, {
    params: { locale: 'zh' },
    headers: { authorization: admin },
    data: { title: '仅有中文的新闻', slug, publishedAt: new Date().toISOString(), summary: '中文摘要', _status: 'published' },
  });
  expect(created.status()).toBe(201);

  await page.goto(`${siteUrl()}/en/news/${slug}`);
  await expect(page.locator('main')).toContainText('This content is not yet available in English.');
  await expect(page.locator('main')).not.toContainText('仅有中文的新闻');
  await page.getByRole('link', { name: 'Read it in Chinese' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh/news/${slug}$`));
  await expect(page.locator('h1')).toHaveText('仅有中文的新闻');

  await page.goto(`${siteUrl()}/en/news`);
  const card = page.locator('li.card', { hasText: '仅有中文的新闻' });
  await expect(card).toContainText('Chinese only');
  await expect(card.getByRole('link')).toHaveAttribute('lang', 'zh-CN');
});

test('the news list is paginated', async ({ page, request }) => {
  const admin = await signIn(request);
  for (let i = 0; i < 11; i += 1) {
    const response = await request.post(`${cmsUrl()}/api/news`, {
      params: { locale: 'en' },
      headers: { authorization: admin },
      // Published in English, so it needs its English summary (the editorial workflow's rule).
      data: { title: `Paged item ${i}`, summary: 'An item of a long list.', slug: `paged-${Date.now()}-${i}`, publishedAt: '2020-01-01T00:00:00.000Z', _status: 'published' },
    });
    expect(response.status()).toBe(201);
  }
  await page.goto(`${siteUrl()}/en/news`);
  await expect(page.locator('ul.cards > li')).toHaveCount(10);
  await page.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\/en\/news\?page=2$/);
  await expect(page.getByText(/Page 2 of \d+/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Previous page' })).toBeVisible();
  expect((await page.goto(`${siteUrl()}/en/news?page=999`))?.status()).toBe(404);
  expect((await page.goto(`${siteUrl()}/en/news?page=abc`))?.status()).toBe(404);
});
