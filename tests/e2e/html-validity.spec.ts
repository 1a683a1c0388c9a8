import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { everyPageType, expectedStatus } from '../helpers/seo.ts';

// vnu-jar ships the W3C Nu HTML Checker as a jar; Java comes from the system (its postinstall,
// which would download a JDK, is not allowed to run).
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url: string;
  message: string;
  extract?: string;
  lastLine?: number;
}

test('the W3C Nu HTML Checker finds no errors on any page type, in either language', async ({ page, request }) => {
  test.setTimeout(300_000);
  const urls = await everyPageType(page, request);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnu-'));
  const fileToUrl = new Map<string, string>();
  const report: string[] = [];
  for (const [index, url] of urls.entries()) {
    const response = await request.get(url);
    if (response.status() !== expectedStatus(url)) {
      report.push(`${url}: answered ${response.status()}`);
      continue;
    }
    const file = path.join(dir, `page-${index}.html`);
    fs.writeFileSync(file, await response.body());
    fileToUrl.set(`file:${file}`, url);
  }
  expect(fileToUrl.size).toBeGreaterThan(20);

  // One run for every page: the checker takes seconds to start.
  const { stderr } = await promisify(execFile)(
    'java',
    ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...[...fileToUrl.keys()].map((f) => f.slice('file:'.length))],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] };
  for (const message of messages) {
    // Info messages (warnings among them) are advice; errors and unreadable documents fail.
    if (message.type === 'info') continue;
    const url = fileToUrl.get(message.url) ?? message.url;
    report.push(
      `${new URL(url).pathname}${new URL(url).search}:${message.lastLine ?? ''} ${message.message}${message.extract ? ` — ${message.extract.trim()}` : ''}`,
    );
  }
  fs.rmSync(dir, { recursive: true, force: true });
  expect(report, report.join('\n')).toEqual([]);
});
