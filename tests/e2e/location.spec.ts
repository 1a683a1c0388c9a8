import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { cmsUrl, newTag, signIn, signInAgain, siteUrl } from '../helpers/e2e.ts';

// Issue 18, point 8: the travel-time diagram draws every connection an editor enters in the
// location global, in both languages, with a data table of the same rows beside it; the page
// states each fact once instead of repeating its cards as paragraphs.

type Lang = 'zh' | 'en';

for (const lang of ['zh', 'en'] as const) {
  test(`the ${lang} location page shows the article's one connection as a drawing and a table, and does not repeat its cards`, async ({
    page,
  }) => {
    await page.goto(`${siteUrl()}/${lang}/location`);
    const rows = page.getByTestId('travel-table').locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first().locator('th')).toContainText(lang === 'zh' ? '长沙黄花国际机场' : 'Changsha Huanghua International Airport');
    // The article does not say from where the 30 minutes are measured, and the row says so.
    await expect(rows.first().locator('.travel-note')).toContainText(lang === 'zh' ? '待确认' : 'to be confirmed');
    await expect(rows.first().locator('td').nth(0)).toHaveText(lang === 'zh' ? '公路' : 'Road');
    await expect(rows.first().locator('td').nth(1)).toHaveText(lang === 'zh' ? '30分钟' : '30 min');
    await expect(page.getByTestId('travel-table').locator('caption')).not.toBeEmpty();
    await expect(page.locator('svg.travel-diagram g')).toHaveCount(1);
    // The airport is in the heading, the drawing and its table, and nowhere else in the text.
    const airport = lang === 'zh' ? '黄花国际机场' : 'Huanghua';
    const paragraphs = await page.locator('main p, main .card').allInnerTexts();
    expect(paragraphs.filter((text) => text.includes(airport))).toEqual([]);
    const cards = await page.locator('#advantages-heading + ul h3').allInnerTexts();
    expect(new Set(cards).size).toBe(cards.length);
    expect(cards.length).toBeGreaterThan(0);
  });
}

async function newEditor(request: APIRequestContext) {
  const user = { email: `${newTag('editor-')}@portal.invalid`, password: 'editor-password-for-e2e-tests', name: 'E2E Editor' };
  const create = async (authorization: string) =>
    request.post(`${cmsUrl()}/api/users`, { headers: { authorization }, data: { ...user, role: 'editor' } });
  let created = await create(await signIn(request));
  if (created.status() === 401 || created.status() === 403) created = await create(await signInAgain(request));
  expect(created.status()).toBe(201);
  return user;
}

async function adminIn(browser: Browser, lang: Lang, user: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ locale: lang === 'en' ? 'en-US' : 'zh-CN', timezoneId: 'Asia/Shanghai' });
  await context.addCookies([{ name: 'payload-lng', value: lang, url: cmsUrl() }]);
  const page = await context.newPage();
  await page.goto(`${cmsUrl()}/admin/login`);
  await page.locator('#field-email').fill(user.email);
  await page.locator('#field-password').fill(user.password);
  await page.getByRole('button', { name: lang === 'en' ? 'Login' : '登录', exact: true }).click();
  await page.waitForURL(/\/admin(?!\/login)/);
  return page;
}

async function chooseMode(page: Page, row: number, label: string) {
  await page.locator(`#field-connections__${row}__mode .rs__control`).click();
  await page.locator('.rs__option', { hasText: label }).click();
}

test('an editor adds a rail and a port connection in the admin, in both languages, and the diagram and table show all three', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const token = await signIn(request);
  const original = {
    zh: (await (
      await request.get(`${cmsUrl()}/api/globals/location`, { params: { locale: 'zh', depth: 0 }, headers: { authorization: token } })
    ).json()) as {
      connections: Record<string, unknown>[];
    },
    en: (await (
      await request.get(`${cmsUrl()}/api/globals/location`, { params: { locale: 'en', depth: 0 }, headers: { authorization: token } })
    ).json()) as {
      connections: Record<string, unknown>[];
    },
  };
  const page = await adminIn(browser, 'zh', await newEditor(request));
  try {
    await page.goto(`${cmsUrl()}/admin/globals/location?locale=zh`);
    await expect(page.locator('#field-connections__0__destination')).toHaveValue('长沙黄花国际机场');
    const add = page.locator('#field-connections').getByRole('button', { name: /添加/ }).last();
    for (const [row, destination, mode, minutes] of [
      [1, '湘潭北站（待确认）', '铁路', '25'],
      [2, '湘潭港（待确认）', '水运', '40'],
    ] as const) {
      await add.click();
      await page.locator(`#field-connections__${row}__destination`).fill(destination);
      await chooseMode(page, row, mode);
      await page.locator(`#field-connections__${row}__minutes`).fill(minutes);
    }
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.locator('.payload-toast-container')).toContainText(/成功|已更新/);

    await page.goto(`${cmsUrl()}/admin/globals/location?locale=en`);
    await expect(page.locator('#field-connections__2__minutes')).toHaveValue('40');
    await page.locator('#field-connections__1__destination').fill('Xiangtan North Station (to be confirmed)');
    await page.locator('#field-connections__2__destination').fill('Xiangtan Port (to be confirmed)');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.locator('.payload-toast-container')).toContainText(/成功|已更新/);

    const expected = {
      zh: [
        ['长沙黄花国际机场', '公路', '30分钟'],
        ['湘潭北站（待确认）', '铁路', '25分钟'],
        ['湘潭港（待确认）', '水运', '40分钟'],
      ],
      en: [
        ['Changsha Huanghua International Airport', 'Road', '30 min'],
        ['Xiangtan North Station (to be confirmed)', 'Rail', '25 min'],
        ['Xiangtan Port (to be confirmed)', 'Water', '40 min'],
      ],
    };
    const site = await browser.newPage();
    for (const lang of ['zh', 'en'] as const) {
      await expect(async () => {
        await site.goto(`${siteUrl()}/${lang}/location`);
        const rows = await site
          .getByTestId('travel-table')
          .locator('tbody tr')
          .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.firstChild?.textContent?.trim())));
        expect(rows).toEqual(expected[lang]);
      }).toPass();
      await expect(site.locator('svg.travel-diagram g')).toHaveCount(3);
      await expect(site.locator('svg.travel-diagram desc')).toContainText(expected[lang][2]![0]!);
    }
    await site.close();
  } finally {
    await page.context().close();
    // Put the seeded connection back for the other specs (Chinese first, then English by row id).
    const zh = await request.post(`${cmsUrl()}/api/globals/location`, {
      params: { locale: 'zh' },
      headers: { authorization: token },
      data: {
        connections: original.zh.connections.map(({ id, destination, mode, minutes, note }) => ({ id, destination, mode, minutes, note })),
      },
    });
    expect(zh.status()).toBe(200);
    const en = await request.post(`${cmsUrl()}/api/globals/location`, {
      params: { locale: 'en' },
      headers: { authorization: token },
      data: {
        connections: original.en.connections.map(({ id, destination, mode, minutes, note }) => ({ id, destination, mode, minutes, note })),
      },
    });
    expect(en.status()).toBe(200);
  }
});
