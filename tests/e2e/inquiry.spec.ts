import { expect, test, type Page } from '@playwright/test';
import { cmsUrl, countInquiries, findInquiry, siteUrl } from '../helpers/e2e.ts';

async function openForm(page: Page, lang: 'zh' | 'en', javaScript: boolean) {
  await page.goto(`${siteUrl()}/${lang}/contact`);
  // With JavaScript, wait until React has hydrated the island (Astro drops its `ssr` attribute).
  if (javaScript) await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
}

for (const lang of ['zh', 'en'] as const) {
  for (const javaScript of [true, false]) {
    test(`an inquiry sent in ${lang} with JavaScript ${javaScript ? 'on' : 'off'} becomes a lead the admin reads`, async ({ browser, request }) => {
      const context = await browser.newContext({ javaScriptEnabled: javaScript });
      const page = await context.newPage();
      const company = `E2E ${lang} ${javaScript ? 'js' : 'nojs'} ${Date.now()}`;
      await openForm(page, lang, javaScript);
      await page.locator('#name').fill(lang === 'zh' ? '张伟' : 'Jane Doe');
      await page.locator('#company').fill(company);
      await page.locator('#email').fill('prospect@example.com');
      await page.locator('#country').fill(lang === 'zh' ? '新加坡' : 'Singapore');
      await page.locator('#message').fill(lang === 'zh' ? '我们计划在湘潭建设电机工厂。' : 'We plan a motor plant in Xiangtan.');
      await page.locator('#consent').check();
      await page.getByRole('button', { name: lang === 'zh' ? '提交咨询' : 'Send inquiry' }).click();

      const reference = page.getByTestId('inquiry-reference');
      await expect(reference).toHaveText(/^XT-\d{4}-[0-9A-Z]{6}$/);
      await expect(page.getByTestId('inquiry-success')).toContainText(lang === 'zh' ? '咨询已收到' : 'Inquiry received');

      const leads = await findInquiry(request, (await reference.textContent())!);
      expect(leads).toHaveLength(1);
      expect(leads[0]).toMatchObject({ company, email: 'prospect@example.com', locale: lang, status: 'new', consent: true });
      await context.close();
    });
  }

  test(`a bad form in ${lang} shows errors beside each field in ${lang}, keeps what was typed and stores nothing`, async ({ browser, request }) => {
    const before = await countInquiries(request);
    for (const javaScript of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled: javaScript });
      const page = await context.newPage();
      await openForm(page, lang, javaScript);
      await page.locator('#name').fill('Kept Name');
      await page.locator('#email').fill('not-an-email');
      await page.getByRole('button', { name: lang === 'zh' ? '提交咨询' : 'Send inquiry' }).click();
      await expect(page.locator('#company-error')).toHaveText(lang === 'zh' ? '此项为必填项' : 'This field is required');
      await expect(page.locator('#email-error')).toHaveText(lang === 'zh' ? '请输入有效的电子邮箱地址' : 'Enter a valid email address');
      await expect(page.locator('#consent-error')).toHaveText(lang === 'zh' ? '请先同意隐私声明' : 'Please agree to the privacy notice first');
      await expect(page.locator('#company')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#name')).toHaveValue('Kept Name');
      await expect(page.locator('#name-error')).toHaveCount(0);
      // With JavaScript the first marked field takes the focus at once, without a round trip.
      if (javaScript) await expect(page.locator('#company')).toBeFocused();
      await context.close();
    }
    expect(await countInquiries(request)).toBe(before);
  });
}

test('a form posted from another origin is refused and stores nothing', async ({ request }) => {
  const before = await countInquiries(request);
  const response = await request.post(`${siteUrl()}/en/contact?_action=sendInquiry`, {
    headers: { origin: 'http://attacker.example' },
    form: { name: 'x', company: 'x', email: 'x@example.com', country: 'x', message: 'x', consent: 'on', locale: 'en' },
  });
  expect(response.status()).toBe(403);
  expect(await countInquiries(request)).toBe(before);
});

test('inquiries cannot be read or written around the form', async ({ request }) => {
  expect((await request.get(`${cmsUrl()}/api/inquiries`)).status()).toBe(403);
  expect((await request.post(`${cmsUrl()}/api/inquiries`, { data: { name: 'x' } })).status()).toBe(403);
});

test('an oversized form is refused with a bilingual page, not a crash, and stores nothing', async ({ request }) => {
  const before = await countInquiries(request);
  for (const [lang, text] of [['en', 'nothing was sent'], ['zh', '您的信息没有发出']] as const) {
    const response = await request.post(`${siteUrl()}/${lang}/contact?_action=sendInquiry`, {
      headers: { origin: siteUrl() },
      form: { name: 'x', company: 'x', email: 'x@example.com', country: 'x', message: 'x'.repeat(2_000_000), consent: 'on', locale: lang },
    });
    expect(response.status()).toBe(413);
    expect(await response.text()).toContain(text);
  }
  expect(await countInquiries(request)).toBe(before);
});
