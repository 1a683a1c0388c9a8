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
      const frame = page.frameLocator('iframe.live-preview-iframe');
      await expect(frame.locator('h1')).toContainText(draftTitle(lang), { timeout: 20_000 });
    },
  },
  {
    name: '05-schedule-publish',
    as: 'editor',
    async run(page) {
      await page.locator('#live-preview-toggler').click();
      await page.locator('#action-save').locator('xpath=..').getByRole('button').last().click();
      await page.locator('.popup__content button').last().click();
      await expect(page.locator('#scheduled-publish-save')).toBeVisible();
    },
  },
  {
    name: '06-policies-list',
    as: 'editor',
    async run(page, { cmsUrl }) {
      await page.goto(`${cmsUrl}/admin/collections/policies`);
      await expect(page.locator('table tbody tr').first()).toBeVisible();
    },
  },
  {
    name: '07-other-language',
    as: 'editor',
    async run(page, { cmsUrl, lang }) {
      await page.goto(`${cmsUrl}/admin/collections/policies`);
      await page.locator('table tbody tr a').first().click();
      await expect(page.locator('#field-title')).toBeVisible();
      await page.goto(`${page.url().split('?')[0]}?locale=${lang === 'zh' ? 'en' : 'zh'}`);
      await expect(page.locator('#field-title')).toBeVisible();
    },
  },
  {
    name: '08-new-user',
    as: 'admin',
    async run(page, { cmsUrl }) {
      await page.goto(`${cmsUrl}/admin/collections/users/create`);
      await expect(page.locator('#field-email')).toBeVisible();
    },
  },
];
