import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { cmsUrl, newStaff, newTag, signIn, signInAgain } from '../helpers/e2e.ts';

// Dates and fields in the real built admin (Chromium), in both admin languages: day-only dates
// show their year, the policies list shows each policy's status, a document opened in the other
// language says so, and an administrator creating an account chooses its role first.

type Lang = 'zh' | 'en';
type Account = { email: string; password: string };

/**
 * An administrator of this test's own: Payload keeps sessions in the user record, and browser
 * logins of one admin racing other tests' logins sign each other out.
 */
async function newAdmin(request: APIRequestContext): Promise<Account> {
  const user = { email: `${newTag('admin-')}@portal.invalid`, password: 'admin-password-for-e2e-tests', name: 'E2E Admin' };
  const create = async (authorization: string) =>
    request.post(`${cmsUrl()}/api/users`, { headers: { authorization }, data: { ...user, role: 'admin' } });
  let created = await create(await signIn(request));
  if (created.status() === 401 || created.status() === 403) created = await create(await signInAgain(request));
  expect(created.status()).toBe(201);
  return user;
}

/** A browser in China's time zone whose user chose this admin language, signed in. */
async function adminIn(browser: Browser, lang: Lang, user: Account): Promise<Page> {
  const context = await browser.newContext({ locale: lang === 'en' ? 'en-US' : 'zh-CN', timezoneId: 'Asia/Shanghai' });
  await context.addCookies([{ name: 'payload-lng', value: lang, url: cmsUrl() }]);
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${cmsUrl()}/admin/login`);
  await page.locator('#field-email').fill(user.email);
  await page.locator('#field-password').fill(user.password);
  await page.getByRole('button', { name: lang === 'en' ? 'Login' : '登录', exact: true }).click();
  await page.waitForURL(/\/admin(?!\/login)/);
  return page;
}

/**
 * A draft policy (Chinese only) with these dates, created as the admin through the REST API. A
 * draft, because the admin's list shows drafts with their status while the site, whose policy
 * lists other specs count in the same database, never does.
 */
async function newPolicy(request: APIRequestContext, title: string, dates: { effectiveFrom?: string; expiresOn?: string }) {
  const create = async (authorization: string) =>
    request.post(`${cmsUrl()}/api/policies`, {
      params: { locale: 'zh' },
      headers: { authorization },
      data: { title, slug: newTag('policy-'), type: 'land', ...dates, _status: 'draft' },
    });
  // Signed in again when another test's login of the same admin dropped this session.
  let response = await create(await signIn(request));
  if (response.status() === 401 || response.status() === 403) response = await create(await signInAgain(request));
  expect(response.status()).toBe(201);
  return ((await response.json()) as { doc: { id: number } }).doc.id;
}

for (const lang of ['zh', 'en'] as const) {
  test(`policy dates show yyyy-MM-dd and the list shows each policy's status (${lang} admin)`, async ({ browser, request }) => {
    // Noon in China, as the admin's date input stores a day.
    const expired = await newPolicy(request, `已失效政策 ${lang}`, {
      effectiveFrom: '2020-01-01T04:00:00.000Z',
      expiresOn: '2021-11-30T04:00:00.000Z',
    });
    await newPolicy(request, `未生效政策 ${lang}`, { effectiveFrom: '2099-03-05T04:00:00.000Z' });
    const page = await adminIn(browser, lang, await newAdmin(request));

    await page.goto(`${cmsUrl()}/admin/collections/policies/${expired}`);
    await expect(page.locator('#field-effectiveFrom input')).toHaveValue('2020-01-01');
    await expect(page.locator('#field-expiresOn input')).toHaveValue('2021-11-30');

    await page.goto(`${cmsUrl()}/admin/collections/policies?limit=100`);
    const heading = lang === 'zh' ? '政策状态' : 'Policy status';
    await expect(page.locator('thead')).toContainText(heading);
    const row = (title: string) => page.locator('tbody tr', { hasText: title });
    await expect(row(`已失效政策 ${lang}`)).toContainText(lang === 'zh' ? '已失效' : 'Expired');
    await expect(row(`已失效政策 ${lang}`)).toContainText('2021-11-30');
    await expect(row(`未生效政策 ${lang}`)).toContainText(lang === 'zh' ? '尚未生效' : 'Not yet in force');
    await expect(row(`未生效政策 ${lang}`)).toContainText('2099-03-05');
    await page.context().close();
  });
}

test('a document opened in the language other than the admin’s says so, also when the locale was only remembered', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const id = await newPolicy(request, '语言提示政策', { effectiveFrom: '2024-01-01T04:00:00.000Z' });
  const other = await newPolicy(request, '另一项政策', { effectiveFrom: '2024-01-01T04:00:00.000Z' });
  const editor = await newStaff(request, 'editor', 'Locale Editor');
  const page = await adminIn(browser, 'zh', editor);
  const banner = page.getByTestId('editing-locale-banner');

  await page.goto(`${cmsUrl()}/admin/collections/policies/${id}?locale=zh`);
  await expect(page.locator('#field-title')).toBeVisible();
  await expect(banner).toHaveCount(0);

  await page.goto(`${cmsUrl()}/admin/collections/policies/${id}?locale=en`);
  await expect(banner).toContainText('正在编辑英文内容');
  // Payload remembers the user's last locale: the next document opens in English, and says so.
  await page.goto(`${cmsUrl()}/admin/collections/policies/${other}`);
  await expect(banner).toContainText('正在编辑英文内容');
  // Not on lists: they show no language's content being edited.
  await page.goto(`${cmsUrl()}/admin/collections/policies`);
  await expect(page.locator('tbody tr').first()).toBeVisible();
  await expect(banner).toHaveCount(0);
  // Globals too; and its link goes back to the admin's language.
  await page.goto(`${cmsUrl()}/admin/globals/site`);
  await expect(banner).toContainText('正在编辑英文内容');
  await banner.getByRole('link', { name: '切换到中文内容' }).click();
  await expect(page).toHaveURL(/locale=zh/);
  await expect(banner).toHaveCount(0);
  await page.context().close();

  const english = await adminIn(browser, 'en', editor);
  await english.goto(`${cmsUrl()}/admin/collections/policies/${id}?locale=zh`);
  await expect(english.getByTestId('editing-locale-banner')).toContainText('You are editing the Chinese version');
  await english.goto(`${cmsUrl()}/admin/collections/policies/${id}?locale=en`);
  await expect(english.locator('#field-title')).toBeVisible();
  await expect(english.getByTestId('editing-locale-banner')).toHaveCount(0);
  await english.context().close();
});

for (const lang of ['zh', 'en'] as const) {
  test(`an administrator creating an account chooses its role first, from the staff roles only (${lang} admin)`, async ({
    browser,
    request,
  }) => {
    const page = await adminIn(browser, lang, await newAdmin(request));
    await page.goto(`${cmsUrl()}/admin/collections/users/create`);
    await expect(page.locator('#field-role')).toBeVisible();
    // The account's own fields begin with the role, after Payload's email and password.
    const firstField = await page
      .locator('.document-fields__main .render-fields .field-type')
      .first()
      .evaluate((el) => el.id || el.querySelector('[id^="field-"]')?.id);
    expect(firstField).toBe('field-role');
    // Nothing chosen for them.
    await expect(page.locator('#field-role .rs__single-value')).toHaveCount(0);
    // The name says who sees it.
    await expect(page.locator('.field-type.text', { has: page.locator('#field-name') })).toContainText(
      lang === 'zh' ? '显示给咨询人' : 'shown to prospects',
    );
    // No API key block, nor Payload's bare API key checkboxes, on an ordinary account.
    await expect(page.locator('.auth-fields__api-key')).toHaveCount(0);
    await expect(page.locator('.field-type.checkbox')).toHaveCount(0);

    await page.locator('#field-role').click();
    const options = page.locator('.rs__option');
    await expect(options.first()).toBeVisible();
    const offered = await options.allInnerTexts();
    expect(offered).toEqual(lang === 'zh' ? ['管理员', '编辑', '招商专员'] : ['Administrator', 'Editor', 'Investment officer']);
    await page.keyboard.press('Escape');

    // Saving without choosing says the role is required, at the field.
    await page.locator('#field-email').fill(`${newTag('no-role-')}@portal.invalid`);
    await page.locator('#field-password').fill('staff-password-for-e2e-tests');
    await page.locator('#field-confirm-password').fill('staff-password-for-e2e-tests');
    // Saved again when a click on a busy machine came before the form took the typed values.
    await expect(async () => {
      await page.locator('#action-save').click();
      await expect(page.locator('#field-role')).toHaveClass(/error/, { timeout: 3_000 });
      await expect(page.locator('#field-role .field-error')).toContainText(lang === 'zh' ? '必填' : 'required', { timeout: 3_000 });
    }).toPass({ timeout: 30_000 });
    await expect(page).toHaveURL(/\/users\/create/);
    await page.context().close();
  });
}

test("the site's service account shows its role and what its API key is for", async ({ browser, request }) => {
  const response = await request.get(`${cmsUrl()}/api/users`, {
    headers: { authorization: await signIn(request) },
    params: { 'where[role][equals]': 'site-service', depth: 0 },
  });
  const service = ((await response.json()) as { docs: { id: number }[] }).docs[0];
  expect(service, 'the portal made its service account on start').toBeTruthy();
  const page = await adminIn(browser, 'zh', await newAdmin(request));
  await page.goto(`${cmsUrl()}/admin/collections/users/${service!.id}`);
  await expect(page.locator('#field-role')).toContainText('网站服务账户');
  await expect(page.locator('.auth-fields__api-key')).toBeVisible();
  await expect(page.getByTestId('service-account-note')).toContainText('SITE_API_KEY');
  await page.context().close();
});

test('an officer changing their own role is told no (400 at the field), and admins still change roles', async ({ request }) => {
  const officer = await newStaff(request, 'investment-officer', 'Role Officer');
  const token = await signIn(request, officer);
  const refused = await request.patch(`${cmsUrl()}/api/users/${officer.id}`, {
    headers: { authorization: token },
    data: { role: 'admin' },
  });
  expect(refused.status()).toBe(400);
  const body = (await refused.json()) as { errors: { data: { errors: { path: string; message: string }[] } }[] };
  expect(body.errors[0]!.data.errors[0]).toMatchObject({ path: 'role', message: expect.stringContaining('Only an administrator') });
  const promoted = await request.patch(`${cmsUrl()}/api/users/${officer.id}`, {
    headers: { authorization: await signIn(request) },
    data: { role: 'editor' },
  });
  expect(promoted.status()).toBe(200);
});
