import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { freePort } from '../../scripts/lib/processes.ts';
import { cmsUrl, newStaff, newTag, signIn, siteUrl } from '../helpers/e2e.ts';

// Previewing a draft through the real admin in Chromium, from both addresses the admin is served
// under: `npm start` prints http://localhost:<port>, the servers are told http://127.0.0.1:<port>.
// Live preview must load and follow the editor's typing, "Preview" must open the draft on the
// site's public address, and the preview page's language links must keep the preview.

/** The admin at either loopback name, in one admin language (payload-lng), each walk in its own. */
const admins = [
  { name: '127.0.0.1', base: () => cmsUrl(), language: 'en' as const },
  { name: 'localhost', base: () => cmsUrl().replace('//127.0.0.1:', '//localhost:'), language: 'zh' as const },
];

/** The site's public address: SITE_PUBLIC_URL, which the e2e portal leaves to the site's own address. */
const sitePublicUrl = () => (process.env.SITE_PUBLIC_URL || siteUrl()).replace(/\/$/, '');

async function adminAt(browser: Browser, base: string, language: 'zh' | 'en', user: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
  await context.addCookies([{ name: 'payload-lng', value: language, url: base }]);
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${base}/admin/login`);
  await page.locator('#field-email').fill(user.email);
  await page.locator('#field-password').fill(user.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/admin(?!\/login)/);
  return page;
}

/** A news draft in both languages, written by `editor` through the REST API. */
async function newsDraft(request: APIRequestContext, editor: { email: string; password: string }, tag: string) {
  const authorization = await signIn(request, editor);
  const created = await request.post(`${cmsUrl()}/api/news`, {
    headers: { authorization },
    params: { draft: 'true', locale: 'zh' },
    data: { title: `预览草稿 ${tag}`, summary: '预览用的中文摘要。', slug: tag, publishedAt: new Date().toISOString(), _status: 'draft' },
  });
  expect(created.status()).toBe(201);
  const id = ((await created.json()) as { doc: { id: number } }).doc.id;
  const english = await request.patch(`${cmsUrl()}/api/news/${id}`, {
    headers: { authorization },
    params: { draft: 'true', locale: 'en' },
    data: { title: `Preview draft ${tag}`, summary: 'An English summary for the preview.', _status: 'draft' },
  });
  expect(english.status()).toBe(200);
  return id;
}

const liveFrame = (page: Page) => page.frameLocator('#live-preview-iframe');

/** Matches text that begins with `prefix`, taken literally (addresses have dots). */
const beginsWith = (prefix: string) => new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

for (const admin of admins) {
  test.describe(`the admin at ${admin.name} (${admin.language})`, () => {
    test('live preview shows the draft beside the editor and follows the typing', async ({ browser, request }) => {
      test.setTimeout(180_000);
      const editor = await newStaff(request, 'editor', 'E2E Editor');
      const tag = newTag('live-');
      const id = await newsDraft(request, editor, tag);
      const page = await adminAt(browser, admin.base(), admin.language, editor);
      const locale = admin.language;
      const titles = { zh: `预览草稿 ${tag}`, en: `Preview draft ${tag}` };

      await page.goto(`${admin.base()}/admin/collections/news/${id}?locale=${locale}`);
      await page.locator('#live-preview-toggler').click();
      const frame = page.locator('#live-preview-iframe');
      // The frame is the site's preview page on its public address, and the site lets this admin
      // origin frame it (frame-ancestors): a refused frame has no heading to find.
      expect(await frame.getAttribute('src')).toMatch(beginsWith(`${sitePublicUrl()}/${locale}/preview?token=`));
      await expect(liveFrame(page).getByRole('heading', { level: 1 })).toHaveText(titles[locale], { timeout: 30_000 });
      await expect(liveFrame(page).locator('#preview-banner')).toBeVisible();

      // Typing: autosave stores the draft, and the frame reloads to show it.
      const typed = locale === 'zh' ? `改过的标题 ${tag}` : `Retitled while typing ${tag}`;
      await page.locator('#field-title').fill(typed);
      await expect(liveFrame(page).getByRole('heading', { level: 1 })).toHaveText(typed, { timeout: 30_000 });
      const summary = locale === 'zh' ? '边打字边预览的摘要。' : 'A summary seen while typing.';
      await page.locator('#field-summary').fill(summary);
      await expect(liveFrame(page).locator('main')).toContainText(summary, { timeout: 30_000 });
      await page.context().close();
    });

    test("Preview opens the draft in a new tab on the site's public address, and both language links keep the preview", async ({
      browser,
      request,
    }) => {
      test.setTimeout(120_000);
      const editor = await newStaff(request, 'editor', 'E2E Editor');
      const tag = newTag('tab-');
      const id = await newsDraft(request, editor, tag);
      const page = await adminAt(browser, admin.base(), admin.language, editor);
      const locale = admin.language;
      const other = locale === 'zh' ? 'en' : 'zh';
      const titles = { zh: `预览草稿 ${tag}`, en: `Preview draft ${tag}` };

      await page.goto(`${admin.base()}/admin/collections/news/${id}?locale=${locale}`);
      const [tab] = await Promise.all([page.context().waitForEvent('page'), page.locator('#preview-button').click()]);
      await tab.waitForLoadState();
      expect(tab.url()).toMatch(beginsWith(`${sitePublicUrl()}/${locale}/preview?token=`));
      await expect(tab.getByRole('heading', { level: 1 })).toHaveText(titles[locale]);
      await expect(tab.locator('#preview-banner')).toBeVisible();

      // The header's language switch: the other language's preview of the same draft.
      const switchLink = tab.locator('header a.lang-switch');
      expect(await switchLink.getAttribute('href')).toMatch(new RegExp(`^/${other}/preview\\?token=[^?]+$`));
      await switchLink.click();
      await tab.waitForURL(new RegExp(`/${other}/preview\\?token=`));
      await expect(tab.getByRole('heading', { level: 1 })).toHaveText(titles[other]);
      await expect(tab.locator('#preview-banner')).toBeVisible();

      // The yellow bar's link goes back.
      await tab.locator('#preview-banner a').click();
      await tab.waitForURL(new RegExp(`/${locale}/preview\\?token=`));
      await expect(tab.getByRole('heading', { level: 1 })).toHaveText(titles[locale]);
      // And the header's switch again, from the page the bar led to.
      await tab.locator('header a.lang-switch').click();
      await expect(tab.getByRole('heading', { level: 1 })).toHaveText(titles[other]);
      await page.context().close();
    });
  });
}

test('the site lets every admin address frame its preview pages, and nothing else', async ({ request }) => {
  const response = await request.get(`${siteUrl()}/zh/preview?token=x`);
  const policy = response.headers()['content-security-policy'] ?? '';
  const ancestors = /frame-ancestors ([^;]+)/.exec(policy)?.[1]?.split(' ');
  const port = new URL(cmsUrl()).port;
  expect(ancestors).toEqual(expect.arrayContaining([`http://127.0.0.1:${port}`, `http://localhost:${port}`]));
  expect(ancestors).not.toContain(siteUrl());
  const page = await request.get(`${siteUrl()}/zh/`);
  expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('under npm start, Preview and Live Preview open on the site address it prints, from the admin address it prints', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const root = path.resolve(import.meta.dirname, '../..');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-preview-start-'));
  const [port, cmsPort] = [await freePort(), await freePort()];
  const admin = { email: 'start-admin@portal.invalid', password: 'start-admin-password-not-secret' };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    CMS_PORT: String(cmsPort),
    DATABASE_URL: `file:${dir}/portal.db`,
    MEDIA_DIR: `${dir}/media`,
    PORTAL_ENV_FILE: `${dir}/.env`,
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
  };
  for (const key of ['SITE_PUBLIC_URL', 'CMS_PUBLIC_URL', 'SITE_URL', 'CMS_URL', 'PAYLOAD_SECRET', 'REVALIDATE_SECRET', 'SITE_API_KEY'])
    delete env[key];
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.ts')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    await expect.poll(() => output, { timeout: 180_000, intervals: [500] }).toContain('The portal is running');
    // The addresses it prints.
    const site = `http://localhost:${port}`;
    const cms = `http://localhost:${cmsPort}`;
    expect(output).toContain(`${site}/`);
    expect(output).toContain(`${cms}/admin`);

    const login = await request.post(`${cms}/api/users/login`, { data: admin });
    expect(login.status()).toBe(200);
    const authorization = `JWT ${((await login.json()) as { token: string }).token}`;
    const news = await request.get(`${cms}/api/news`, { headers: { authorization }, params: { limit: 1, locale: 'zh', depth: 0 } });
    const item = ((await news.json()) as { docs: { id: number; title: string }[] }).docs[0]!;

    const page = await adminAt(browser, cms, 'zh', admin);
    await page.goto(`${cms}/admin/collections/news/${item.id}?locale=zh`);
    const href = await page.locator('#preview-button').getAttribute('href');
    expect(href).toMatch(beginsWith(`${site}/zh/preview?token=`));
    const [tab] = await Promise.all([page.context().waitForEvent('page'), page.locator('#preview-button').click()]);
    await expect(tab.getByRole('heading', { level: 1 })).toHaveText(item.title);
    await tab.close();
    await page.locator('#live-preview-toggler').click();
    expect(await page.locator('#live-preview-iframe').getAttribute('src')).toMatch(beginsWith(`${site}/zh/preview?token=`));
    await expect(liveFrame(page).getByRole('heading', { level: 1 })).toHaveText(item.title, { timeout: 30_000 });
    await page.context().close();
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
  fs.rmSync(dir, { recursive: true, force: true });
});
