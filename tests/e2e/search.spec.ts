import { expect, test } from '@playwright/test';
import { cmsUrl, newTag, signIn, siteUrl } from '../helpers/e2e.ts';

test('Chinese search finds 氢能 written without spaces, highlights it and labels each result’s type', async ({ page }) => {
  const response = await page.goto(`${siteUrl()}/zh/search?q=${encodeURIComponent('氢能')}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('h1')).toHaveText('站内搜索');
  await expect(page.locator('.search-count')).toHaveText(/^共找到 \d+ 条结果$/);
  const first = page.locator('.search-result').first();
  await expect(first.locator('mark').first()).toHaveText('氢能');
  await expect(first.locator('.badge').first()).toHaveText(/^(产业|产业园|项目|政策|新闻|成功案例|办公空间|页面)$/);
  // A result links to the document's page in Chinese, and that page exists.
  const href = await first.getByRole('link').getAttribute('href');
  expect(href).toMatch(/^\/zh\//);
  for (const term of ['电机', '铁姆肯']) {
    await page.goto(`${siteUrl()}/zh/search?q=${encodeURIComponent(term)}`);
    await expect(page.locator('.search-result mark').first()).toHaveText(term);
  }
});

test('English search finds "hydrogen" whatever its case and highlights it; Timken’s title ranks first', async ({ page }) => {
  await page.goto(`${siteUrl()}/en/search?q=Hydrogen`);
  await expect(page.locator('.search-count')).toHaveText(/^Results found: \d+$/);
  await expect(page.locator('.search-result').first().locator('mark').first()).toHaveText(/^hydrogen$/i);
  await expect(page.locator('.search-result a[href^="/zh/"]')).toHaveCount(0);
  await page.goto(`${siteUrl()}/en/search?q=timken`);
  await expect(page.locator('.search-result h3').first()).toContainText('Timken');
});

test('a query in the other language finds that language’s pages, marked with a language badge', async ({ page }) => {
  await page.goto(`${siteUrl()}/zh/search?q=hydrogen`);
  const first = page.locator('.search-result').first();
  await expect(first.getByRole('link')).toHaveAttribute('href', /^\/en\//);
  await expect(first.getByRole('link')).toHaveAttribute('lang', 'en');
  await expect(first.locator('.badge', { hasText: '英文' })).toBeVisible();
  await page.goto(`${siteUrl()}/en/search?q=${encodeURIComponent('氢能')}`);
  await expect(page.locator('.search-result').first().locator('.badge', { hasText: 'In Chinese' })).toBeVisible();
});

test('the header’s search box is a plain form that works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${siteUrl()}/en/`);
  await page.getByRole('search').getByRole('searchbox', { name: 'Search terms' }).fill('hydrogen');
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=hydrogen$/);
  await expect(page.locator('.search-result mark').first()).toBeVisible();
  await expect(page.locator('#search-q')).toHaveValue('hydrogen');
  await context.close();
});

test('an empty query invites a search and a query without results says so, in both languages', async ({ page }) => {
  for (const [lang, prompt, none] of [
    ['zh', '输入关键词', '没有找到与“qqxqqz”相关的内容。'],
    ['en', 'Enter a word', 'Nothing was found for “qqxqqz”.'],
  ] as const) {
    expect((await page.goto(`${siteUrl()}/${lang}/search`))?.status()).toBe(200);
    await expect(page.locator('main')).toContainText(prompt);
    await expect(page.locator('.search-result')).toHaveCount(0);
    expect((await page.goto(`${siteUrl()}/${lang}/search?q=qqxqqz`))?.status()).toBe(200);
    await expect(page.locator('main')).toContainText(none);
  }
});

test('odd input never breaks search: markup is shown as text, long queries are cut, bad page numbers ignored', async ({
  page,
  request,
}) => {
  await page.goto(`${siteUrl()}/en/search?q=${encodeURIComponent('<img src=x onerror=alert(1)> hydrogen')}`);
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
  await expect(page.locator('#search-q')).toHaveValue('<img src=x onerror=alert(1)> hydrogen');
  await page.goto(`${siteUrl()}/en/search?q=${'hydrogen '.repeat(40)}`);
  await expect(page.locator('main')).toContainText('only its first 100 characters were used');
  // Percent-encoding that is not UTF-8 is refused by the server before the page: a 400, not a 500.
  expect((await request.get(`${siteUrl()}/zh/search?q=%E0%A4%A`)).status()).toBe(400);
  for (const query of ['%25', '%00', '%22%27%3C', 'a&q=b', '&page=abc', '&page=99999', '(', '*', '\\', '🙂', '氢'.repeat(500)]) {
    const response = await request.get(`${siteUrl()}/zh/search?q=${query}`);
    expect(response.status(), query).toBe(200);
  }
});

test('search pages are never cached and stay out of search engines', async ({ request }) => {
  const url = `${siteUrl()}/en/search?q=hydrogen`;
  await request.get(url);
  const second = await request.get(url);
  expect(second.headers()['x-astro-cache']).not.toBe('HIT');
  const robots = await (await request.get(`${siteUrl()}/robots.txt`)).text();
  expect(robots).toContain('Disallow: /en/search');
});

test('a published news item is found at once in both languages; a draft never, and unpublishing removes it', async ({ request }) => {
  const tag = newTag('searchable-');
  const word = `zq${tag.replace(/[^a-z0-9]/g, '')}`;
  const authorization = await signIn(request);
  const created = await request.post(`${cmsUrl()}/api/news`, {
    headers: { authorization },
    params: { draft: 'true', locale: 'zh' },
    data: { title: `检索测试 ${word}`, summary: '检索测试的摘要', slug: tag, publishedAt: new Date().toISOString(), _status: 'draft' },
  });
  expect(created.status()).toBe(201);
  const id = ((await created.json()) as { doc: { id: number } }).doc.id;
  const results = async (lang: 'zh' | 'en') =>
    (await (await request.get(`${siteUrl()}/${lang}/search?q=${word}`)).text()).includes(`/${lang}/news/${tag}`);
  expect(await results('zh')).toBe(false);

  const publish = (locale: 'zh' | 'en', data: Record<string, unknown>) =>
    request.patch(`${cmsUrl()}/api/news/${id}`, {
      headers: { authorization },
      params: { locale },
      data: { ...data, _status: 'published' },
    });
  expect((await publish('zh', {})).status()).toBe(200);
  expect(await results('zh')).toBe(true);
  expect((await publish('en', { title: `Search test ${word}`, summary: 'Search test summary' })).status()).toBe(200);
  expect(await results('en')).toBe(true);
  const page = await (await request.get(`${siteUrl()}/en/search?q=${word}`)).text();
  expect(page).toContain(`<mark>${word}</mark>`);

  expect(
    (
      await request.patch(`${cmsUrl()}/api/news/${id}`, {
        headers: { authorization },
        params: { locale: 'zh' },
        data: { _status: 'draft' },
      })
    ).status(),
  ).toBe(200);
  expect(await results('zh')).toBe(false);
  expect(await results('en')).toBe(false);
});
