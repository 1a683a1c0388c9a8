import { expect, test } from '@playwright/test';
import { chinaDate } from '#common/chinaTime.ts';
import { asAdmin, cmsUrl, findInquiry, inquiryFormFields, newStaff, newTag, openAdminList, siteUrl } from '../helpers/e2e.ts';

// The lead desk's follow-up in the real admin, as an officer in China works it: the next action
// day set on the lead, on its timeline, and the lead in "due today" and "my leads" above the list.
// The reminder email the hourly round sends on that day is covered, on a controlled clock and a
// real SMTP server, by tests/integration/leadFollowUp.test.ts.
test('an officer sets a lead’s next action day and finds the lead in “due today” and “my leads”, in both admin languages', async ({
  browser,
  request,
}) => {
  // Two admin languages, each through several full list loads.
  test.setTimeout(180_000);
  const email = `${newTag('followup-')}@example.com`;
  const sent = await request.post(`${siteUrl()}/en/contact?_action=sendInquiry`, {
    headers: { origin: siteUrl() },
    form: inquiryFormFields('en', { email }),
  });
  expect(sent.status()).toBe(200);
  const officer = await newStaff(request, 'investment-officer', 'Follow-up Officer');
  // The form's action stores the lead before it answers.
  const found = await asAdmin(request, (authorization) =>
    request.get(`${cmsUrl()}/api/inquiries`, { params: { 'where[email][equals]': email, depth: 0 }, headers: { authorization } }),
  );
  const reference = ((await found.json()) as { docs: { reference: string }[] }).docs[0]!.reference;
  const [lead] = await findInquiry(request, reference);
  // The lead handed to this officer by the admin.
  const handed = await asAdmin(request, (authorization) =>
    request.patch(`${cmsUrl()}/api/inquiries/${lead!.id}`, { headers: { authorization }, data: { owner: officer.id } }),
  );
  expect(handed.status()).toBe(200);
  const today = chinaDate(new Date());

  for (const lang of ['en', 'zh'] as const) {
    const context = await browser.newContext({ locale: lang === 'en' ? 'en-US' : 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await context.addCookies([{ name: 'payload-lng', value: lang, url: cmsUrl() }]);
    const page = await context.newPage();
    await page.goto(`${cmsUrl()}/admin/login`);
    await page.locator('#field-email').fill(officer.email);
    await page.locator('#field-password').fill(officer.password);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/\/admin(?!\/login)/);

    if (lang === 'en') {
      await page.goto(`${cmsUrl()}/admin/collections/inquiries/${lead!.id}`);
      const input = page.locator('#field-nextActionOn input');
      await input.click();
      await input.fill(today);
      await input.press('Enter');
      await page.locator('#action-save').click();
      await expect(page.locator('.payload-toast-container')).toContainText(/updated successfully/i);
      await page.reload();
      await expect(page.locator('#field-nextActionOn input')).toHaveValue(today);
      await expect(page.locator('body')).toContainText(`Next action: none → ${today}`);
      await page.screenshot({ path: `/tmp/followup-lead-${lang}.png`, fullPage: true });
    }

    await openAdminList(page, `${cmsUrl()}/admin/collections/inquiries`);
    const lists = page.getByTestId('follow-up-lists');
    for (const label of lang === 'en'
      ? ['My leads', 'Due today', 'Follow-up overdue', 'No reply after 14 days']
      : ['我的咨询', '今日跟进', '跟进逾期', '答复后 14 天未回复'])
      await expect(lists).toContainText(label);
    await page.getByTestId('due-today-link').click();
    await expect(page).toHaveURL(/nextActionOn/, { timeout: 30_000 });
    await expect(page.locator('tbody tr', { hasText: reference })).toHaveCount(1);
    await page.screenshot({ path: `/tmp/followup-due-today-${lang}.png`, fullPage: true });
    await openAdminList(page, `${cmsUrl()}/admin/collections/inquiries`);
    await page.getByTestId('my-leads-link').click();
    await expect(page).toHaveURL(/owner/, { timeout: 30_000 });
    await expect(page.locator('tbody tr', { hasText: reference })).toHaveCount(1);
    // This officer's only lead, counted on the link too.
    await expect(page.getByTestId('my-leads-link')).toHaveText(lang === 'en' ? 'My leads: 1' : '我的咨询: 1');
    // Not follow-up overdue on its day (the lists' rules: tests/integration/leadFollowUp.test.ts).
    await expect(page.getByTestId('follow-up-overdue-link')).toHaveText(lang === 'en' ? 'Follow-up overdue: 0' : '跟进逾期: 0');
    await context.close();
  }
});
