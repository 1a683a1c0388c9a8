import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { cmsUrl, newStaff, newTag, signIn, siteUrl } from '../helpers/e2e.ts';

// Scheduling through the admin's own Publish menu and drawer, as an editor, in the built admin.
// The browser is set to New York time on purpose: the drawer takes and shows China time
// (Asia/Shanghai) whatever the editor's computer uses. The CMS runs due jobs every 5 s
// (JOBS_AUTORUN_CRON), so an item scheduled for a minute is on the site within seconds after it.

const jobIntervalMs = 5_000;
const chinaOffsetMs = 8 * 3600_000;

/** An instant as the drawer shows it in China time (Payload's `MMM d, yyy h:mm a`, in the admin's language). */
function drawerText(at: Date, language: 'zh' | 'en'): string {
  const china = new Date(at.getTime() + chinaOffsetMs);
  const [year, month, day, hours, minutes] = [
    china.getUTCFullYear(),
    china.getUTCMonth(),
    china.getUTCDate(),
    china.getUTCHours(),
    china.getUTCMinutes(),
  ];
  const clock = `${hours % 12 || 12}:${String(minutes).padStart(2, '0')}`;
  if (language === 'zh') return `${month + 1}月 ${day}, ${year} ${clock} ${hours < 12 ? '上午' : '下午'}`;
  const name = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month];
  return `${name} ${day}, ${year} ${clock} ${hours < 12 ? 'AM' : 'PM'}`;
}

/**
 * `2026-12-01 19:12`: China time to the minute, as the scheduled list shows it and as an editor
 * types it in either language (the drawer's own format does not parse back in Chinese: date-fns
 * reads "12月" as January).
 */
const chinaMinute = (at: Date) => new Date(at.getTime() + chinaOffsetMs).toISOString().slice(0, 16).replace('T', ' ');

async function adminAs(browser: Browser, user: { email: string; password: string }, language: 'zh' | 'en'): Promise<Page> {
  const context = await browser.newContext({ locale: language === 'en' ? 'en-US' : 'zh-CN', timezoneId: 'America/New_York' });
  await context.addCookies([{ name: 'payload-lng', value: language, url: cmsUrl() }]);
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${cmsUrl()}/admin/login`);
  await page.locator('#field-email').fill(user.email);
  await page.locator('#field-password').fill(user.password);
  await page
    .locator('form')
    .getByRole('button', { name: language === 'en' ? 'Login' : '登录', exact: true })
    .click();
  await page.waitForURL(/\/admin(?!\/login)/);
  return page;
}

/** A never-published news draft in both languages, left without a publication date. */
async function newsDraft(request: APIRequestContext, editor: { email: string; password: string }, tag: string) {
  const authorization = await signIn(request, editor);
  const created = await request.post(`${cmsUrl()}/api/news`, {
    headers: { authorization },
    params: { draft: 'true', locale: 'zh' },
    data: { title: `定时新闻 ${tag}`, summary: '定时发布的摘要', slug: tag, _status: 'draft' },
  });
  expect(created.status()).toBe(201);
  const id = ((await created.json()) as { doc: { id: number } }).doc.id;
  const english = await request.patch(`${cmsUrl()}/api/news/${id}`, {
    headers: { authorization },
    params: { draft: 'true', locale: 'en' },
    data: { title: `Scheduled news ${tag}`, summary: 'Scheduled summary', _status: 'draft' },
  });
  expect(english.status()).toBe(200);
  return id;
}

/** Opens "Schedule Publish" from the arrow beside the Publish button. */
async function openScheduleDrawer(page: Page, id: number, menuItem: string) {
  await page.goto(`${cmsUrl()}/admin/collections/news/${id}`);
  await page.locator('#action-save').locator('xpath=..').getByRole('button').last().click();
  await page.getByRole('button', { name: menuItem }).click();
  const drawer = page.getByRole('dialog').filter({ has: page.locator('#scheduled-publish-save') });
  await expect(drawer).toBeVisible();
  return drawer;
}

async function typeTime(page: Page, drawer: ReturnType<Page['getByRole']>, text: string) {
  const input = drawer.locator('#time input');
  await input.click();
  await input.fill(text);
  // Tab leaves the field (and closes the calendar), as an editor moving on does; Escape would
  // close the whole drawer.
  await input.press('Tab');
  return input;
}

test('an editor schedules a draft two minutes ahead in China time; it is on the site within the job interval after that minute, not before', async ({
  browser,
  request,
}) => {
  test.setTimeout(300_000);
  const editor = await newStaff(request, 'editor', 'E2E Editor');
  const tag = newTag('scheduled-');
  const id = await newsDraft(request, editor, tag);
  const page = await adminAs(browser, editor, 'en');
  const drawer = await openScheduleDrawer(page, id, 'Schedule Publish');

  // A never-published draft: the drawer starts on Publish, in China time, and lists nothing yet.
  await expect(drawer.locator('.radio-input--is-selected')).toHaveText('Publish');
  await expect(drawer.locator('.timezone-picker')).toContainText('Asia/Shanghai (UTC+8)');
  await expect(drawer.getByText('No upcoming events scheduled.')).toBeVisible();

  // Ten minutes ago is refused beside the field, and Save does not queue it.
  await typeTime(page, drawer, drawerText(new Date(Date.now() - 10 * 60_000), 'en'));
  const refusal = drawer.getByRole('alert');
  await expect(refusal).toHaveText('This time has already passed and cannot be scheduled. Choose a time in the future (China time).');
  await drawer.locator('#scheduled-publish-save').click();
  await expect(drawer.getByText('No upcoming events scheduled.')).toBeVisible();
  await expect(page.getByText(/scheduled successfully/i)).toHaveCount(0);

  // Two minutes ahead, to the minute, typed as China's clocks show it; it stays as typed.
  const at = new Date(Math.ceil((Date.now() + 2 * 60_000) / 60_000) * 60_000);
  const input = await typeTime(page, drawer, drawerText(at, 'en'));
  await expect(input).toHaveValue(drawerText(at, 'en'));
  await expect(refusal).toHaveCount(0);
  await drawer.locator('#scheduled-publish-save').click();
  await expect(page.locator('.payload-toast-container')).toContainText(/scheduled/i);
  // The drawer lists the event, in China time.
  const upcoming = drawer.locator('.schedule-publish__upcoming table');
  await expect(upcoming).toContainText('Publish');
  await expect(upcoming).toContainText('Asia/Shanghai (UTC+8)');

  // The news list's scheduled view names the item and the minute.
  await page.goto(`${cmsUrl()}/admin/collections/news`);
  const scheduled = page.getByTestId('scheduled-list');
  await expect(scheduled.locator('tr', { hasText: tag })).toContainText(chinaMinute(at));
  await expect(scheduled.locator('tr', { hasText: tag })).toContainText('Publish');

  // Not on the site before the minute...
  const url = `${siteUrl()}/en/news/${tag}`;
  while (Date.now() < at.getTime() - 1_000) {
    expect((await request.get(url)).status()).toBe(404);
    await page.waitForTimeout(2_000);
  }
  // ...and on it within the job interval after it.
  await expect
    .poll(async () => (await request.get(url)).status(), { timeout: at.getTime() - Date.now() + jobIntervalMs + 10_000, intervals: [500] })
    .toBe(200);
  const appeared = Date.now();
  expect(appeared).toBeGreaterThanOrEqual(at.getTime());
  expect(appeared).toBeLessThanOrEqual(at.getTime() + jobIntervalMs + 10_000);
  expect(await (await request.get(url)).text()).toContain(`Scheduled news ${tag}`);

  // Its publication date is when it went live, not when the draft was made.
  const published = await request.get(`${cmsUrl()}/api/news/${id}`, {
    headers: { authorization: await signIn(request, editor) },
    params: { depth: 0 },
  });
  const publishedAt = new Date(((await published.json()) as { publishedAt: string }).publishedAt).getTime();
  expect(publishedAt).toBeGreaterThanOrEqual(at.getTime());
  expect(publishedAt).toBeLessThanOrEqual(appeared);

  // Once it has run, neither the drawer nor the list shows it any more.
  await page.reload();
  await expect(page.getByTestId('scheduled-list').locator('tr', { hasText: tag })).toHaveCount(0);
  await page.context().close();
});

test('in the Chinese admin the drawer starts on 发布, in China time, and refuses a past time in Chinese; an officer sees no scheduled view', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const editor = await newStaff(request, 'editor', 'E2E 编辑');
  const tag = newTag('scheduled-zh-');
  const id = await newsDraft(request, editor, tag);
  const page = await adminAs(browser, editor, 'zh');
  const drawer = await openScheduleDrawer(page, id, '预约发布');
  await expect(drawer.locator('.radio-input--is-selected')).toHaveText('发布');
  // Payload's own "All" (every language) reads in Chinese too.
  await expect(drawer.locator('.rs__single-value', { hasText: '全部语言' })).toBeVisible();
  await expect(drawer.getByText('All', { exact: true })).toHaveCount(0);
  await expect(drawer.locator('.timezone-picker')).toContainText('Asia/Shanghai (UTC+8)');

  const anHourAgo = new Date(Date.now() - 60 * 60_000);
  const past = await typeTime(page, drawer, chinaMinute(anHourAgo));
  await expect(past).toHaveValue(drawerText(anHourAgo, 'zh'));
  await expect(drawer.getByRole('alert')).toHaveText('这个时间已经过去，不能安排。请选择将来的时间（中国时间）。');
  await drawer.locator('#scheduled-publish-save').click();
  await expect(drawer.getByText('没有即将进行的活动计划。')).toBeVisible();

  // A time an hour ahead is taken; the list above the news shows it to the editor...
  const at = new Date(Math.ceil((Date.now() + 60 * 60_000) / 60_000) * 60_000);
  await expect(await typeTime(page, drawer, chinaMinute(at))).toHaveValue(drawerText(at, 'zh'));
  await expect(drawer.getByRole('alert')).toHaveCount(0);
  await drawer.locator('#scheduled-publish-save').click();
  await expect(page.locator('.payload-toast-container')).toContainText('预约发布成功');
  await page.goto(`${cmsUrl()}/admin/collections/news`);
  await expect(page.getByTestId('scheduled-list').locator('tr', { hasText: tag })).toContainText(chinaMinute(at));
  await page.context().close();

  // ...and not to an investment officer, who may not edit news.
  const officer = await newStaff(request, 'investment-officer', 'E2E 招商专员');
  const officerPage = await adminAs(browser, officer, 'zh');
  await officerPage.goto(`${cmsUrl()}/admin/collections/news`);
  await expect(officerPage.locator('.collection-list, .unauthorized, main').first()).toBeVisible();
  await expect(officerPage.getByTestId('scheduled-list')).toHaveCount(0);
  await expect(officerPage.getByText(`定时新闻 ${tag}`)).toHaveCount(0);
  await officerPage.context().close();
});
