import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { siteUrl } from '../helpers/e2e.ts';
import { onePerRoutePattern, onTestServer, readSitemaps } from '../helpers/seo.ts';

// One URL of every page type in both languages: every route pattern the sitemap lists (so pages
// added later are covered as soon as they are published), plus what the sitemap leaves out.
test('axe finds no WCAG 2.1 A/AA violations on any page type, in either language', async ({ page, request }) => {
  test.setTimeout(240_000);
  const { urls } = await readSitemaps(page, request);
  const extra = ['zh', 'en'].flatMap((lang) => [
    `/${lang}/search`,
    `/${lang}/search?q=${encodeURIComponent(lang === 'zh' ? '氢能' : 'hydrogen')}`,
    `/${lang}/search?q=qqxqqz`,
    `/${lang}/contact`,
    `/${lang}/no-such-page`,
  ]);
  const targets = [...onePerRoutePattern(urls).map(onTestServer), ...extra.map((path) => `${siteUrl()}${path}`)];
  const sampled = [...new Set(targets)];
  expect(sampled.length).toBeGreaterThan(10);

  const report: string[] = [];
  for (const url of sampled) {
    const response = await page.goto(url);
    const expectedStatus = url.includes('/no-such-page') ? 404 : 200;
    if (response?.status() !== expectedStatus) {
      report.push(`${new URL(url).pathname}${new URL(url).search}: answered ${response?.status()}`);
      continue;
    }
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    for (const violation of violations) {
      report.push(`${new URL(url).pathname}${new URL(url).search}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    }
  }
  expect(report, report.join('\n')).toEqual([]);
});
