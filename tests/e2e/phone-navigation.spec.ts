import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { siteUrl } from '../helpers/e2e.ts';

// Issue 18: on a 390 × 844 phone the nine links used to wrap into four rows and push the page's
// heading 299–369 px down. They now sit behind a disclosure button (details/summary).
const phone = { width: 390, height: 844 };
const menuName = { zh: '菜单', en: 'Menu' } as const;
const navName = { zh: '主导航', en: 'Main navigation' } as const;
const paths = ['/', '/about', '/location', '/policies', '/parks/motor-drive', '/news', '/privacy', '/contact', '/projects/timken-phase-ii'];

async function phonePage(browser: Browser, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ viewport: phone, javaScriptEnabled });
  return { context, page: await context.newPage() };
}

/** The menu button as Chromium hands it to screen readers: its role, name and expanded state. */
async function menuButtonAx(page: Page, name: string) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[];
  };
  const node = nodes.find((n) => n.name?.value === name && n.role?.value !== 'StaticText' && n.role?.value !== 'InlineTextBox');
  await cdp.detach();
  return { role: node?.role?.value, expanded: node?.properties?.find((p) => p.name === 'expanded')?.value.value };
}

for (const lang of ['zh', 'en'] as const) {
  for (const javaScriptEnabled of [false, true]) {
    test(`on a 390px phone the ${lang} heading starts in the top quarter and the links wait behind the menu (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
      browser,
    }) => {
      const { context, page } = await phonePage(browser, javaScriptEnabled);
      for (const path of paths) {
        const response = await page.goto(`${siteUrl()}/${lang}${path === '/' ? '' : path}`);
        expect(response?.status(), path).toBe(200);
        const heading = await page.locator('main h1').first().boundingBox();
        expect(heading, path).not.toBeNull();
        expect(heading!.y, `${path}: heading top`).toBeLessThanOrEqual(210);
        await expect(page.getByRole('navigation', { name: navName[lang] }), path).toBeHidden();
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(phone.width);
      }
      await page.locator('.site-header summary').click();
      const nav = page.getByRole('navigation', { name: navName[lang] });
      await expect(nav.getByRole('link')).toHaveCount(9);
      for (const link of await nav.getByRole('link').all()) await expect(link).toBeInViewport();
      await nav.getByRole('link').nth(3).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/location$`));
      await context.close();
    });
  }

  test(`the ${lang} menu button opens and closes from the keyboard and tells screen readers its state`, async ({ browser }) => {
    const { context, page } = await phonePage(browser, false);
    await page.goto(`${siteUrl()}/${lang}/news`);
    const summary = page.locator('.site-header summary');
    await expect(summary).toHaveText(menuName[lang]);
    expect(await menuButtonAx(page, menuName[lang])).toEqual({ role: 'DisclosureTriangle', expanded: false });

    // Skip link, brand, language switch, then the menu button.
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
    await expect(summary).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.site-header details')).toHaveAttribute('open', '');
    expect(await menuButtonAx(page, menuName[lang])).toEqual({ role: 'DisclosureTriangle', expanded: true });
    await page.keyboard.press('Tab');
    await expect(page.getByRole('navigation', { name: navName[lang] }).getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect(page.locator('.site-header details')).not.toHaveAttribute('open', '');
    await expect(page.getByRole('navigation', { name: navName[lang] })).toBeHidden();
    await context.close();
  });

  test(`axe finds nothing on the ${lang} phone header, closed or open`, async ({ browser }) => {
    test.setTimeout(180_000);
    // axe runs as a script in the page.
    const { context, page } = await phonePage(browser, true);
    await page.goto(`${siteUrl()}/${lang}/location`);
    const closed = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(closed.violations.map((v) => v.id)).toEqual([]);
    await page.locator('.site-header summary').click();
    const open = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(open.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });

  test(`on a wide screen the ${lang} links show in the header and the menu button does not`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${siteUrl()}/${lang}/policies`);
    await expect(page.locator('.site-header summary')).toBeHidden();
    const nav = page.getByRole('navigation', { name: navName[lang] });
    await expect(nav.getByRole('link')).toHaveCount(9);
    for (const link of await nav.getByRole('link').all()) await expect(link).toBeVisible();
    await expect(nav.getByRole('link', { name: lang === 'zh' ? '政策文件' : 'Policies' })).toHaveAttribute('aria-current', 'page');
  });
}
