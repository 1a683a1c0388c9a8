import { expect, test, type Browser } from '@playwright/test';
import { asAdmin, cmsUrl, findInquiry, inquiryFormFields, newStaff, newTag, openAdminList, siteUrl } from '../helpers/e2e.ts';

type Staff = Awaited<ReturnType<typeof newStaff>>;

async function signedIn(browser: Browser, user: Staff, lang: 'zh' | 'en') {
  const context = await browser.newContext({ locale: lang === 'en' ? 'en-US' : 'zh-CN', timezoneId: 'Asia/Shanghai' });
  await context.addCookies([{ name: 'payload-lng', value: lang, url: cmsUrl() }]);
  const page = await context.newPage();
  await page.goto(`${cmsUrl()}/admin/login`);
  await page.locator('#field-email').fill(user.email);
  await page.locator('#field-password').fill(user.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/admin(?!\/login)/);
  return { context, page };
}

// The pipeline in the real admin, as an officer works it: a qualified inquiry becomes a project
// with the sidebar's button (once; the inquiry links it and its timeline says so), the project is
// signed and gets an obligation, and it shows in the year's ledger. The obligation's reminder and
// lateness are covered on a controlled clock by tests/integration/investmentProjects.test.ts.
test('an officer turns a qualified inquiry into a project, signs it and gives it an obligation; the ledger lists it', async ({
  browser,
  request,
}) => {
  // Two admin languages, a conversion, a signing and the ledger, on a machine shared with other specs.
  test.setTimeout(360_000);
  const tag = newTag('pipeline-');
  const company = `Company ${tag}`;
  const sent = await request.post(`${siteUrl()}/en/contact?_action=sendInquiry`, {
    headers: { origin: siteUrl() },
    form: inquiryFormFields('en', { email: `${tag}@example.com`, company }),
  });
  expect(sent.status()).toBe(200);
  const found = await asAdmin(request, (authorization) =>
    request.get(`${cmsUrl()}/api/inquiries`, { params: { 'where[company][equals]': company, depth: 0 }, headers: { authorization } }),
  );
  const reference = ((await found.json()) as { docs: { reference: string }[] }).docs[0]!.reference;
  const [lead] = await findInquiry(request, reference);
  const officer = await newStaff(request, 'investment-officer', 'Pipeline Officer');
  const handed = await asAdmin(request, (authorization) =>
    request.patch(`${cmsUrl()}/api/inquiries/${lead!.id}`, { headers: { authorization }, data: { owner: officer.id, stage: 'contacted' } }),
  );
  expect(handed.status()).toBe(200);

  const { context, page } = await signedIn(browser, officer, 'en');
  await page.goto(`${cmsUrl()}/admin/collections/inquiries/${lead!.id}`);
  const panel = page.getByTestId('turn-into-project');
  // Not yet qualified: the button waits.
  await expect(panel.getByRole('button', { name: 'Turn into a project' })).toBeDisabled();
  await page.locator('#field-stage .rs__control').click();
  await page.locator('.rs__option', { hasText: 'Qualified' }).click();
  await page.locator('#action-save').click();
  await expect(page.locator('.payload-toast-container')).toContainText(/updated successfully/i);
  await panel.getByRole('button', { name: 'Turn into a project' }).click();
  // The page reloads with the link to the project and the timeline's entry.
  await expect(page.getByTestId('project-link')).toHaveText(company, { timeout: 30_000 });
  await expect(page.locator('body')).toContainText(`Turned into the investment project ${company}`);
  await page.screenshot({ path: '/tmp/pipeline-inquiry-en.png', fullPage: true });
  await page.getByTestId('project-link').click();
  await page.waitForURL(/\/collections\/investment-projects\/\d+/);
  const projectId = /investment-projects\/(\d+)/.exec(page.url())![1];

  // Signed on 2026-11-20 for ¥150 million, with the construction start due on 2027-03-01.
  await expect(page.locator('#field-name')).toHaveValue(company);
  await page.locator('#field-stage .rs__control').click();
  await page.locator('.rs__option', { hasText: 'Signed' }).click();
  const signedOn = page.locator('#field-signedOn input');
  await signedOn.click();
  await signedOn.fill('2026-11-20');
  await signedOn.press('Enter');
  await page.locator('#field-plannedInvestmentCny').fill('150000000');
  await page.locator('#field-contractAmountCny').fill('120000000');
  // On a busy machine the form may not take the first click yet: add the row until it is there.
  await expect(async () => {
    if ((await page.locator('#field-obligations__0__kind').count()) === 0)
      await page.getByRole('button', { name: 'Add Obligation' }).click();
    await expect(page.locator('#field-obligations__0__kind .rs__control')).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  await page.locator('#field-obligations__0__kind .rs__control').click();
  await page.locator('.rs__option', { hasText: 'Construction start' }).click();
  await page.locator('#field-obligations__0__description').fill('Break ground');
  const dueOn = page.locator('#field-obligations__0__dueOn input');
  await dueOn.click();
  await dueOn.fill('2027-03-01');
  await dueOn.press('Enter');
  await page.locator('#action-save').click();
  await expect(page.locator('.payload-toast-container')).toContainText(/updated successfully/i);
  await page.reload();
  await expect(page.locator('#field-signedOn input')).toHaveValue('2026-11-20');
  await expect(page.locator('#field-band')).toContainText('¥100 million or more');
  await page.screenshot({ path: '/tmp/pipeline-project-en.png', fullPage: true });

  const stored = await asAdmin(request, (authorization) =>
    request.get(`${cmsUrl()}/api/investment-projects/${projectId}`, { params: { depth: 0 }, headers: { authorization } }),
  );
  const project = (await stored.json()) as Record<string, unknown> & { obligations: Record<string, unknown>[] };
  expect(project).toMatchObject({
    stage: 'signed',
    source: 'inquiry',
    sourceDetail: reference,
    inquiry: lead!.id,
    officer: officer.id,
    signedOn: '2026-11-20T04:00:00.000Z',
    contractAmountCny: 120_000_000,
    band: 'major',
  });
  expect(project.obligations).toEqual([
    expect.objectContaining({ kind: 'constructionStart', description: 'Break ground', dueOn: '2027-03-01T04:00:00.000Z', status: 'open' }),
  ]);

  // The year's ledger lists it, and offers the CSV.
  await openAdminList(page, `${cmsUrl()}/admin/collections/investment-projects`);
  await expect(page.getByTestId('my-projects-link')).toHaveText('My projects: 1');
  await page.getByTestId('ledger-link').click();
  await page.waitForURL(/\/admin\/ledger/);
  await page.goto(`${cmsUrl()}/admin/ledger?year=2026`);
  const ledger = page.getByTestId('ledger');
  await expect(ledger.locator('h1')).toHaveText('Ledger of projects introduced in 2026');
  await expect(ledger.locator('tbody tr', { hasText: company })).toContainText('Construction start 2027-03-01 Open');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('ledger-controls')).toBeHidden();
  await page.screenshot({ path: '/tmp/pipeline-ledger-print-en.png', fullPage: true });
  await context.close();

  // The same project in the Chinese admin.
  const zh = await signedIn(browser, officer, 'zh');
  await zh.page.goto(`${cmsUrl()}/admin/collections/investment-projects/${projectId}`);
  await expect(zh.page.locator('#field-band')).toContainText('亿元以上');
  await expect(zh.page.locator('body')).toContainText('履约事项');
  await zh.page.goto(`${cmsUrl()}/admin/ledger?year=2026`);
  await expect(zh.page.getByTestId('ledger').locator('h1')).toHaveText('2026 年新引进项目台账');
  await expect(zh.page.getByTestId('ledger').locator('tbody tr', { hasText: company })).toContainText('开工 2027-03-01 未到期');
  await zh.page.screenshot({ path: '/tmp/pipeline-ledger-zh.png', fullPage: true });
  await zh.context.close();
});
