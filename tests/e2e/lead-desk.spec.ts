import { expect, test, type Browser } from '@playwright/test';
import { asAdmin, cmsUrl, inquiryFormFields, newStaff, newTag, openAdminList, siteUrl } from '../helpers/e2e.ts';

async function signedInOfficer(browser: Browser, officer: { email: string; password: string }, lang: 'zh' | 'en') {
  const context = await browser.newContext({ locale: lang === 'en' ? 'en-US' : 'zh-CN', acceptDownloads: true });
  // The admin is Chinese unless the user chose English (Payload's payload-lng cookie).
  await context.addCookies([{ name: 'payload-lng', value: lang, url: cmsUrl() }]);
  const page = await context.newPage();
  await page.goto(`${cmsUrl()}/admin/login`);
  await page.locator('#field-email').fill(officer.email);
  await page.locator('#field-password').fill(officer.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/admin(?!\/login)/);
  return { context, page };
}

test('an investment officer sees the lead dashboard above the inquiries list, countries by name, and exports the list as CSV', async ({
  browser,
  request,
}) => {
  // One lead with a formula-looking company name and a phone number, from Antarctica (a
  // country no other test sends, so its row on the dashboard is this lead's).
  const email = `${newTag('desk-')}@example.com`;
  const sent = await request.post(`${siteUrl()}/en/contact?_action=sendInquiry`, {
    headers: { origin: siteUrl() },
    form: inquiryFormFields('en', { company: '=cmd|calc', country: 'AQ', email, phone: '+49 30 1234-5678' }),
  });
  expect(sent.status()).toBe(200);
  // An officer of its own, so that no other test's login of the same user can sign this one out.
  const officer = await newStaff(request, 'investment-officer', 'Desk Officer');

  for (const lang of ['en', 'zh'] as const) {
    const { context, page } = await signedInOfficer(browser, officer, lang);
    await openAdminList(page, `${cmsUrl()}/admin/collections/inquiries?where[email][equals]=${encodeURIComponent(email)}`);
    const dashboard = page.getByTestId('lead-dashboard');
    await expect(dashboard).toContainText(lang === 'en' ? 'By stage' : '按进度');
    await expect(dashboard).toContainText(lang === 'en' ? 'Median time to first response' : '首次答复中位时间');
    await expect(page.getByTestId('overdue-link')).toHaveAttribute('href', /firstResponseAt/);
    // Counted by code, shown by name in the admin's language.
    const countries = page.getByTestId('counts-country');
    await expect(countries).toContainText(lang === 'en' ? 'Antarctica' : '南极洲');
    await expect(countries.locator('td', { hasText: /^AQ$/ })).toHaveCount(0);

    // The export link downloads the filtered list in the admin's language, on China's clock.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: lang === 'en' ? 'Export this list (CSV)' : '导出当前筛选 (CSV)' }).click(),
    ]);
    const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(lang === 'en' ? '"Received (China time)"' : '"收到时间（北京时间）"');
    expect(lines[1]).toContain(lang === 'en' ? '"Antarctica"' : '"南极洲"');
    expect(lines[1]).toMatch(/"\d{4}-\d{2}-\d{2} \d{2}:\d{2}"/);
    expect(lines[1]).toContain(`"'=cmd|calc"`);
    expect(lines[1]).toContain('"+49 30 1234-5678"');

    // On the lead itself, the country is a name and the prospect's answers are read-only.
    await page.locator('table tbody tr a').first().click();
    await page.waitForURL(/\/admin\/collections\/inquiries\/\d+/);
    await expect(page.locator('#field-country')).toContainText(lang === 'en' ? 'Antarctica' : '南极洲');
    await expect(page.locator('#field-company')).toBeDisabled();
    await expect(page.locator('#field-email')).toBeDisabled();
    // The owner picker names people (users' display name), not addresses.
    await page.locator('#field-owner .rs__control').click();
    // Searched by name: the picker's first page holds only the first ten of every test's staff.
    await page.keyboard.type('Desk Officer');
    await expect(page.locator('.rs__option', { hasText: 'Desk Officer' }).first()).toBeVisible();
    await expect(page.locator('.rs__option', { hasText: officer.email })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await context.close();
  }

  const csv = await asAdmin(request, (authorization) =>
    request.get(`${cmsUrl()}/api/inquiries/export.csv`, { headers: { authorization }, params: { 'where[email][equals]': email } }),
  );
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
});
