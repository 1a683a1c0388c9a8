import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, test } from '@playwright/test';
import { prepareDatabase, privatePortalEnv, startPortal, type RunningPortal } from '../../scripts/lib/portal.ts';
import { freePort } from '../../scripts/lib/processes.ts';
import { fillInquiryForm, startUsingInquiryForm } from '../helpers/e2e.ts';

// A portal of its own, started as `npm start` starts it (scripts/lib/portal.ts), whose two
// servers' standard output this spec reads line by line: nothing else writes to these logs.
const admin = { email: 'logs-admin@portal.invalid', password: 'logs-admin-password-not-secret' };
const output = { site: '', cms: '' };
/** How much each server had written when both answered: what follows is written while serving. */
const startUp = { site: 0, cms: 0 };
let portal: RunningPortal;
let dir: string;
let env: NodeJS.ProcessEnv;

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

test.beforeAll(async () => {
  test.setTimeout(300_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-logs-'));
  // No SMTP server: Payload's console mail adapter logs each notification at info (with its recipient).
  env = privatePortalEnv(dir, admin, { LOG_LEVEL: 'info', SMTP_HOST: '', JOBS_AUTORUN_CRON: '* * * * * *' });
  await prepareDatabase(env);
  const [port, cmsPort] = [await freePort(), await freePort()];
  portal = await startPortal({
    port,
    cmsPort,
    host: '127.0.0.1',
    cmsHost: '127.0.0.1',
    env,
    inheritOutput: false,
    onOutput: (server, chunk) => (output[server] += chunk.toString('utf8')),
  });
  Object.assign(startUp, { site: output.site.length, cms: output.cms.length });
});

test.afterAll(async () => {
  await portal?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

type Line = Record<string, unknown>;
// Next colours its own lines when the environment asks for colour (Playwright sets FORCE_COLOR).
const linesOf = (server: 'site' | 'cms', from = 0) =>
  output[server]
    .slice(from)
    .split('\n')
    .filter(Boolean)
    .map((line) => stripVTControlCharacters(line));
const jsonLines = (server: 'site' | 'cms'): Line[] =>
  linesOf(server).flatMap((line) => {
    try {
      return [JSON.parse(line) as Line];
    } catch {
      return [];
    }
  });
const requestLines = (server: 'site' | 'cms', requestId: string) =>
  jsonLines(server).filter((line) => line.msg === 'request' && line.requestId === requestId);
const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

test('each request is one JSON line on its server, and a page’s request id is on the CMS lines of the calls it made', async ({
  request,
}) => {
  const page = await request.get(`${portal.siteUrl}/en/news?page=1`, { headers: { 'x-request-id': 'trace-news-0001' } });
  expect(page.status()).toBe(200);
  expect(page.headers()['x-request-id']).toBe('trace-news-0001');

  await expect.poll(() => requestLines('site', 'trace-news-0001').length).toBe(1);
  const [siteLine] = requestLines('site', 'trace-news-0001');
  expect(siteLine).toEqual({
    level: 'info',
    time: expect.stringMatching(isoTime),
    service: 'site',
    requestId: 'trace-news-0001',
    method: 'GET',
    path: '/en/news',
    query: ['page'],
    status: 200,
    durationMs: expect.any(Number),
    msg: 'request',
  });
  // The page's reads of the CMS, each logged by the CMS with the page's id, within the page's time.
  const cmsLines = requestLines('cms', 'trace-news-0001');
  expect(cmsLines.length).toBeGreaterThan(0);
  for (const line of cmsLines) {
    expect(line).toMatchObject({ level: 'info', service: 'cms', method: 'GET', status: 200, time: expect.stringMatching(isoTime) });
    expect(line.path).toMatch(/^\/api\//);
    expect(line.durationMs as number).toBeLessThanOrEqual(siteLine!.durationMs as number);
  }

  // An unusable incoming id is replaced by the site's own, which the CMS then logs.
  const replaced = await request.get(`${portal.siteUrl}/zh/news`, { headers: { 'x-request-id': 'no good "id"' } });
  const madeId = replaced.headers()['x-request-id']!;
  expect(madeId).toMatch(/^[0-9a-f]{8}-[0-9a-f-]{27}$/);
  await expect.poll(() => requestLines('site', madeId).length).toBe(1);
  expect(requestLines('cms', madeId).length).toBeGreaterThan(0);
  expect(output.site + output.cms).not.toContain('no good');

  // The CMS's own answers (admin, API) carry an id too, and its lines say their status.
  const missing = await request.get(`${portal.cmsUrl}/api/news/999999`, { headers: { 'x-request-id': 'trace-cms-0404' } });
  expect(missing.status()).toBe(404);
  expect(missing.headers()['x-request-id']).toBe('trace-cms-0404');
  await expect
    .poll(() => requestLines('cms', 'trace-cms-0404'))
    .toEqual([expect.objectContaining({ method: 'GET', path: '/api/news/999999', status: 404 })]);

  // Everything the servers write while serving is JSON; only their start-up messages are for a person.
  for (const server of ['site', 'cms'] as const)
    expect(linesOf(server, startUp[server]).filter((line) => !line.startsWith('{'))).toEqual([]);
  expect(linesOf('cms').filter((line) => !line.startsWith('{'))).toContainEqual(
    expect.stringMatching(/✓ Running next\.config\.mjs took \d/),
  );
  expect(linesOf('site').filter((line) => !line.startsWith('{'))).toContainEqual(expect.stringMatching(/^Server listening on http:\/\//));
});

test('an inquiry, its tracking and logins leave no email, name, phone, message, password or key in either server’s log', async ({
  browser,
  request,
}) => {
  const tag = `logcheck${Date.now().toString(36)}`;
  const email = `${tag}@example.com`;
  const name = `Lena ${tag}`;
  const message = `Our confidential plan ${tag} for a motor plant.`;
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-request-id': 'trace-inquiry-01' } });
  const page = await context.newPage();
  await page.goto(`${portal.siteUrl}/en/contact`);
  await startUsingInquiryForm(page);
  await fillInquiryForm(page, 'en', { email, name, message, company: 'Log Check Motors Pte Ltd' });
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  const reference = (await page.getByTestId('inquiry-reference').textContent())!;
  expect(reference).toMatch(/^XT-\d{4}-\d{6}$/);

  await page.goto(`${portal.siteUrl}/en/track`);
  await page.locator('#reference').fill(reference);
  await page.locator('#email').fill(email);
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByTestId('track-stage')).toBeVisible();
  await context.close();

  const wrongPassword = `wrong-${tag}`;
  expect((await request.post(`${portal.cmsUrl}/api/users/login`, { data: { email: admin.email, password: wrongPassword } })).status()).toBe(
    401,
  );
  expect((await request.post(`${portal.cmsUrl}/api/users/login`, { data: admin })).status()).toBe(200);

  // The form's POST reached the CMS's inquiry endpoint under the browser's id.
  await expect
    .poll(() => requestLines('cms', 'trace-inquiry-01').filter((line) => line.method === 'POST').length, { timeout: 30_000 })
    .toBeGreaterThan(0);
  expect(requestLines('site', 'trace-inquiry-01').some((line) => line.method === 'POST')).toBe(true);
  // Payload's own lines are JSON too: its console mail adapter's, for this inquiry's notifications,
  // with the recipient left out.
  await expect
    .poll(() => jsonLines('cms').filter((line) => line.name === 'payload' && String(line.msg).includes(reference)).length, {
      timeout: 60_000,
    })
    .toBeGreaterThan(0);
  const mailLines = jsonLines('cms').filter((line) => line.name === 'payload' && String(line.msg).startsWith('Email attempted'));
  expect(mailLines.length).toBeGreaterThan(0);
  for (const line of mailLines)
    expect(line).toMatchObject({ level: 'info', service: 'cms', msg: expect.stringContaining("To: '[email]'") });

  const logs = output.site + output.cms;
  // The first administrator's address may be in a start-up message (the seed says whom it
  // created); never in what the servers write while serving.
  expect(output.site.slice(startUp.site) + output.cms.slice(startUp.cms)).not.toContain(admin.email);
  for (const secret of [
    tag,
    email,
    email.toUpperCase(),
    name,
    message,
    '+65 6000 0000',
    '6000 0000',
    admin.password,
    wrongPassword,
    env.SITE_API_KEY!,
    env.PAYLOAD_SECRET!,
    env.REVALIDATE_SECRET!,
  ])
    expect(logs, secret).not.toContain(secret);
});
