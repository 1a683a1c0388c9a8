import { expect, test } from '@playwright/test';
import { cmsUrl, signIn, siteUrl } from '../helpers/e2e.ts';

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
