import { expect, test } from '@playwright/test';
import { cmsUrl, inquiryFormFields, signIn, siteUrl } from '../helpers/e2e.ts';

test('an investment officer sees the lead dashboard above the inquiries list and exports the list as CSV', async ({ browser, request }) => {
  // One lead with a formula-looking company name.
  const sent = await request.post(`${siteUrl()}/en/contact?_action=sendInquiry`, {
    headers: { origin: siteUrl() },
    form: inquiryFormFields('en', { company: '=cmd|calc', country: 'Dashboardia' }),
  });
  expect(sent.status()).toBe(200);

  // An officer of its own, so that no other test's login of the same user can sign this one out.
  const officer = { email: `desk-${Date.now()}@portal.invalid`, password: 'desk-officer-password-for-tests' };
  const created = await request.post(`${cmsUrl()}/api/users`, {
    headers: { authorization: await signIn(request) },
    data: { ...officer, role: 'investment-officer', name: 'Desk Officer' },
  });
  expect(created.status()).toBe(201);
  const context = await browser.newContext({ locale: 'en-US' });
  // The admin is Chinese unless the user chose English (Payload's payload-lng cookie).
  await context.addCookies([{ name: 'payload-lng', value: 'en', url: cmsUrl() }]);
  const page = await context.newPage();
  await page.goto(`${cmsUrl()}/admin/login`);
  await page.locator('#field-email').fill(officer.email);
  await page.locator('#field-password').fill(officer.password);
  await page.getByRole('button', { name: 'Login', exact: true }).click();
  await page.waitForURL(/\/admin(?!\/login)/);
  await page.goto(`${cmsUrl()}/admin/collections/inquiries`);
  const dashboard = page.getByTestId('lead-dashboard');
  await expect(dashboard).toContainText('By stage');
  await expect(dashboard).toContainText('Dashboardia');
  await expect(dashboard).toContainText('Median time to first response');
  await expect(page.getByTestId('overdue-link')).toHaveAttribute('href', /firstResponseAt/);
  await context.close();

  const csv = await request.get(`${cmsUrl()}/api/inquiries/export.csv`, {
    headers: { authorization: await signIn(request) },
    params: { 'where[country][equals]': 'Dashboardia' },
  });
  expect(csv.headers()['content-type']).toContain('text/csv');
  const lines = (await csv.text()).trim().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`"'=cmd|calc"`);
});
