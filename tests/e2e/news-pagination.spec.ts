import { expect, test } from '@playwright/test';
import { cmsUrl, signIn, siteUrl } from '../helpers/e2e.ts';

test('the news list is paginated', async ({ page, request }) => {
  const admin = await signIn(request);
  for (let i = 0; i < 11; i += 1) {
    const response = await request.post(`${cmsUrl()}/api/news`, {
      params: { locale: 'en' },
      headers: { authorization: admin },
      // Published in English, so it needs its English summary (the editorial workflow's rule).
      data: {
        title: `Paged item ${i}`,
        summary: 'An item of a long list.',
        slug: `paged-${Date.now()}-${i}`,
        publishedAt: '2020-01-01T00:00:00.000Z',
        _status: 'published',
      },
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
