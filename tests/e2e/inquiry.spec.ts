import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import {
  cmsUrl,
  countTagged,
  fillInquiryForm,
  findInquiry,
  inquiryFormFields,
  newTag,
  signIn,
  siteUrl,
  startUsingInquiryForm,
} from '../helpers/e2e.ts';

async function openForm(page: Page, lang: 'zh' | 'en', javaScript: boolean, query = '') {
  await page.goto(`${siteUrl()}/${lang}/contact${query}`);
  // With JavaScript, start using the form and wait until it is hydrated.
  if (javaScript) await startUsingInquiryForm(page);
}

const submitLabel = (lang: 'zh' | 'en') => (lang === 'zh' ? '提交咨询' : 'Send inquiry');
const referenceIn = (html: string) => /data-testid="inquiry-reference"[^>]*>(XT-\d{4}-\d{6})</.exec(html)?.[1];

for (const lang of ['zh', 'en'] as const) {
  for (const javaScript of [true, false]) {
    test(`an inquiry sent in ${lang} with JavaScript ${javaScript ? 'on' : 'off'} becomes a lead the admin reads`, async ({
      browser,
      request,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: javaScript });
      const page = await context.newPage();
      const company = `E2E ${lang} ${javaScript ? 'js' : 'nojs'} ${Date.now()}`;
      await openForm(page, lang, javaScript);
      // The reply language follows the page until the prospect changes it.
      await expect(page.locator('#preferredLanguage')).toHaveValue(lang);
      await fillInquiryForm(page, lang, { company });
      await page.getByRole('button', { name: submitLabel(lang) }).click();

      const reference = page.getByTestId('inquiry-reference');
      await expect(reference).toHaveText(/^XT-\d{4}-\d{6}$/);
      await expect(page.getByTestId('inquiry-success')).toContainText(lang === 'zh' ? '咨询已收到' : 'Inquiry received');

      const leads = await findInquiry(request, (await reference.textContent())!);
      expect(leads).toHaveLength(1);
      expect(leads[0]).toMatchObject({
        company,
        email: 'prospect@example.com',
        jobTitle: lang === 'zh' ? '投资总监' : 'Head of expansion',
        phone: '+65 6000 0000',
        website: 'https://example.com',
        country: 'SG',
        industry: 'motors-electric-drive',
        inquiryType: 'land-or-factory',
        investmentBand: '10m-50m',
        locale: lang,
        preferredLanguage: lang,
        consent: true,
      });
      expect(['new', 'assigned']).toContain(leads[0].stage);
      await context.close();
    });

    test(`an inquiry in ${lang} with JavaScript ${javaScript ? 'on' : 'off'} needs only the required answers`, async ({
      browser,
      request,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: javaScript });
      const page = await context.newPage();
      const company = `E2E short ${lang} ${javaScript ? 'js' : 'nojs'} ${Date.now()}`;
      await openForm(page, lang, javaScript);
      // The optional questions stand apart, under their own legend, none of them required.
      const prepare = page.getByTestId('inquiry-prepare');
      await expect(prepare.locator('legend')).toHaveText(lang === 'zh' ? '帮助我们做好准备（选填）' : 'Help us prepare (optional)');
      await expect(prepare.locator('[required]')).toHaveCount(0);
      await expect(page.locator('form [required]')).toHaveCount(8);
      // Countries are named in the page's language; the form sends the code.
      await expect(page.locator('#country option[value="DE"]')).toHaveText(lang === 'zh' ? '德国' : 'Germany');
      await fillInquiryForm(page, lang, { company, country: 'DE', onlyRequired: true });
      await page.getByRole('button', { name: submitLabel(lang) }).click();
      const reference = page.getByTestId('inquiry-reference');
      await expect(reference).toHaveText(/^XT-\d{4}-\d{6}$/);
      const [lead] = await findInquiry(request, (await reference.textContent())!);
      expect(lead).toMatchObject({ company, country: 'DE', inquiryType: 'land-or-factory', preferredLanguage: lang, consent: true });
      for (const optional of [
        'jobTitle',
        'phone',
        'website',
        'companySize',
        'industry',
        'investmentBand',
        'jobsBand',
        'timeline',
        'contactChannel',
      ])
        expect(lead[optional] ?? null, optional).toBeNull();
      await context.close();
    });
  }

  test(`a bad form in ${lang} shows errors beside each field in ${lang}, keeps what was typed and stores nothing`, async ({
    browser,
    request,
  }) => {
    const tag = newTag('bad');
    for (const javaScript of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled: javaScript });
      const page = await context.newPage();
      await openForm(page, lang, javaScript);
      await page.locator('#name').fill(`Kept Name ${tag}`);
      await page.locator('#email').fill('not-an-email');
      await page.locator('#timeline').selectOption('exploring');
      await page.getByRole('button', { name: submitLabel(lang) }).click();
      await expect(page.locator('#company-error')).toHaveText(lang === 'zh' ? '此项为必填项' : 'This field is required');
      await expect(page.locator('#email-error')).toHaveText(lang === 'zh' ? '请输入有效的电子邮箱地址' : 'Enter a valid email address');
      await expect(page.locator('#country-error')).toHaveText(lang === 'zh' ? '此项为必填项' : 'This field is required');
      // Optional answers left empty are no error.
      await expect(page.locator('#industry-error')).toHaveCount(0);
      await expect(page.locator('#consent-error')).toHaveText(
        lang === 'zh' ? '请先同意隐私声明' : 'Please agree to the privacy notice first',
      );
      await expect(page.locator('#name')).toHaveValue(`Kept Name ${tag}`);
      await expect(page.locator('#timeline')).toHaveValue('exploring');
      await expect(page.locator('#name-error')).toHaveCount(0);
      // With JavaScript the first marked field takes the focus at once, without a round trip.
      if (javaScript) await expect(page.locator('#email')).toBeFocused();
      await context.close();
    }
    expect(await countTagged(request, tag)).toBe(0);
  });
}

test('the inquiry type and park are preset from the query string; unknown values are ignored', async ({ page, request }) => {
  const parks = (await (
    await request.get(`${cmsUrl()}/api/parks`, { params: { 'where[_status][equals]': 'published', limit: 1, depth: 0 } })
  ).json()) as { docs: { slug: string }[] };
  const slug = parks.docs[0].slug;
  await page.goto(`${siteUrl()}/en/contact?type=office-space&park=${slug}`);
  await expect(page.locator('#inquiryType')).toHaveValue('office-space');
  await expect(page.locator('#park')).toHaveValue(slug);
  await page.goto(`${siteUrl()}/zh/contact?type=casino&park=no-such-park`);
  await expect(page.locator('#inquiryType')).toHaveValue('');
  await expect(page.locator('#park')).toHaveValue('');
});

for (const lang of ['zh', 'en'] as const) {
  test(`the form's script loads only when someone starts using the form (${lang}), and what was typed before stays`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${siteUrl()}/${lang}/contact`);
    await page.waitForLoadState('networkidle');
    // Read, not used: no island script has been fetched and the island is not hydrated.
    expect(scripts.filter((p) => p.startsWith('/_astro/'))).toEqual([]);
    await expect(page.locator('astro-island')).toHaveAttribute('ssr');
    // Typing starts it; the text typed is still there once it is hydrated.
    await page.locator('#company').pressSequentially('Early Typist Ltd');
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    expect(scripts.some((p) => /InquiryForm/.test(p))).toBe(true);
    await expect(page.locator('#company')).toHaveValue('Early Typist Ltd');
    // Hydrated, the form checks fields in the browser: an empty e-mail is reported without a reload.
    await page.getByRole('button', { name: submitLabel(lang) }).click();
    await expect(page.locator('[aria-invalid="true"]').first()).toBeFocused();
    expect(page.url()).not.toContain('_action');
    await expect(page.locator('#company')).toHaveValue('Early Typist Ltd');
  });
}

test('an industry an editor publishes is offered by the form in both languages, and an inquiry naming it is stored', async ({
  page,
  request,
}) => {
  const authorization = await signIn(request);
  const slug = newTag('e2e-industry-');
  const names = { zh: `新产业 ${slug}`, en: `New industry ${slug}` };
  const created = await request.post(`${cmsUrl()}/api/industries`, {
    params: { locale: 'zh' },
    headers: { authorization },
    data: { name: names.zh, summary: '新产业简介', slug, _status: 'published' },
  });
  expect(created.status()).toBe(201);
  const { id } = ((await created.json()) as { doc: { id: number | string } }).doc;
  try {
    const english = await request.patch(`${cmsUrl()}/api/industries/${id}`, {
      params: { locale: 'en' },
      headers: { authorization },
      data: { name: names.en, summary: 'A new industry.', _status: 'published' },
    });
    expect(english.status()).toBe(200);
    for (const lang of ['zh', 'en'] as const) {
      await page.goto(`${siteUrl()}/${lang}/contact`);
      await expect(page.locator(`#industry option[value="${slug}"]`)).toHaveText(names[lang]);
    }

    const tag = newTag('industry');
    const sent = await request.post(`${siteUrl()}/en/contact?_action=sendInquiry`, {
      headers: { origin: siteUrl() },
      form: inquiryFormFields('en', { industry: slug, company: `Industry ${tag}` }),
    });
    const reference = referenceIn(await sent.text());
    expect(reference).toMatch(/^XT-\d{4}-\d{6}$/);
    expect(await findInquiry(request, reference!)).toMatchObject([{ industry: slug }]);

    // A slug that names no published industry is refused and stores nothing.
    const unknownTag = newTag('unknown-industry');
    const refused = await request.post(`${siteUrl()}/en/contact?_action=sendInquiry`, {
      headers: { origin: siteUrl() },
      form: inquiryFormFields('en', { industry: 'no-such-industry', company: unknownTag }),
    });
    expect(refused.status()).toBe(400);
    expect(await countTagged(request, unknownTag)).toBe(0);
  } finally {
    await request.delete(`${cmsUrl()}/api/industries/${id}`, { headers: { authorization } });
  }
});

test('the contact page is never served from the route cache and each rendering has its own idempotency key', async ({ request }) => {
  const keys = new Set<string>();
  for (let i = 0; i < 3; i += 1) {
    const response = await request.get(`${siteUrl()}/en/contact`);
    expect(response.headers()['x-astro-cache']).not.toBe('HIT');
    keys.add(/name="idempotencyKey" value="([^"]+)"/.exec(await response.text())![1]);
  }
  expect(keys.size).toBe(3);
});

test('the same form sent twice (double click, retry) is one inquiry with one reference', async ({ request }) => {
  const tag = newTag('twice');
  const form = inquiryFormFields('en', { idempotencyKey: randomUUID(), company: `Twice ${tag}` });
  const post = () => request.post(`${siteUrl()}/en/contact?_action=sendInquiry`, { headers: { origin: siteUrl() }, form });
  const [a, b] = await Promise.all([post(), post()]);
  const c = await post();
  const references = await Promise.all([a, b, c].map(async (r) => referenceIn(await r.text())));
  expect(references[0]).toMatch(/^XT-\d{4}-\d{6}$/);
  expect(new Set(references).size).toBe(1);
  expect(await countTagged(request, tag)).toBe(1);
});

test('a filled-in honeypot is refused and stores nothing', async ({ request }) => {
  const tag = newTag('honeypot');
  const response = await request.post(`${siteUrl()}/en/contact?_action=sendInquiry`, {
    headers: { origin: siteUrl() },
    form: inquiryFormFields('en', { fax: 'http://spam.example', company: tag }),
  });
  expect(response.status()).toBe(400);
  expect(await countTagged(request, tag)).toBe(0);
});

test('a form posted from another origin is refused and stores nothing', async ({ request }) => {
  const tag = newTag('origin');
  const response = await request.post(`${siteUrl()}/en/contact?_action=sendInquiry`, {
    headers: { origin: 'http://attacker.example' },
    form: inquiryFormFields('en', { company: tag }),
  });
  expect(response.status()).toBe(403);
  expect(await countTagged(request, tag)).toBe(0);
});

test('inquiries cannot be read or written around the form', async ({ request }) => {
  expect((await request.get(`${cmsUrl()}/api/inquiries`)).status()).toBe(403);
  expect((await request.post(`${cmsUrl()}/api/inquiries`, { data: { name: 'x' } })).status()).toBe(403);
  expect((await request.post(`${cmsUrl()}/api/inquiries/submit`, { data: { name: 'x' } })).status()).toBe(403);
  expect((await request.post(`${cmsUrl()}/api/inquiries/track`, { data: { reference: 'XT-2026-000001', email: 'a@b.c' } })).status()).toBe(
    403,
  );
});

test('an oversized form is refused with a bilingual page, not a crash, and stores nothing', async ({ request }) => {
  const tag = newTag('oversized');
  for (const [lang, text] of [
    ['en', 'nothing was sent'],
    ['zh', '您的信息没有发出'],
  ] as const) {
    const response = await request.post(`${siteUrl()}/${lang}/contact?_action=sendInquiry`, {
      headers: { origin: siteUrl() },
      form: inquiryFormFields(lang, { message: 'x'.repeat(2_000_000), company: tag }),
    });
    expect(response.status()).toBe(413);
    expect(await response.text()).toContain(text);
  }
  expect(await countTagged(request, tag)).toBe(0);
});
