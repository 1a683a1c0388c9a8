import type { ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { stop } from '../../scripts/lib/processes.ts';
import { cmsUrl, countTagged, fillInquiryForm, inquiryFormFields, newTag, startUsingInquiryForm } from '../helpers/e2e.ts';
import { startSiteProcess } from '../helpers/siteProcess.ts';

// A second site on the same CMS with low limits: two inquiries and two lookups per client.
let site: ChildProcess;
let siteUrl: string;
test.beforeAll(async () => {
  ({ url: siteUrl, process: site } = await startSiteProcess({
    CMS_URL: cmsUrl(),
    SITE_API_KEY: process.env.E2E_SITE_API_KEY,
    INQUIRY_RATE_LIMIT: '2',
    TRACK_RATE_LIMIT: '2',
  }));
});
test.afterAll(async () => stop(site));

test.describe.configure({ mode: 'serial' });

test('past the limit an inquiry gets 429 with a message in the page language, and nothing is stored', async ({ request }) => {
  const tag = newTag('limited');
  const post = (lang: 'zh' | 'en', company = 'Poster GmbH') =>
    request.post(`${siteUrl}/${lang}/contact?_action=sendInquiry`, {
      headers: { origin: siteUrl },
      form: inquiryFormFields(lang, { company }),
    });
  expect((await post('en')).status()).toBe(200);
  expect((await post('en')).status()).toBe(200);
  for (const [lang, text] of [
    ['en', 'Too many submissions'],
    ['zh', '提交次数过多'],
  ] as const) {
    const refused = await post(lang, `Poster ${tag}`);
    expect(refused.status()).toBe(429);
    const html = await refused.text();
    expect(html).toContain(text);
    expect(html).toContain(`value="Poster ${tag}"`);
  }
  expect(await countTagged(request, tag)).toBe(0);
});

test('with JavaScript on, the limit is shown in the form and what was typed stays', async ({ page }) => {
  await page.goto(`${siteUrl}/en/contact`);
  await startUsingInquiryForm(page);
  await fillInquiryForm(page, 'en', { company: 'Limited Ltd' });
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  await expect(page.getByTestId('inquiry-alert')).toContainText('Too many submissions');
  await expect(page.locator('#company')).toHaveValue('Limited Ltd');
});

test('tracking lookups are limited too, with a 429 page in both languages', async ({ request }) => {
  const lookUp = (lang: 'zh' | 'en') =>
    request.post(`${siteUrl}/${lang}/track?_action=trackInquiry`, {
      headers: { origin: siteUrl },
      form: { reference: 'XT-2026-999999', email: 'guess@example.com' },
    });
  expect((await lookUp('en')).status()).toBe(200);
  expect((await lookUp('en')).status()).toBe(200);
  const en = await lookUp('en');
  expect(en.status()).toBe(429);
  expect(await en.text()).toContain('Too many lookups');
  const zh = await lookUp('zh');
  expect(zh.status()).toBe(429);
  expect(await zh.text()).toContain('查询次数过多');
});
