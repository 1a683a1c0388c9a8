import { expect, test } from '@playwright/test';
import { siteUrl } from '../helpers/e2e.ts';

// Issue 18, points 3 and 4: the privacy notice names what the form really asks for, and the site
// promises only what exists (who answers, policy texts, filters that find something).

for (const lang of ['zh', 'en'] as const) {
  test(`the ${lang} privacy notice names every field the inquiry form has, under the form's own label`, async ({ page }) => {
    await page.goto(`${siteUrl()}/${lang}/contact`);
    const form = page.locator('form.form');
    await expect(form.locator('#name')).toBeVisible();
    // Every control that sends something: the visible ones with their label, the hidden ones by name.
    const controls = await form.locator('input[name], select[name], textarea[name]').evaluateAll((elements) =>
      elements
        .map((element) => {
          const control = element as HTMLInputElement;
          const label = control.id ? document.querySelector(`label[for="${control.id}"]`) : null;
          return { name: control.name, label: label?.firstChild?.textContent?.trim() ?? '' };
        })
        .filter(({ name }) => name !== 'fax'),
    );
    expect(controls.map((c) => c.name)).toEqual(
      expect.arrayContaining(['name', 'email', 'jobTitle', 'phone', 'website', 'companySize', 'park', 'consent']),
    );

    await page.goto(`${siteUrl()}/${lang}/privacy`);
    const collected = page.getByTestId('privacy-collected');
    const named = await collected
      .locator('li[data-field]')
      .evaluateAll((items) => Object.fromEntries(items.map((li) => [li.getAttribute('data-field'), li.textContent?.trim() ?? ''])));
    for (const { name, label } of controls) {
      expect(named[name], `${name} is named in the notice`).toBeTruthy();
      if (name !== 'consent' && label) expect(named[name], name).toContain(label);
    }
    expect(named.reference).toBeTruthy();
    expect(named.createdAt).toBeTruthy();
  });

  test(`the ${lang} privacy notice states purposes, who reads, retention, transfers and rights, and says what the bureau has yet to supply`, async ({
    page,
  }) => {
    await page.goto(`${siteUrl()}/${lang}/privacy`);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    const expected =
      lang === 'zh'
        ? [
            '使用目的',
            '谁阅读您的咨询',
            '工作专班',
            '尚未确定咨询的保存期限',
            '向境外提供',
            '单独同意',
            '查阅、复制',
            '要求删除',
            '尚未在本网站公布',
          ]
        : [
            'Why we use it',
            'Who reads your inquiry',
            "park's task force",
            'has not yet set how long',
            'outside the People',
            'separate consent',
            'obtain a copy',
            'deleted',
            'has not yet published an address',
          ];
    for (const phrase of expected) expect(text, phrase).toContain(phrase);
    // The notice no longer sends readers to contact details that exist nowhere.
    expect(text).not.toMatch(lang === 'zh' ? /联系方式见本网站/ : /details on the "Invest with us" page/);
    await expect(page.locator('main a[href$="/track"]').or(page.locator('footer a[href$="/track"]')).first()).toBeVisible();
  });

  test(`the ${lang} park page says who answers, as the routing and the notice do`, async ({ page }) => {
    await page.goto(`${siteUrl()}/${lang}/parks/motor-drive`);
    const cta = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(cta).toContain(lang === 'zh' ? '咨询由招商局答复' : 'The investment promotion bureau answers');
    expect(cta).not.toMatch(lang === 'zh' ? /园区团队将与您联系/ : /park's team will answer/);
  });

  test(`the ${lang} policy list promises no full texts and offers only filters that find something`, async ({ page }) => {
    await page.goto(`${siteUrl()}/${lang}/policies`);
    const main = page.locator('main');
    await expect(main.locator('.lead')).not.toContainText(lang === 'zh' ? '全文' : 'full text');
    // No seeded policy has an effective date yet: no status filter, and the page says why.
    await expect(page.locator('#filter-status')).toHaveCount(0);
    await expect(page.getByTestId('status-filter-note')).toBeVisible();
    for (const filter of ['type', 'industry']) {
      const values = await page
        .locator(`#filter-${filter} option:not([value=""])`)
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      expect(values.length, filter).toBeGreaterThan(0);
      for (const value of values) {
        await page.goto(`${siteUrl()}/${lang}/policies?${filter}=${value}`);
        await expect(page.locator('main .cards > li').first(), `${filter}=${value}`).toBeVisible();
      }
      await page.goto(`${siteUrl()}/${lang}/policies`);
    }
    // A chosen filter that finds nothing (an old link) stays shown and the page says why it is empty.
    await page.goto(`${siteUrl()}/${lang}/policies?status=in-force`);
    await expect(page.locator('#filter-status')).toHaveValue('in-force');
    await expect(main).toContainText(lang === 'zh' ? '没有符合' : 'Nothing matches these filters');
  });

  test(`a ${lang} policy without a document says its text is not yet published`, async ({ page }) => {
    await page.goto(`${siteUrl()}/${lang}/policies/precision-investment-action-plan`);
    await expect(page.getByTestId('policy-no-document')).toBeVisible();
    await expect(page.locator('#attachments-heading')).toHaveCount(0);
  });
}
