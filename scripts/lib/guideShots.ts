import { expect, type Page } from '@playwright/test';

export type GuideLanguage = 'zh' | 'en';

export interface GuideShotContext {
  lang: GuideLanguage;
  cmsUrl: string;
  siteUrl: string;
}

/** One screenshot of the editor guide: docs/images/editor-guide/<lang>/<name>.png. */
export interface GuideShot {
  name: string;
  /** Who is signed in for it. */
  as: 'editor' | 'admin';
  /** Brings the page to what the picture shows, checking that it does. */
  run(page: Page, context: GuideShotContext): Promise<void>;
}

const say = (lang: GuideLanguage, zh: string, en: string) => (lang === 'zh' ? zh : en);
/** A draft the walk writes, in the admin's language; unique per language. */
const draftTitle = (lang: GuideLanguage) => say(lang, '高新区举办新能源企业座谈会', 'Clean-energy companies meet in the zone');

/**
 * The guide's flows in the order the guide tells them. Each step continues from where the last
 * one left its page (the news draft written in "create" is previewed and scheduled next).
 */
export const guideShots: GuideShot[] = [
  {
    name: '01-dashboard',
    as: 'editor',
    async run(page, { cmsUrl, lang }) {
      await page.goto(`${cmsUrl}/admin`);
      await expect(page.getByTestId('editor-guide-link')).toContainText(say(lang, '编辑指南', 'Editor guide'));
    },
  },
  {
    name: '02-news-list',
    as: 'editor',
    async run(page, { cmsUrl }) {
      await page.goto(`${cmsUrl}/admin/collections/news`);
      await expect(page.locator('table tbody tr').first()).toBeVisible();
    },
  },
  {
    name: '03-create-news',
    as: 'editor',
    async run(page, { cmsUrl, lang }) {
      await page.goto(`${cmsUrl}/admin/collections/news/create?locale=${lang}`);
      await page.locator('#field-title').fill(draftTitle(lang));
      // The slug follows the title until the editor types their own.
      await expect(page.locator('#field-slug')).not.toHaveValue('');
      await page
        .locator('#field-summary')
        .fill(
          say(
            lang,
            '新能源企业代表与园区交流项目落地需求。',
            'Representatives of clean-energy companies met the park about their projects.',
          ),
        );
      await expect(page).toHaveURL(/\/news\/\d+/, { timeout: 20_000 });
    },
  },
  {
    name: '04-live-preview',
    as: 'editor',
    async run(page, { lang }) {
      await page.locator('#live-preview-toggler').click();
      const frame = page.frameLocator('#live-preview-iframe');
      await expect(frame.locator('h1')).toContainText(draftTitle(lang), { timeout: 20_000 });
    },
  },
  {
    name: '05-schedule-publish',
    as: 'editor',
    async run(page, { lang }) {
      await page.locator('#live-preview-toggler').click();
      await page.locator('#action-save').locator('xpath=..').getByRole('button').last().click();
      await page.getByRole('button', { name: say(lang, '预约发布', 'Schedule Publish') }).click();
      const drawer = page.getByRole('dialog').filter({ has: page.locator('#scheduled-publish-save') });
      await expect(drawer.locator('.timezone-picker')).toContainText('Asia/Shanghai');
      await expect(drawer.locator('.radio-input--is-selected')).toHaveText(say(lang, '发布', 'Publish'));
      // Tomorrow at 09:30 China time, typed as the guide tells.
      const tomorrow = new Date(Date.now() + 8 * 3600_000 + 24 * 3600_000).toISOString().slice(0, 10);
      const input = drawer.locator('#time input');
      await input.fill(`${tomorrow} 09:30`);
      await input.press('Tab');
      await drawer.locator('#scheduled-publish-save').click();
      await expect(drawer.locator('.schedule-publish__upcoming table')).toBeVisible();
    },
  },
  {
    name: '06-scheduled-list',
    as: 'editor',
    async run(page, { cmsUrl }) {
      await page.goto(`${cmsUrl}/admin/collections/news`);
      await expect(page.getByTestId('scheduled-list')).toBeVisible();
    },
  },
  {
    name: '07-policies-list',
    as: 'editor',
    async run(page, { cmsUrl }) {
      await page.goto(`${cmsUrl}/admin/collections/policies`);
      await expect(page.locator('table tbody tr').first()).toBeVisible();
    },
  },
  {
    name: '08-other-language',
    as: 'editor',
    async run(page, { cmsUrl, lang }) {
      await page.goto(`${cmsUrl}/admin/collections/policies`);
      await page.locator('table tbody tr a').first().click();
      await expect(page.locator('#field-title')).toBeVisible();
      await page.goto(`${page.url().split('?')[0]}?locale=${lang === 'zh' ? 'en' : 'zh'}`);
      await expect(page.locator('#field-title')).toBeVisible();
      await expect(page.getByTestId('editing-locale-banner')).toContainText(
        say(lang, '正在编辑英文内容', 'You are editing the Chinese version'),
      );
    },
  },
  {
    name: '09-new-user',
    as: 'admin',
    async run(page, { cmsUrl, lang }) {
      await page.goto(`${cmsUrl}/admin/collections/users/create`);
      await expect(page.locator('#field-email')).toBeVisible();
      await page.locator('#field-role').click();
      await expect(page.locator('.rs__option').filter({ hasText: say(lang, '招商专员', 'Investment officer') })).toBeVisible();
    },
  },
];
