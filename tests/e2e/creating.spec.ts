import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { asAdmin, cmsUrl, newStaff, newTag, signIn } from '../helpers/e2e.ts';

// Creating a document through the real admin in Chromium: "Create new" leaves nothing behind
// when the editor goes without writing, and the slug is suggested from the title (English, or
// pinyin of the Chinese one), stays editable, and is never replaced once the editor wrote it.

/** An admin page for a new editor, in the admin language they chose. */
async function adminAs(browser: Browser, request: APIRequestContext, lng: 'zh' | 'en'): Promise<Page & { editorId: number }> {
  const editor = await newStaff(request, 'editor', `E2E creating ${lng}`);
  const context = await browser.newContext({ locale: lng === 'en' ? 'en-US' : 'zh-CN', timezoneId: 'Asia/Shanghai' });
  await context.addCookies([{ name: 'payload-lng', value: lng, url: cmsUrl() }]);
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${cmsUrl()}/admin/login`);
  await page.locator('#field-email').fill(editor.email);
  await page.locator('#field-password').fill(editor.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/admin(?!\/login)/);
  return Object.assign(page, { editorId: editor.id });
}

/** A news document as the admin reads it through REST (the latest draft), or null when there is none. */
async function newsDraft(request: APIRequestContext, id: number, locale: 'zh' | 'en' = 'zh') {
  const read = async () =>
    asAdmin(request, (authorization) =>
      request.get(`${cmsUrl()}/api/news/${id}`, {
        headers: { authorization },
        params: { draft: 'true', locale, 'fallback-locale': 'none', depth: 0 },
      }),
    );
  // The CMS may close a kept-alive connection just as this request reuses it: a read is sent again.
  const response = await read().catch((error: Error) => {
    if (!/ECONNRESET/.test(error.message)) throw error;
    return read();
  });
  if (response.status() === 404) return null;
  expect(response.status()).toBe(200);
  return (await response.json()) as { id: number; title?: string | null; slug?: string | null; _status?: 'draft' | 'published' | null };
}

/** How many news documents (drafts too) this editor last changed: other tests' documents do not count. */
async function newsBy(request: APIRequestContext, editorId: number): Promise<number> {
  const response = await request.get(`${cmsUrl()}/api/news`, {
    headers: { authorization: await signIn(request) },
    params: { draft: 'true', limit: 0, depth: 0, 'where[updatedBy][equals]': editorId },
  });
  return ((await response.json()) as { totalDocs: number }).totalDocs;
}

/** Opens "Create new" and waits for the move to the draft's own address; returns its id. */
async function openCreate(page: Page, locale: 'zh' | 'en'): Promise<number> {
  await page.goto(`${cmsUrl()}/admin/collections/news/create?locale=${locale}`);
  await page.waitForURL(/\/collections\/news\/\d+/);
  await expect(page.locator('#field-title')).toBeEditable();
  return Number(/\/collections\/news\/(\d+)/.exec(page.url())![1]);
}

/** Leaves the document through the admin's own navigation: the header's link back to the news list. */
async function leaveThroughNav(page: Page) {
  await page.locator('header nav a[href$="/admin/collections/news"]').click();
  await page.waitForURL(/\/admin\/collections\/news(\?|$)/);
}

test('opening "Create new" and leaving without typing leaves no document; typing keeps it', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const page = await adminAs(browser, request, 'zh');

  const untouched = await openCreate(page, 'zh');
  // Payload saved the empty draft at once…
  expect(await newsDraft(request, untouched)).not.toBeNull();
  expect(await newsBy(request, page.editorId)).toBe(1);
  await leaveThroughNav(page);
  // …and it is gone once the editor has left.
  await expect.poll(() => newsDraft(request, untouched), { timeout: 10_000 }).toBeNull();
  await expect.poll(() => newsBy(request, page.editorId), { timeout: 10_000 }).toBe(0);

  // Reloading the empty new document is not leaving it.
  const reloaded = await openCreate(page, 'zh');
  await page.reload();
  await expect(page.locator('#field-title')).toBeEditable();
  await page.waitForTimeout(1_000);
  expect(await newsDraft(request, reloaded)).not.toBeNull();
  await leaveThroughNav(page);
  await expect.poll(() => newsDraft(request, reloaded), { timeout: 10_000 }).toBeNull();

  // A document the editor wrote in stays, even when they leave at once.
  const tag = newTag('kept-');
  const written = await openCreate(page, 'zh');
  await page.locator('#field-title').fill(`留下的草稿 ${tag}`);
  await expect.poll(async () => (await newsDraft(request, written))?.title, { timeout: 15_000 }).toBe(`留下的草稿 ${tag}`);
  await leaveThroughNav(page);
  await page.waitForTimeout(2_000);
  expect((await newsDraft(request, written))?.title).toBe(`留下的草稿 ${tag}`);
  await expect.poll(() => newsBy(request, page.editorId)).toBe(1);
  await page.context().close();
});

test('the slug is suggested from the English title, and from pinyin while the title is only in Chinese', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const tag = newTag('s');

  const english = await adminAs(browser, request, 'en');
  const englishId = await openCreate(english, 'en');
  await english.locator('#field-title').fill(`Clean Energy Park Opens, ${tag}!`);
  await expect(english.locator('#field-slug')).toHaveValue(`clean-energy-park-opens-${tag}`, { timeout: 15_000 });
  expect((await newsDraft(request, englishId, 'en'))?.slug).toBe(`clean-energy-park-opens-${tag}`);
  // Locked while it follows the title; unlocking is offered, in the admin's language.
  await expect(english.locator('#field-slug')).not.toBeEditable();
  await expect(english.locator('#field-slug-lock')).toHaveText('Unlock');
  await english.context().close();

  const chinese = await adminAs(browser, request, 'zh');
  const chineseId = await openCreate(chinese, 'zh');
  await chinese.locator('#field-title').fill(`湘潭新能源产业园开工 ${tag}`);
  await expect(chinese.locator('#field-slug')).toHaveValue(`xiang-tan-xin-neng-yuan-chan-ye-yuan-kai-gong-${tag}`, { timeout: 15_000 });
  await expect(chinese.locator('#field-slug-lock')).toHaveText('解锁');
  // Adding the English title moves the suggestion to it (the document is not published yet).
  await chinese.goto(`${cmsUrl()}/admin/collections/news/${chineseId}?locale=en`);
  await chinese.locator('#field-title').fill(`Xiangtan Park Breaks Ground ${tag}`);
  await expect(chinese.locator('#field-slug')).toHaveValue(`xiangtan-park-breaks-ground-${tag}`, { timeout: 15_000 });
  await chinese.context().close();
});

test("the editor's own slug is never replaced, and an empty slug is refused on publishing as required", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const tag = newTag('own-');
  const page = await adminAs(browser, request, 'zh');
  const id = await openCreate(page, 'zh');
  await page.locator('#field-title').fill(`园区新闻 ${tag}`);
  await expect(page.locator('#field-slug')).toHaveValue(`yuan-qu-xin-wen-${tag}`, { timeout: 15_000 });

  await page.locator('#field-slug-lock').click();
  await page.locator('#field-slug').fill(`my-${tag}`);
  await expect.poll(async () => (await newsDraft(request, id))?.slug, { timeout: 15_000 }).toBe(`my-${tag}`);
  await page.locator('#field-title').fill(`园区新闻（修订） ${tag}`);
  await expect.poll(async () => (await newsDraft(request, id))?.title, { timeout: 15_000 }).toBe(`园区新闻（修订） ${tag}`);
  expect((await newsDraft(request, id))?.slug).toBe(`my-${tag}`);
  await expect(page.locator('#field-slug')).toHaveValue(`my-${tag}`);

  // Cleared, then published: the message says the slug is required, not that its characters are wrong.
  await page.locator('#field-slug').fill('');
  await expect.poll(async () => (await newsDraft(request, id))?.slug ?? '', { timeout: 15_000 }).toBe('');
  await page.locator('#field-summary').fill('摘要');
  const slugField = page.locator('.slug-field-component');
  // Published again when a click on a busy machine came while an autosave held the form.
  await expect(async () => {
    await page.locator('#action-save').click();
    await expect(slugField).toContainText('请填写网址标识 / The URL slug is required', { timeout: 5_000 });
  }).toPass({ timeout: 40_000 });
  expect((await newsDraft(request, id))?._status).toBe('draft');
  await expect(slugField).not.toContainText('lower-case');
  await page.context().close();
});
