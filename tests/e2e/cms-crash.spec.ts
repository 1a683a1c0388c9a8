import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { killHard, runLoad, startCms, taggedWhere, type Cms } from '../../bench/lib/leads.ts';
import { prepareDatabase, privatePortalEnv, root } from '../../scripts/lib/portal.ts';
import { freePort, stop, waitForUrl } from '../../scripts/lib/processes.ts';
import { fillInquiryForm } from '../helpers/e2e.ts';

// A small version of the benchmark's fault run (bench/leads.ts) on its own portal and database:
// the CMS is killed with SIGKILL in the middle of a load and started again.
const admin = { email: 'crash-admin@portal.invalid', password: 'crash-admin-password-not-secret' };
let dir: string;
let env: NodeJS.ProcessEnv;
let cms: Cms | undefined;
let site: ChildProcess | undefined;
let siteUrl: string;
let cmsPort: number;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-crash-'));
  env = privatePortalEnv(dir, admin, {
    INQUIRY_RATE_LIMIT: '100000',
  });
  await prepareDatabase(env);
  const port = await freePort();
  cmsPort = await freePort();
  siteUrl = `http://127.0.0.1:${port}`;
  cms = await startCms(env, cmsPort, siteUrl);
  site = spawn(process.execPath, [path.join(root, 'dist', 'server', 'entry.mjs')], {
    cwd: root,
    stdio: 'ignore',
    env: { ...env, HOST: '127.0.0.1', PORT: String(port), CMS_URL: cms.url },
  });
  await waitForUrl(`${siteUrl}/en/privacy`, site, 60_000);
});

test.afterAll(async () => {
  if (site) await stop(site);
  if (cms) await killHard(cms);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('kill -9 of the CMS mid-load: every acknowledged reference is stored, none twice', async ({ request }) => {
  test.setTimeout(400_000);
  const tag = `crash${randomBytes(4).toString('hex')}`;
  let restarted: Promise<void> | undefined;
  const { results } = await runLoad(siteUrl, {
    total: 120,
    clients: 10,
    tag,
    // A refused prospect sends the same form again, with the same idempotency key.
    // Generous: on a busy machine a restart of the CMS can take a minute.
    retries: 360,
    onProgress: (done) => {
      if (done === 30 && !restarted) {
        restarted = (async () => {
          await killHard(cms!);
          cms = await startCms(env, cmsPort, siteUrl);
        })();
      }
    },
  });
  await restarted;
  expect(restarted).toBeDefined();
  const login = await request.post(`${cms!.url}/api/users/login`, { data: admin });
  const { token } = (await login.json()) as { token: string };
  const stored = await request.get(`${cms!.url}/api/inquiries`, {
    headers: { authorization: `JWT ${token}` },
    params: { ...taggedWhere(tag), limit: 1000, depth: 0 },
  });
  const references = ((await stored.json()) as { docs: { reference: string }[] }).docs.map((d) => d.reference);
  const acknowledged = results.flatMap((r) => (r.reference ? [r.reference] : []));
  expect(acknowledged.filter((r) => !references.includes(r))).toEqual([]);
  expect(new Set(references).size).toBe(references.length);
  // With resends, every prospect got an answer in the end, and each inquiry is stored once.
  const unanswered = results.filter((r) => !r.reference).map((r) => `${r.status} after ${r.attempts} tries: ${r.detail?.slice(0, 120)}`);
  expect(unanswered).toEqual([]);
  expect(acknowledged).toHaveLength(120);
  expect(references).toHaveLength(120);
});

test('a prospect whose form cannot be sent because the CMS died is told so and given the bureau’s phone and email', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const login = await request.post(`${cms!.url}/api/users/login`, { data: admin });
  const { token } = (await login.json()) as { token: string };
  const contact = { phone: '+86 731 0000 0000', email: 'invest@bureau.example' };
  const saved = await request.post(`${cms!.url}/api/globals/site`, { headers: { authorization: `JWT ${token}` }, data: { contact } });
  expect(saved.ok()).toBe(true);
  await page.goto(`${siteUrl}/en/contact`);
  await fillInquiryForm(page, 'en', { name: 'Outage Prospect' });
  await killHard(cms!);
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  await expect(page.getByTestId('inquiry-alert')).toContainText('nothing was sent');
  const reachUs = page.getByTestId('bureau-contact');
  await expect(reachUs).toContainText(contact.phone);
  await expect(reachUs.getByRole('link', { name: contact.email })).toHaveAttribute('href', `mailto:${contact.email}`);
  // What was typed is kept for the next try.
  await expect(page.locator('#name')).toHaveValue('Outage Prospect');
  cms = await startCms(env, cmsPort, siteUrl);
});
