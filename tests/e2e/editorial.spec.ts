import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import { cmsUrl, newStaff, newTag, openAdminList, signIn, siteUrl } from '../helpers/e2e.ts';

// Editors' work through the real admin UI in Chromium: write in both languages with an image,
// preview the draft on the site, publish, and the English publish rule; and the admin's language
// (scheduling: scheduling.spec.ts). Each test signs in an editor of its own (sessions live in the user record).

/** An English browser whose user chose English in the admin (the admin is Chinese otherwise). */
async function englishAdmin(browser: Browser, editor: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
  await context.addCookies([{ name: 'payload-lng', value: 'en', url: cmsUrl() }]);
  const page = await context.newPage();
  // Leaving a document with unsaved changes asks first ("leave without saving?"): leave.
  page.on('dialog', (dialog) => void dialog.accept());
  await signInAdmin(page, editor, 'Login');
  return page;
}

async function signInAdmin(page: Page, user: { email: string; password: string }, button: string) {
  await page.goto(`${cmsUrl()}/admin/login`);
  await page.locator('#field-email').fill(user.email);
  await page.locator('#field-password').fill(user.password);
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.waitForURL(/\/admin(?!\/login)/);
}

/** The latest draft of a news item in one language, read as the admin through the REST API. */
async function draftNews(request: APIRequestContext, slug: string, locale: 'zh' | 'en') {
  const response = await request.get(`${cmsUrl()}/api/news`, {
    headers: { authorization: await signIn(request) },
    params: { 'where[slug][equals]': slug, draft: 'true', locale, 'fallback-locale': 'none', depth: 0 },
  });
  return (
    (await response.json()) as {
      docs: { id: number; title?: string | null; summary?: string | null; _status?: string; cover?: number | null }[];
    }
  ).docs[0];
}

const pageText = async (request: APIRequestContext, path: string) => {
  const response = await request.get(`${siteUrl()}${path}`);
  return `${response.status()} ${await response.text()}`;
};

test('an editor writes news in both languages with an image, previews the draft in both languages, publishes it and sees it on the site', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const editor = await newStaff(request, 'editor', 'E2E Editor');
  const page = await englishAdmin(browser, editor);
  const tag = newTag('news-');

  // The image, with its alt text in Chinese and in English on the one upload form (both required).
  await page.goto(`${cmsUrl()}/admin/collections/media/create`);
  const png = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#2f6f4f' } })
    .png()
    .toBuffer();
  await page.locator('input[type="file"]').setInputFiles({ name: `${tag}.png`, mimeType: 'image/png', buffer: png });
  await page.locator('#field-altZh').fill('园区厂房外景');
  await page.locator('#field-altEn').fill('Factory buildings in the park');
  await page.locator('#action-save').click();
  await page.waitForURL(/\/collections\/media\/\d+/);

  // The news item in Chinese: autosave keeps the draft as the editor types.
  // With autosave the draft exists as soon as the editor starts: the create view moves to the
  // document's own URL (wait for it: typing before that move would be lost).
  await page.goto(`${cmsUrl()}/admin/collections/news/create?locale=zh`);
  await page.locator('#field-title').fill(`编辑部草稿 ${tag}`);
  await page.waitForURL(/\/collections\/news\/\d+/);
  await expect(page.locator('#field-title')).toHaveValue(`编辑部草稿 ${tag}`);
  // The slug suggested from the title is locked; the editor unlocks it to write their own.
  await page.locator('#field-slug-lock').click();
  await page.locator('#field-slug').fill(tag);
  await page.locator('#field-summary').fill('这是一条尚未发布的中文新闻摘要。');
  await page
    .getByRole('button', { name: /choose from existing/i })
    .first()
    .click();
  // Uploads are stored as WebP.
  await page
    .getByRole('dialog')
    .getByRole('button', { name: new RegExp(`${tag}\\.webp`) })
    .first()
    .click();
  await expect
    .poll(async () => (await draftNews(request, tag, 'zh'))?.summary, { timeout: 30_000 })
    .toBe('这是一条尚未发布的中文新闻摘要。');
  await expect.poll(async () => (await draftNews(request, tag, 'zh'))?.cover, { timeout: 30_000 }).toBeTruthy();
  const id = (await draftNews(request, tag, 'zh'))!.id;

  // The English version.
  await page.goto(`${cmsUrl()}/admin/collections/news/${id}?locale=en`);
  await page.locator('#field-title').fill(`Newsroom draft ${tag}`);
  await page.locator('#field-summary').fill('An English summary that is not published yet.');
  await expect
    .poll(async () => (await draftNews(request, tag, 'en'))?.summary, { timeout: 30_000 })
    .toBe('An English summary that is not published yet.');

  // Preview: the draft on the real site, in English, then in Chinese from the banner's link.
  await page.reload();
  const previewHref = await page.locator('#preview-button').getAttribute('href');
  expect(previewHref).toContain(`${siteUrl()}/en/preview?token=`);
  const preview = await page.context().newPage();
  const previewResponse = await preview.goto(previewHref!);
  expect(previewResponse?.status()).toBe(200);
  expect(previewResponse?.headers()['cache-control']).toBe('private, no-store');
  expect(previewResponse?.headers()['x-robots-tag']).toContain('noindex');
  await expect(preview.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(preview.locator('#preview-banner')).toContainText('Preview – draft, not published');
  await expect(preview.locator('#preview-banner')).toContainText('预览——草稿，尚未发布');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(`Newsroom draft ${tag}`);
  await expect(preview.locator('main img')).toHaveAttribute('alt', 'Factory buildings in the park');
  await preview.getByRole('link', { name: '查看中文预览' }).click();
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(`编辑部草稿 ${tag}`);
  await expect(preview.locator('main')).toContainText('这是一条尚未发布的中文新闻摘要。');
  await expect(preview.locator('main img')).toHaveAttribute('alt', '园区厂房外景');
  // The public pages do not know the draft; a forged link gets a 4xx page in both languages.
  for (const lang of ['zh', 'en']) expect((await request.get(`${siteUrl()}/${lang}/news/${tag}`)).status()).toBe(404);
  const forged = await request.get(
    `${siteUrl()}/en/preview?token=${encodeURIComponent(`${previewHref!.split('token=')[1]!.slice(0, -4)}AAAA`)}`,
  );
  expect(forged.status()).toBe(403);
  expect(await forged.text()).toMatch(/Preview link not valid[\s\S]*预览链接无效|预览链接无效[\s\S]*Preview link not valid/);
  await preview.close();

  // Publish (while editing English: both languages are complete).
  await page.locator('#action-save').click();
  await expect.poll(async () => (await draftNews(request, tag, 'en'))?._status, { timeout: 30_000 }).toBe('published');
  for (const [path, text] of [
    ['/zh/news', `编辑部草稿 ${tag}`],
    ['/en/news', `Newsroom draft ${tag}`],
    ['/zh/', `编辑部草稿 ${tag}`],
    ['/en/', `Newsroom draft ${tag}`],
    [`/en/news/${tag}`, 'An English summary that is not published yet.'],
  ]) {
    await expect.poll(() => pageText(request, path!), { timeout: 15_000 }).toContain(text!);
  }
  await page.context().close();
});

test('a document cannot be published in English while its English summary is empty; the error is shown at the field', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const editor = await newStaff(request, 'editor', 'E2E Editor');
  const tag = newTag('halfway-');
  const authorization = await signIn(request, editor);
  const created = await request.post(`${cmsUrl()}/api/news`, {
    headers: { authorization },
    params: { draft: 'true', locale: 'zh' },
    data: { title: `半译新闻 ${tag}`, summary: '中文摘要', slug: tag, publishedAt: new Date().toISOString(), _status: 'draft' },
  });
  const id = ((await created.json()) as { doc: { id: number } }).doc.id;

  const page = await englishAdmin(browser, editor);
  await page.goto(`${cmsUrl()}/admin/collections/news/${id}?locale=en`);
  await page.locator('#field-title').fill(`Half translated ${tag}`);
  await page.locator('#action-save').click();
  await expect(page.locator('.field-type.textarea').filter({ has: page.locator('#field-summary') })).toContainText(
    'Fill in the English summary before publishing in English',
  );
  // Payload's own "Copy to locale" (document menu) is there to start the English from the Chinese.
  await page.locator('.doc-controls__dots').click();
  await page.locator('#copy-locale-data__button').click();
  await expect(page.getByRole('dialog').filter({ hasText: 'Copy to locale' }).first()).toBeVisible();
  // The list says which language is missing, and the "missing English" link finds it.
  await openAdminList(page, `${cmsUrl()}/admin/collections/news`);
  await page.getByRole('link', { name: 'Show those missing English' }).click();
  // The list shows titles in the content language chosen; this draft has its title in Chinese only.
  await page.waitForURL(/where/);
  await page.goto(`${page.url()}&locale=zh`);
  const row = page.locator('tr').filter({ hasText: tag });
  await expect(row.getByTestId('translation-status')).toHaveText(/Chinese ✓\s*English ✗/);
  expect((await draftNews(request, tag, 'zh'))?._status).toBe('draft');
  expect((await request.get(`${siteUrl()}/zh/news/${tag}`)).status()).toBe(404);
  await page.context().close();
});

test('the admin is Chinese for an English browser until the user chooses English in the account settings', async ({ browser, request }) => {
  const editor = await newStaff(request, 'editor', 'E2E Editor');
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await signInAdmin(page, editor, '登录');
  await expect(page.getByTestId('editor-guide-link')).toContainText('编辑指南');
  await page.getByTestId('editor-guide-link').getByRole('link').click();
  await expect(page.getByTestId('editor-guide')).toContainText('预约发布');
  // Its screenshots, the Chinese set, load from the CMS (staff only).
  const pictures = page.getByTestId('editor-guide').locator('img');
  await expect(pictures).toHaveCount(9);
  await expect(pictures.first()).toHaveAttribute('src', /\/api\/editor-guide\/images\/zh\/01-dashboard\.png$/);
  await pictures.last().scrollIntoViewIfNeeded();
  await expect.poll(() => pictures.last().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await page.goto(`${cmsUrl()}/admin/account`);
  await page.locator('#language-select').click();
  await page.getByRole('option', { name: 'English' }).click();
  await expect(page.locator('label[for="language-select"]')).toHaveText('Language');
  await page.goto(`${cmsUrl()}/admin`);
  await expect(page.getByTestId('editor-guide-link')).toContainText('Editor guide');
  // The same link (followed by its address: the dashboard re-renders after the language change).
  const guide = await page.getByTestId('editor-guide-link').getByRole('link').getAttribute('href');
  await page.goto(`${cmsUrl()}${guide}`);
  await expect(page.getByTestId('editor-guide')).toContainText('Schedule Publish');
  await context.close();
});
