import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { everyPageType, expectedStatus } from '../helpers/seo.ts';

// One URL of every page type in both languages (tests/helpers/seo.ts everyPageType).
test('axe finds no WCAG 2.1 A/AA violations on any page type, in either language', async ({ page, request }) => {
  // About 50 pages, each loaded and analysed by axe: minutes on a busy 2-core machine.
  test.setTimeout(600_000);
  const sampled = await everyPageType(page, request);
  expect(sampled.length).toBeGreaterThan(10);

  const report: string[] = [];
  for (const url of sampled) {
    const response = await page.goto(url);
    if (response?.status() !== expectedStatus(url)) {
      report.push(`${new URL(url).pathname}${new URL(url).search}: answered ${response?.status()}`);
      continue;
    }
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    for (const violation of violations) {
      report.push(
        `${new URL(url).pathname}${new URL(url).search}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
      );
    }
  }
  expect(report, report.join('\n')).toEqual([]);
});
