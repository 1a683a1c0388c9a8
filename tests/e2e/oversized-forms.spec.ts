import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { expect, test } from '@playwright/test';
import { siteHeapFlags } from '../../scripts/lib/portal.ts';
import { stop } from '../../scripts/lib/processes.ts';
import { cmsUrl, inquiryFormFields } from '../helpers/e2e.ts';
import { startSiteProcess } from '../helpers/siteProcess.ts';

// A site of its own on the shared CMS, started as `npm start` starts it (its heap limit
// included), so that its memory is its own to measure.
let site: ChildProcess;
let siteUrl: string;
test.beforeAll(async () => {
  ({ url: siteUrl, process: site } = await startSiteProcess(
    { CMS_URL: cmsUrl(), SITE_API_KEY: process.env.E2E_SITE_API_KEY },
    { nodeFlags: siteHeapFlags(process.env) },
  ));
});
test.afterAll(async () => stop(site));

test.describe.configure({ mode: 'serial' });

const marker = 'POSTED-TEXT-';
/** 8 MB of text no answer may contain. */
const eightMegabytes = marker.repeat(Math.ceil((8 * 2 ** 20) / marker.length));
const forms = [
  {
    lang: 'en',
    path: '/en/contact?_action=sendInquiry',
    fields: () => inquiryFormFields('en', { message: eightMegabytes }),
    title: 'Too much data sent',
  },
  {
    lang: 'zh',
    path: '/zh/contact?_action=sendInquiry',
    fields: () => inquiryFormFields('zh', { message: eightMegabytes }),
    title: '提交的内容过大',
  },
  {
    lang: 'en',
    path: '/en/track?_action=trackInquiry',
    fields: () => ({ reference: eightMegabytes, email: 'a@example.com' }),
    title: 'Too much data sent',
  },
  {
    lang: 'zh',
    path: '/zh/track?_action=trackInquiry',
    fields: () => ({ reference: eightMegabytes, email: 'a@example.com' }),
    title: '提交的内容过大',
  },
] as const;

/** Posts a form body in 64 KB chunks with no Content-Length (Transfer-Encoding: chunked). */
function postChunked(url: string, body: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', headers: { origin: siteUrl, 'content-type': 'application/x-www-form-urlencoded' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode!, body: Buffer.concat(chunks) }));
      },
    );
    request.on('error', reject);
    const bytes = Buffer.from(body);
    for (let offset = 0; offset < bytes.length; offset += 65_536) request.write(bytes.subarray(offset, offset + 65_536));
    request.end();
  });
}

/** The site process's resident memory, in KB, as the kernel counts it. */
const residentKb = () => Number(/^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${site.pid}/status`, 'utf8'))![1]);

test('an 8 MB form to contact or track gets a small 413 page in both languages that never shows what was posted', async ({ request }) => {
  for (const form of forms) {
    const response = await request.post(`${siteUrl}${form.path}`, { headers: { origin: siteUrl }, form: form.fields() });
    expect(response.status(), form.path).toBe(413);
    const body = await response.body();
    expect(body.length, form.path).toBeLessThan(50_000);
    const html = body.toString('utf8');
    expect(html).not.toContain(marker);
    expect(html).toContain(form.title);
    expect(html).toContain(form.lang === 'en' ? '提交的内容过大' : 'Too much data sent');
    expect(response.headers()['cache-control']).toBe('private, no-store');
  }
});

test('an 8 MB form sent in chunks, without a length, is refused the same way while it streams', async () => {
  for (const form of forms) {
    const { status, body } = await postChunked(`${siteUrl}${form.path}`, new URLSearchParams(form.fields()).toString());
    expect(status, form.path).toBe(413);
    expect(body.length).toBeLessThan(50_000);
    expect(body.toString('utf8')).not.toContain(marker);
    expect(body.toString('utf8')).toContain(form.title);
  }
});

test("refusing 8 MB forms does not grow the site's memory", async ({ request }) => {
  const post = (index: number) => {
    const form = forms[index % forms.length];
    return index % 2 === 0
      ? request.post(`${siteUrl}${form.path}`, { headers: { origin: siteUrl }, form: form.fields() }).then((response) => response.status())
      : postChunked(`${siteUrl}${form.path}`, new URLSearchParams(form.fields()).toString()).then((response) => response.status);
  };
  // The chunks a refused body arrives in are dropped as they come, but V8 frees them only when it
  // next collects (it lets up to 64 MB of such memory build up first), so the site's size moves by
  // some MB on a noisy machine. Measured on this one: +8 MB after the first 12 forms (96 MB), then
  // +14 MB over 20 more (160 MB). A page that read a body whole, or echoed it, holds 8 MB of body
  // and 17 MB of page per form at once: 20 of them would pass the bound below several times over.
  for (let index = 0; index < 12; index += 1) expect(await post(index)).toBe(413);
  const before = residentKb();
  for (let index = 0; index < 20; index += 1) expect(await post(index)).toBe(413);
  const after = residentKb();
  console.log(`site RSS ${before} KB before, ${after} KB after 20 refused 8 MB forms (+${after - before} KB)`);
  expect(after - before).toBeLessThan(32 * 1024);
  // And the site still answers a form of ordinary size.
  const ordinary = await request.post(`${siteUrl}/en/track?_action=trackInquiry`, {
    headers: { origin: siteUrl },
    form: { reference: 'XT-2026-999999', email: 'a@example.com' },
  });
  expect(ordinary.status()).toBe(200);
});
