import { expect, test } from '@playwright/test';
import { siteUrl } from '../helpers/e2e.ts';

// Issue 18: the day of an event and the day of the report it comes from are shown apart, a
// project's stage says when it was reported, labels use each language's punctuation, and
// Chinese inside an English page is marked as Chinese.

test('a news item shows the event day beside the report day, in each language’s one date format', async ({ page }) => {
  await page.goto(`${siteUrl()}/en/news/iwg-flexible-office-centre-agreement`);
  const meta = page.locator('main .meta').first();
  await expect(meta).toContainText('Event date: 3 July 2024');
  await expect(meta).toContainText('Published: 4 September 2024');
  await page.goto(`${siteUrl()}/zh/news/iwg-flexible-office-centre-agreement`);
  await expect(page.locator('main .meta').first()).toContainText('事件日期：2024年7月3日');
  await expect(page.locator('main .meta').first()).toContainText('发布日期：2024年9月4日');
});

test('an item whose event day is unknown shows only its date, with no event date', async ({ page }) => {
  await page.goto(`${siteUrl()}/en/news/january-august-2024-investment-results`);
  await expect(page.locator('main .meta').first()).toContainText('Published: 4 September 2024');
  await expect(page.locator('main .meta').first()).not.toContainText('Event date');
});

test('a project’s stage says the day it was reported', async ({ page }) => {
  await page.goto(`${siteUrl()}/en/projects/jinbei-electric-phase-iii`);
  await expect(page.locator('main dl.facts')).toContainText('Under construction (as reported on 4 September 2024)');
  await page.goto(`${siteUrl()}/zh/projects/jinbei-electric-phase-iii`);
  await expect(page.locator('main dl.facts')).toContainText('在建（据2024年9月4日报道）');
});

test('Chinese in an English page is tagged lang="zh-CN"', async ({ page }) => {
  // The names still to confirm are given with their Chinese originals.
  await page.goto(`${siteUrl()}/en/news/central-china-expo-delegates-visit-timken-hunan`);
  const tagged = page.locator('main [lang="zh-CN"]');
  expect(await tagged.count()).toBeGreaterThan(0);
  for (const text of await tagged.allInnerTexts()) expect(text).toMatch(/[\u4e00-\u9fff]/);
  // No Chinese character in the page's own text is left untagged.
  const untagged = await page.locator('main').evaluate((main) => {
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (/[\u4e00-\u9fff]/.test(node.textContent ?? '') && !node.parentElement?.closest('[lang="zh-CN"]')) found.push(node.textContent!);
    return found;
  });
  expect(untagged).toEqual([]);
});
