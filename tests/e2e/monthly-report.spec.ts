import fs from 'node:fs';
import { expect, test, type Browser } from '@playwright/test';
import { asAdmin, cmsUrl, siteUrl, testAdmin } from '../helpers/e2e.ts';

// The monthly report (月通报) in the real admin, as an administrator reads it in both admin
// languages: a signed project counted in its band with its investment, the bars beside the
// table, the CSV and the print layout; then publishing the month's figures, which changes the
// site's figures page in both languages. The month is one no seed or other test writes to.
const month = '2031-05';

async function adminPage(browser: Browser, lang: 'zh' | 'en') {
  const context = await browser.newContext({
    locale: lang === 'en' ? 'en-US' : 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  await context.addCookies([{ name: 'payload-lng', value: lang, url: cmsUrl() }]);
  const page = await context.newPage();
  await page.goto(`${cmsUrl()}/admin/login`);
  await page.locator('#field-email').fill(testAdmin.email);
  await page.locator('#field-password').fill(testAdmin.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/admin(?!\/login)/);
  return { context, page };
}

test('the monthly report counts a signed project, and publishing the month’s figures changes the site’s figures page in both languages', async ({
  browser,
  request,
}) => {
  // Two admin languages, a publish and two site pages on a shared machine.
  test.setTimeout(240_000);
  const created = await asAdmin(request, (authorization) =>
    request.post(`${cmsUrl()}/api/investment-projects`, {
      headers: { authorization },
      data: {
        name: 'E2E 月通报项目',
        source: 'mission',
        plannedInvestmentCny: 150_000_000,
        contractAmountCny: 120_000_000,
        stage: 'signed',
        enteredOn: `${month}-02`,
        signedOn: `${month}-12`,
      },
    }),
  );
  expect(created.status()).toBe(201);
  const projectId = ((await created.json()) as { doc: { id: number } }).doc.id;
  const mission = await asAdmin(request, (authorization) =>
    request.post(`${cmsUrl()}/api/promotion-activities`, {
      headers: { authorization },
      data: { kind: 'mission', title: 'E2E 外出招商', startsOn: `${month}-20`, endsOn: `${month}-22` },
    }),
  );
  expect(mission.status()).toBe(201);

  for (const lang of ['zh', 'en'] as const) {
    const { context, page } = await adminPage(browser, lang);
    // The menu links the report (the menu may be folded away at this width); the month is chosen in the period box.
    await expect(page.getByTestId('monthly-report-link')).toHaveAttribute('href', '/admin/monthly-report');
    await expect(page.getByTestId('monthly-report-link')).toHaveText(lang === 'zh' ? '月通报' : 'Monthly report');
    await page.goto(`${cmsUrl()}/admin/monthly-report`);
    await expect(page.getByTestId('monthly-report')).toBeVisible();
    await page.locator('#report-period').fill(month);
    await page.locator('#report-period').press('Enter');
    await expect(page).toHaveURL(new RegExp(`period=${month}`));
    await expect(page.locator('h1')).toHaveText(lang === 'zh' ? '月通报 · 2031年5月' : 'Monthly report · May 2031');

    const bands = page.getByTestId('table-signed-by-band');
    const major = bands.locator('tbody tr').first();
    await expect(major.locator('td')).toHaveText(
      lang === 'zh' ? ['亿元以上', '1', '1.5亿元', '1.2亿元'] : ['¥100 million or more', '1', '¥150 million', '¥120 million'],
    );
    await expect(bands.locator('tbody tr').last().locator('td').nth(1)).toHaveText('1');
    // The chart states every bar in text: readable without colour.
    await expect(page.getByTestId('chart-signed-by-band').locator('desc')).toContainText(
      lang === 'zh' ? '亿元以上: 1' : '¥100 million or more: 1',
    );
    await expect(page.getByTestId('table-signed-projects')).toContainText('E2E 月通报项目');
    await expect(page.getByTestId('table-activities')).toContainText('E2E 外出招商');
    await expect(page.getByTestId('table-leads-by-source')).toContainText(lang === 'zh' ? '外出招商' : 'Mission');

    // Its CSV, downloaded through the link with the admin's session, in the admin's language.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      bands.getByRole('link', { name: lang === 'zh' ? '下载 CSV' : 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`report-${month}-signed-by-band.csv`);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text).toContain(lang === 'zh' ? '"亿元以上","1","150000000","120000000"' : '"¥100 million or more","1","150000000","120000000"');

    await page.screenshot({ path: `/tmp/monthly-report-${lang}.png`, fullPage: true });
    // The printed page: the admin's menu and the page's controls are left off paper.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.nav')).toBeHidden();
    await expect(page.locator('.report-controls').first()).toBeHidden();
    await expect(bands.locator('table')).toBeVisible();
    await page.screenshot({ path: `/tmp/monthly-report-print-${lang}.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    if (lang === 'en') {
      // Publishing asks first, then says what it wrote.
      page.once('dialog', (dialog) => dialog.accept());
      await page.getByTestId('publish-figures').click();
      await expect(page.getByTestId('publish-figures-result')).toHaveText('Published 4 figures.');
    }
    if (lang === 'zh') {
      // The signed project published as a public project page from its own edit view.
      await page.goto(`${cmsUrl()}/admin/collections/investment-projects/${projectId}`);
      const publish = page.getByTestId('publish-project-page');
      await publish.scrollIntoViewIfNeeded();
      await expect(publish).toContainText('勾选“在网站上显示投资额”时才显示投资额');
      await publish.getByRole('button', { name: '发布为公开项目页' }).click();
      // The page is created and linked: the edit view reloads with the link filled in.
      await expect(page.locator('#field-publicProject')).toContainText('E2E 月通报项目', { timeout: 30_000 });
      await page.screenshot({ path: '/tmp/monthly-report-project-page-zh.png', fullPage: true });
    }
    await context.close();
  }

  // The site's figures page shows the month's figures from the ledger, with that source, in both languages.
  const expected = {
    zh: { heading: '2031年5月', label: '签约亿元以上项目', money: '1.5亿元', source: '招商局台账' },
    en: { heading: 'May 2031', label: 'Projects of ¥100 million or more signed', money: '¥150 million', source: 'Bureau ledger' },
  };
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const lang of ['zh', 'en'] as const) {
    const want = expected[lang];
    // The CMS tells the site to drop its cached figures page on the publish; the page is read afresh.
    await expect(async () => {
      await page.goto(`${siteUrl()}/${lang}/figures`);
      const block = page.locator('section.chart-block', { hasText: want.heading });
      await expect(block.first()).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    const blocks = page.locator('section.chart-block', { hasText: want.heading });
    await expect(blocks.locator('tr', { hasText: want.label }).locator('td')).toHaveText('1');
    await expect(blocks.locator('td', { hasText: want.money })).toHaveCount(1);
    await expect(blocks.first().locator('.meta')).toContainText(want.source);
    await page.screenshot({ path: `/tmp/monthly-report-site-figures-${lang}.png`, fullPage: true });
  }
  // The public project page: name and stage, and no investment (the bureau did not choose to show it).
  await expect(async () => {
    await page.goto(`${siteUrl()}/zh/projects`);
    await expect(page.getByText('E2E 月通报项目').first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await page.getByRole('link', { name: 'E2E 月通报项目' }).first().click();
  await expect(page.locator('main')).toContainText('已签约');
  await expect(page.locator('main')).not.toContainText('1.5亿元');
  await page.screenshot({ path: '/tmp/monthly-report-site-project-zh.png', fullPage: true });
  await context.close();
});
