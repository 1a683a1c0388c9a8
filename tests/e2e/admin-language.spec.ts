import { expect, test } from '@playwright/test';
import { cmsUrl } from '../helpers/e2e.ts';

// The admin is Chinese whatever the browser asks for (cms/src/proxy.ts); English once the user
// picks it (Payload's payload-lng cookie, set by the language choice in the account settings).
for (const [browserLocale, chosen, loginButton] of [
  ['zh-CN', undefined, '登录'],
  ['de-DE', undefined, '登录'],
  ['en-US', undefined, '登录'],
  ['zh-CN', 'en', 'Login'],
] as const) {
  test(`the admin interface greets a ${browserLocale} browser${chosen ? ` whose user chose ${chosen}` : ''} with "${loginButton}"`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: browserLocale });
    if (chosen) await context.addCookies([{ name: 'payload-lng', value: chosen, url: cmsUrl() }]);
    const page = await context.newPage();
    const response = await page.goto(`${cmsUrl()}/admin/login`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('button', { name: loginButton, exact: true })).toBeVisible();
    await context.close();
  });
}
