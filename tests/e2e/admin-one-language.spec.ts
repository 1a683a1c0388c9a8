import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { strayText, visibleAdminText, type AdminLanguage } from '../helpers/adminLanguage.ts';
import { cmsUrl, inquiryFormFields, newStaff, newTag, signIn, signInAgain, siteUrl } from '../helpers/e2e.ts';

// Each screen of the admin, in Chinese (the default) and in English (payload-lng), must be in
// that one language. What is the document's or the sender's and not the admin's is excluded on
// purpose: the content locale is set to the admin language (`?locale=`), and the regions that
// show stored text (list cells of titles and names, the rich-text editor, the document's own
// title, chosen relations) are skipped, because other tests store Chinese- or English-only data
// in the same database at the same time. Names and addresses of users and inquiries are allowed
// as data (read from the API).
const contentRegions = [
  '[data-lexical-editor]',
  '.doc-header__title',
  '.step-nav__last',
  '.rs__single-value',
  '.rs__multi-value',
  '.file-details',
  '.upload-relationship-details',
  // Payload's dashboard cards name their "create" button with the collection's label object
  // unresolved ("创建新的 [object Object]", widgets/CollectionCards), whatever the translations.
  '.collections__card-list .card__actions',
  // The same for the sort buttons of list columns ("按 [object Object] 升序 排序", SortColumn).
  '.sort-column__buttons',
  // Payload's date picker passes no labels to react-datepicker's month arrows, which keep their
  // English defaults ("Previous Month") in every language; a field can only set one fixed string.
  '.react-datepicker__navigation',
  // The activity log stores changed values as they are ("new" for the stage 新建).
  'td.cell-from',
  'td.cell-to',
  ...[
    'title',
    'name',
    // The users list's title column: a person's name, or their email without one.
    'displayName',
    'company',
    'label',
    'email',
    'reference',
    'country',
    'entity',
    'value',
    'unit',
    'periodLabel',
    'slug',
    'owner',
    'alt',
    // Media's alt text in each language: the image's description, as the editor wrote it.
    'altZh',
    'altEn',
    'filename',
  ].map((cell) => `td.cell-${cell}`),
];

// Examples of the official filing numbers in the site settings' help: the numbers are Chinese.
const officialNumberExamples = ['湘ICP备XXXXXXXX号', '湘公网安备 43030002000000号'];

const staffPassword = 'one-language-password-for-e2e';

async function newAdmin(request: APIRequestContext) {
  const user = { email: `${newTag('lang-admin-')}@portal.invalid`, password: staffPassword, name: 'Lang Admin', role: 'admin' };
  const create = async (authorization: string) => request.post(`${cmsUrl()}/api/users`, { headers: { authorization }, data: user });
  let created = await create(await signIn(request));
  if (created.status() === 401 || created.status() === 403) created = await create(await signInAgain(request));
  expect(created.status()).toBe(201);
  return user;
}

/** The names and addresses stored by people (users, inquiries): data on any screen. */
async function userData(request: APIRequestContext): Promise<string[]> {
  const authorization = await signIn(request);
  const read = async (collection: string) => {
    const response = await request.get(`${cmsUrl()}/api/${collection}`, { params: { limit: 1000, depth: 0 }, headers: { authorization } });
    return ((await response.json()) as { docs: Record<string, unknown>[] }).docs;
  };
  const values = [
    ...(await read('users')).flatMap((u) => [u.name, u.email]),
    ...(await read('inquiries')).flatMap((i) => [i.name, i.company, i.country, i.email, i.jobTitle, i.message]),
  ];
  return [...officialNumberExamples, ...values.filter((v): v is string => typeof v === 'string' && v.length > 0)];
}

async function signedInPage(browser: Browser, lang: AdminLanguage, user: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ locale: lang === 'en' ? 'en-US' : 'zh-CN', viewport: { width: 1440, height: 1000 } });
  if (lang === 'en') await context.addCookies([{ name: 'payload-lng', value: 'en', url: cmsUrl() }]);
  const page = await context.newPage();
  await page.goto(`${cmsUrl()}/admin/login`);
  await page.locator('#field-email').fill(user.email);
  await page.locator('#field-password').fill(user.password);
  await page.getByRole('button', { name: lang === 'en' ? 'Login' : '登录', exact: true }).click();
  await page.waitForURL(/\/admin(?!\/login)/);
  return page;
}

/** Opens a screen, waits until Payload has drawn it, and fails with what is in the other language. */
async function expectOneLanguage(page: Page, lang: AdminLanguage, allow: string[], what: string) {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.template-default, .template-minimal').first()).toBeVisible();
  // Payload's client components fill in a moment after the network settles (dates, field states).
  await page.waitForTimeout(500);
  const text = await visibleAdminText(page, contentRegions);
  // Soft: one run names every screen with stray text, not only the first.
  expect.soft(strayText(text, lang, { allow }), `${what} (${page.url()}) in ${lang}:\n${text}`).toEqual([]);
}

async function visit(page: Page, lang: AdminLanguage, allow: string[], path: string) {
  const response = await page.goto(`${cmsUrl()}/admin${path}`);
  expect(response?.status(), path).toBeLessThan(400);
  await expectOneLanguage(page, lang, allow, path);
}

async function firstId(request: APIRequestContext, collection: string): Promise<string | number> {
  const response = await request.get(`${cmsUrl()}/api/${collection}`, {
    params: { limit: 1, depth: 0, sort: 'createdAt', 'where[_status][equals]': 'published' },
    headers: { authorization: await signIn(request) },
  });
  return ((await response.json()) as { docs: { id: string | number }[] }).docs[0]!.id;
}

for (const lang of ['zh', 'en'] as const) {
  test(`every main screen of the admin is in ${lang === 'zh' ? 'Chinese' : 'English'} only, for an administrator`, async ({
    browser,
    request,
  }) => {
    test.setTimeout(240_000);
    // One inquiry of this test's own, written in the admin's language.
    const sent = await request.post(`${siteUrl()}/${lang}/contact?_action=sendInquiry`, {
      headers: { origin: siteUrl() },
      form: inquiryFormFields(
        lang,
        lang === 'zh' ? { name: '李明', company: '湘潭测试电机有限公司', country: 'SG', message: '请发送园区资料。' } : {},
      ),
    });
    expect(sent.status()).toBe(200);
    const admin = await newAdmin(request);
    const allow = await userData(request);
    const page = await signedInPage(browser, lang, admin);
    const locale = `locale=${lang}`;

    await visit(page, lang, allow, '');
    const lists = await page
      .locator('a[href^="/admin/collections/"], a[href^="/admin/globals/"]')
      .evaluateAll((links) => [
        ...new Set(
          links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.replace(/^\/admin/, '')).filter((p) => !p.endsWith('/create')),
        ),
      ]);
    expect(lists.length).toBeGreaterThan(10);
    for (const list of lists) await visit(page, lang, allow, `${list}?${locale}`);

    for (const collection of ['news', 'policies', 'parks']) {
      await visit(page, lang, allow, `/collections/${collection}/${await firstId(request, collection)}?${locale}`);
      // The SEO panel, scrolled into view, with its generated fields.
      await page.locator('#field-meta, .field-type.group-field').last().scrollIntoViewIfNeeded();
      await expectOneLanguage(page, lang, allow, `${collection} SEO panel`);
      if (collection === 'parks') continue;
      // A date picker opened (the publication date in the sidebar, the policy's dates in the form).
      await page.locator('.react-datepicker__input-container input').first().click();
      await expect(page.locator('.react-datepicker').first()).toBeVisible();
      await expectOneLanguage(page, lang, allow, `${collection} date picker`);
      await page.keyboard.press('Escape');
    }

    const inquiry = await request.get(`${cmsUrl()}/api/inquiries`, {
      params: { limit: 1, depth: 0, sort: '-createdAt' },
      headers: { authorization: await signIn(request) },
    });
    const inquiryId = ((await inquiry.json()) as { docs: { id: number }[] }).docs[0]!.id;
    await visit(page, lang, allow, `/collections/inquiries`);
    await expect(page.getByTestId('lead-dashboard')).toBeVisible();
    await visit(page, lang, allow, `/collections/inquiries/${inquiryId}`);
    await visit(page, lang, allow, `/collections/users`);
    await visit(page, lang, allow, `/account`);
    await page.context().close();
  });

  test(`an officer refused a page is told in ${lang === 'zh' ? 'Chinese' : 'English'} that they lack the permission, not to log in`, async ({
    browser,
    request,
  }) => {
    const officer = await newStaff(request, 'investment-officer');
    const allow = await userData(request);
    const page = await signedInPage(browser, lang, officer);
    // Payload refuses "create" inside the document view, with its own page.
    await page.goto(`${cmsUrl()}/admin/collections/news/create`);
    const refusal = page.locator('.unauthorized--with-gutter');
    await expect(refusal.getByRole('heading')).toHaveText(lang === 'zh' ? '没有权限' : 'No permission');
    await expect(refusal).not.toContainText(lang === 'zh' ? '登录' : 'logged in');
    await expect(refusal.getByRole('link', { name: lang === 'zh' ? '登出' : 'Log out' })).toBeHidden();
    await expectOneLanguage(page, lang, allow, 'the refused create page');
    // A screen refused as a whole leads to the admin's "unauthorized" page: ours, with the way back.
    await page.goto(`${cmsUrl()}/admin/unauthorized`);
    const view = page.getByTestId('no-permission');
    await expect(view.getByRole('heading')).toHaveText(lang === 'zh' ? '没有权限' : 'No permission');
    await expect(view).not.toContainText(lang === 'zh' ? '登录' : 'log');
    await expect(view.getByRole('link')).toHaveText(lang === 'zh' ? '返回仪表盘' : 'Back to the dashboard');
    await expectOneLanguage(page, lang, allow, 'the permission page');
    await view.getByRole('link').click();
    await page.waitForURL(new RegExp(`${cmsUrl()}/admin/?$`));
    await page.context().close();
  });
}

test("the lead desk's refusals are worded in the requester's admin language, as Payload's own are", async ({ request }) => {
  const editor = await newStaff(request, 'editor');
  const login = await request.post(`${cmsUrl()}/api/users/login`, { data: { email: editor.email, password: editor.password } });
  const authorization = `JWT ${((await login.json()) as { token: string }).token}`;
  for (const [headers, message] of [
    [{}, '您无权执行此操作。'],
    [{ cookie: 'payload-lng=en' }, 'You are not allowed to perform this action.'],
    [{ 'accept-language': 'en' }, 'You are not allowed to perform this action.'],
  ] as const) {
    for (const path of ['/api/inquiries/stats', '/api/inquiries/export.csv', '/api/globals/lead-desk']) {
      const response = await request.get(`${cmsUrl()}${path}`, { headers: { authorization, ...headers } });
      expect(response.status(), path).toBe(403);
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message, `${path} ${JSON.stringify(headers)}`).toBe(
        message,
      );
    }
  }
});
