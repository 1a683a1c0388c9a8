import type { ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { freePort, stop } from '../../scripts/lib/processes.ts';
import { fillInquiryForm, startUsingInquiryForm } from '../helpers/e2e.ts';
import { startSiteProcess } from '../helpers/siteProcess.ts';

// A site whose CMS is down: the CMS port is free, so every call to it is refused.
let site: ChildProcess;
let siteUrl: string;
test.beforeAll(async () => {
  const deadCmsPort = await freePort();
  ({ url: siteUrl, process: site } = await startSiteProcess({
    CMS_URL: `http://127.0.0.1:${deadCmsPort}`,
    SITE_API_KEY: 'k'.repeat(48),
    REVALIDATE_SECRET: 'r'.repeat(48),
  }));
});
test.afterAll(async () => stop(site));

for (const lang of ['zh', 'en'] as const) {
  test(`with the CMS down, a page in ${lang} says the service is unavailable in both languages, without a stack trace`, async ({
    page,
  }) => {
    const response = await page.goto(`${siteUrl}/${lang}/news`);
    expect(response?.status()).toBe(500);
    await expect(page.locator('h1')).toHaveText(lang === 'zh' ? '服务暂时不可用' : 'Service temporarily unavailable');
    await expect(page.locator('main')).toContainText(lang === 'zh' ? 'Service temporarily unavailable' : '服务暂时不可用');
    expect(await page.content()).not.toMatch(/CmsUnavailableError|at \S+ \(/);
  });

  test(`with the CMS down, the ${lang} contact and privacy pages still answer, and are not cached`, async ({ request }) => {
    for (const path of ['/contact', '/privacy']) {
      for (let i = 0; i < 2; i += 1) {
        const response = await request.get(`${siteUrl}/${lang}${path}`);
        expect(response.status(), path).toBe(200);
        // A page rendered without the CMS must not outlive the outage in the route cache.
        expect(response.headers()['x-astro-cache'], path).not.toBe('HIT');
        // The notice's list of collected data comes from the form's fields, so it is there without the CMS too.
        if (path === '/privacy') expect(await response.text()).toContain('data-field="jobTitle"');
      }
    }
  });

  for (const javaScript of [true, false]) {
    test(`with the CMS down, an inquiry in ${lang} with JavaScript ${javaScript ? 'on' : 'off'} is not acknowledged and what was typed is kept`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: javaScript });
      const page = await context.newPage();
      await page.goto(`${siteUrl}/${lang}/contact`);
      if (javaScript) await startUsingInquiryForm(page);
      // Without the CMS the form knows no industries, only "other".
      await fillInquiryForm(page, lang, {
        name: 'Outage Tester',
        company: 'Kept Company Ltd',
        email: 'outage@example.com',
        message: 'Is anyone there?',
        industry: 'other',
      });
      await page.getByRole('button', { name: lang === 'zh' ? '提交咨询' : 'Send inquiry' }).click();
      await expect(page.getByRole('alert')).toContainText(lang === 'zh' ? '您的信息没有发出' : 'nothing was sent');
      await expect(page.getByTestId('inquiry-reference')).toHaveCount(0);
      await expect(page.locator('#company')).toHaveValue('Kept Company Ltd');
      await expect(page.locator('#message')).toHaveValue('Is anyone there?');
      await expect(page.locator('#industry')).toHaveValue('other');
      await context.close();
    });
  }
}
