import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { everyPageType, expectedStatus } from '../helpers/seo.ts';
import { markdownTable, writeReport } from '../helpers/report.ts';

/** The inquiry page's budget: all its JavaScript, gzipped. */
const inquiryBudget = 70 * 1024;
const isInquiryPage = (path: string) => /^\/(zh|en)\/contact$/.test(path);

// gzip at zlib's default level, what a compressing proxy or CDN in front of the site sends
// (the Node server itself does not compress).
const gzipped = (bytes: Buffer | string) => gzipSync(bytes).length;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

test('pages ship no JavaScript, and the inquiry page at most 70 KB gzipped', async ({ page, request }) => {
  test.setTimeout(300_000);
  const urls = await everyPageType(page, request);
  const rows: { page: string; files: { url: string; bytes: number; gzip: number }[]; inline: number; total: number }[] = [];
  const failures: string[] = [];

  for (const url of urls) {
    // Every script the page loads, module preloads and the island's own imports included, also
    // those loaded when the island hydrates.
    const scripts = new Map<string, Promise<Buffer>>();
    const onResponse = (response: import('@playwright/test').Response) => {
      const type = response.headers()['content-type'] ?? '';
      if (response.request().resourceType() === 'script' || /javascript/.test(type) || /\.m?js(\?|$)/.test(response.url())) {
        scripts.set(response.url(), response.body());
      }
    };
    page.on('response', onResponse);
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    expect(response?.status(), url).toBe(expectedStatus(url));
    // An island that hydrates on first use (the inquiry form, `client:interaction`) is counted
    // as a visitor gets it: once the first field is focused and the island has hydrated.
    if ((await page.locator('astro-island').count()) > 0) {
      await page.locator('astro-island').getByRole('textbox').first().focus();
      await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
      await page.waitForLoadState('networkidle');
    }
    page.off('response', onResponse);
    // Inline scripts that run (JSON-LD is data, not code).
    const inline = await page.$$eval('script:not([src])', (elements) =>
      elements.filter((e) => !/json/.test(e.getAttribute('type') ?? '')).map((e) => e.textContent ?? ''),
    );
    const files = await Promise.all(
      [...scripts].map(async ([src, body]) => {
        const bytes = await body;
        return { url: new URL(src).pathname, bytes: bytes.length, gzip: gzipped(bytes) };
      }),
    );
    const inlineGzip = inline.length ? gzipped(inline.join('\n')) : 0;
    const total = files.reduce((sum, f) => sum + f.gzip, 0) + inlineGzip;
    const name = `${new URL(url).pathname}${new URL(url).search}`;
    rows.push({ page: name, files, inline: inlineGzip, total });
    if (isInquiryPage(name) ? total > inquiryBudget : total > 0) {
      failures.push(
        `${name}: ${total} bytes of JavaScript gzipped (budget ${isInquiryPage(name) ? inquiryBudget : 0}): ${files.map((f) => `${f.url} ${f.gzip}`).join(', ')}${inlineGzip ? `, inline ${inlineGzip}` : ''}`,
      );
    }
  }

  const table = markdownTable(
    ['page', 'script files', 'inline (gzip)', 'total gzip', 'budget'],
    rows.map((r) => [
      r.page,
      r.files.length ? r.files.map((f) => `${f.url.replace('/_astro/', '')} ${kb(f.bytes)} KB → ${kb(f.gzip)} KB`).join('<br>') : '—',
      r.inline ? `${kb(r.inline)} KB` : '0',
      `${kb(r.total)} KB`,
      isInquiryPage(r.page) ? '70 KB' : '0',
    ]),
  );
  const dir = writeReport('js-budget', `# JavaScript each page ships (gzip)\n\n${table}`, rows);
  console.log(`JavaScript budget (report in ${dir}):\n${table}`);
  expect(
    rows.some((r) => isInquiryPage(r.page) && r.total > 0),
    'the inquiry page loads its island',
  ).toBe(true);
  expect(failures, failures.join('\n')).toEqual([]);
});
