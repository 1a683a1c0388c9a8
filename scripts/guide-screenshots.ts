/**
 * `npm run guide:screenshots`: the editor guide's screenshots (docs/images/editor-guide/<lang>/),
 * taken from the built admin in both admin languages, on a throw-away portal started the way the
 * e2e tests start theirs (fresh database, seeded content, free ports).
 *
 * Every step fails loudly when the admin no longer shows what the guide describes, so a stale
 * guide is noticed when the screenshots are regenerated. Chinese text needs a CJK font in the
 * browser (Debian: fonts-noto-cjk); without one the script stops rather than commit boxes.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, type Browser, type Page } from '@playwright/test';
import { buildIfMissing, prepareDatabase, privatePortalEnv, root, startPortal, type RunningPortal } from './lib/portal.ts';
import { freePort } from './lib/processes.ts';
import { guideShots, type GuideLanguage, type GuideShot } from './lib/guideShots.ts';

const admin = { email: 'guide-admin@portal.invalid', password: 'guide-admin-password-not-secret' };
const editor = { email: 'guide-editor@portal.invalid', password: 'guide-editor-password-not-secret', name: '李编辑 / Li (editor)' };
const outDir = path.join(root, 'docs', 'images', 'editor-guide');

function assertCjkFont() {
  let fonts = '';
  try {
    fonts = execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  } catch {
    // fc-list missing: no fontconfig, so no CJK font either.
  }
  if (!fonts.trim())
    throw new Error('No Chinese font is installed (Debian: apt-get install fonts-noto-cjk); the Chinese screenshots would show boxes.');
}

async function signInApi(cmsUrl: string, user: { email: string; password: string }) {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(user),
  });
  if (!response.ok) throw new Error(`login as ${user.email} failed: ${response.status}`);
  return `JWT ${((await response.json()) as { token: string }).token}`;
}

async function createEditor(cmsUrl: string) {
  const response = await fetch(`${cmsUrl}/api/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: await signInApi(cmsUrl, admin) },
    body: JSON.stringify({ ...editor, role: 'editor' }),
  });
  if (response.status !== 201) throw new Error(`creating the editor failed: ${response.status} ${await response.text()}`);
}

async function signedInPage(browser: Browser, portal: RunningPortal, lang: GuideLanguage, user: { email: string; password: string }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: lang === 'zh' ? 'zh-CN' : 'en-GB' });
  await context.addCookies([{ name: 'payload-lng', value: lang, url: portal.cmsUrl }]);
  const page = await context.newPage();
  await page.goto(`${portal.cmsUrl}/admin/login`);
  await page.locator('#field-email').fill(user.email);
  await page.locator('#field-password').fill(user.password);
  await page.getByRole('button', { name: lang === 'zh' ? '登录' : 'Login', exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

async function take(page: Page, lang: GuideLanguage, shot: GuideShot, context: Parameters<GuideShot['run']>[1]) {
  try {
    await shot.run(page, context);
  } catch (error) {
    throw new Error(`screenshot "${shot.name}" (${lang}): ${(error as Error).message}`, { cause: error });
  }
  // Animations and the toast fade settle before the picture.
  await page.waitForTimeout(400);
  const file = path.join(outDir, lang, `${shot.name}.png`);
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  console.log(`  ${path.relative(root, file)}`);
}

async function main() {
  assertCjkFont();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-guide-'));
  const env = privatePortalEnv(dir, admin);
  await buildIfMissing(env);
  await prepareDatabase(env);
  const portal = await startPortal({
    port: await freePort(),
    cmsPort: await freePort(),
    host: '127.0.0.1',
    cmsHost: '127.0.0.1',
    env,
    inheritOutput: false,
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--hide-scrollbars'],
  });
  try {
    await createEditor(portal.cmsUrl);
    for (const lang of ['zh', 'en'] as const) {
      console.log(`Screenshots (${lang}):`);
      fs.rmSync(path.join(outDir, lang), { recursive: true, force: true });
      fs.mkdirSync(path.join(outDir, lang), { recursive: true });
      const pages = { editor: await signedInPage(browser, portal, lang, editor), admin: await signedInPage(browser, portal, lang, admin) };
      for (const shot of guideShots) {
        await take(pages[shot.as], lang, shot, { lang, cmsUrl: portal.cmsUrl, siteUrl: portal.siteUrl });
      }
      await Promise.all(Object.values(pages).map((page) => page.context().close()));
    }
  } finally {
    await browser.close();
    await portal.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
