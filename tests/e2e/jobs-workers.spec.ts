import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { prepareDatabase, privatePortalEnv, startCmsInstance, type CmsInstance } from '../../scripts/lib/portal.ts';
import { freePort } from '../../scripts/lib/processes.ts';
import { testAdmin } from '../helpers/e2e.ts';
import { newKey, validInquiry } from '../helpers/inquiries.ts';
import { TestSmtpServer } from '../helpers/smtp.ts';

// Two processes of the built CMS on one SQLite file (WAL), as two servers behind one database
// run it (docs/operations.md, "More than one server"): both take inquiries and queue their
// emails, both work the one jobs queue, and the test's own SMTP server counts what arrives.

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

let dir: string;
let env: NodeJS.ProcessEnv;
let smtp: TestSmtpServer;
const cms: { a?: CmsInstance; b?: CmsInstance } = {};
const output = { a: [] as string[], b: [] as string[] };

async function start(name: 'a' | 'b', extra: Record<string, string> = {}) {
  output[name] = [];
  cms[name] = await startCmsInstance({
    port: await freePort(),
    env: { ...env, ...extra },
    onOutput: (chunk) => output[name].push(...chunk.toString('utf8').split('\n').filter(Boolean)),
  });
}

/** The jobs each process's runner took, from Payload's "Running N jobs." lines (any task: the hourly sweeps count too). */
const jobsRun = (name: 'a' | 'b') =>
  output[name]
    .map((line) => /"msg":"Running (\d+) jobs\."/.exec(line)?.[1])
    .filter(Boolean)
    .reduce((sum, n) => sum + Number(n), 0);

test.beforeAll(async () => {
  // Migrations, seed and two CMS start-ups.
  test.setTimeout(180_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-jobs-'));
  smtp = new TestSmtpServer(await freePort());
  await smtp.start();
  env = privatePortalEnv(dir, testAdmin, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: 'false',
    EMAIL_FROM: 'leads@portal.invalid',
    BUREAU_INBOX: 'bureau@portal.invalid',
    // Both runners tick every second, at the same instants: the case where they meet most.
    JOBS_AUTORUN_CRON: '* * * * * *',
    EMAIL_RETRY_DELAY_MS: '250',
    LOG_LEVEL: 'info',
    SITE_URL: '',
    REVALIDATE_TARGETS: '',
  });
  await prepareDatabase(env);
  await Promise.all([start('a'), start('b')]);
});

test.afterAll(async () => {
  await Promise.all([cms.a?.stop(), cms.b?.stop()]);
  await smtp?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function adminHeader(url: string) {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(testAdmin),
  });
  expect(response.status).toBe(200);
  return { authorization: `JWT ${((await response.json()) as { token: string }).token}` };
}

/** `count` inquiries sent as the site sends them, to the two processes in turn, ten at a time. */
async function submitInquiries(count: number, tag: string): Promise<string[]> {
  const targets = [cms.a!.url, cms.b!.url];
  const references: string[] = [];
  for (let first = 0; first < count; first += 10) {
    const batch = Array.from({ length: Math.min(10, count - first) }, async (_, i) => {
      const n = first + i;
      const response = await fetch(`${targets[n % 2]}/api/inquiries/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'en', authorization: `users API-Key ${env.SITE_API_KEY}` },
        body: JSON.stringify({ ...validInquiry, idempotencyKey: newKey(), email: `${tag}-${n}@example.com`, company: `${tag} ${n}` }),
      });
      expect(response.status, await response.clone().text()).toBe(201);
      return ((await response.json()) as { reference: string }).reference;
    });
    references.push(...(await Promise.all(batch)));
  }
  return references;
}

/** How many emails the CMS has put on these inquiries' timelines (one job, so one message, each). */
async function emailsQueued(references: string[], headers: Record<string, string>) {
  const params = new URLSearchParams({
    'where[action][equals]': 'email',
    'where[inquiry.reference][in]': references.join(','),
    limit: '1',
    depth: '0',
  });
  const response = await fetch(`${cms.a!.url}/api/inquiry-activities?${params}`, { headers });
  expect(response.status).toBe(200);
  return ((await response.json()) as { totalDocs: number }).totalDocs;
}

/** Email jobs not done yet (done ones are deleted; the hourly sweeps wait in the queue meanwhile). */
async function emailJobsLeft(headers: Record<string, string>) {
  const response = await fetch(`${cms.a!.url}/api/payload-jobs?where[taskSlug][equals]=sendInquiryEmail&limit=1&depth=0`, { headers });
  expect(response.status).toBe(200);
  return ((await response.json()) as { totalDocs: number }).totalDocs;
}

/** Waits until the queue is empty, then checks that each queued email arrived exactly once. */
async function expectEachSentOnce(references: string[], before: number) {
  const headers = await adminHeader(cms.a!.url);
  const queued = await emailsQueued(references, headers);
  // Bureau inbox, the lead desk's officer if one is set, and the prospect's confirmation.
  expect(queued).toBeGreaterThanOrEqual(2 * references.length);
  await expect.poll(() => emailJobsLeft(headers), { timeout: 180_000, intervals: [1000] }).toBe(0);
  await expect.poll(() => smtp.messages.length - before, { timeout: 30_000 }).toBeGreaterThanOrEqual(queued);
  const mails = smtp.messages.slice(before);
  expect(mails).toHaveLength(queued);
  const perInquiry = queued / references.length;
  for (const reference of references) {
    const ours = mails.filter((mail) => mail.subject?.includes(reference));
    const recipients = ours.map((mail) => JSON.stringify(mail.to));
    expect({ reference, count: ours.length, distinct: new Set(recipients).size }).toEqual({
      reference,
      count: perInquiry,
      distinct: perInquiry,
    });
  }
  return queued;
}

test('two CMS processes on one database send each notification of 100 inquiries exactly once, and both work the queue', async () => {
  const before = smtp.messages.length;
  const references = await submitInquiries(100, 'together');
  expect(new Set(references).size).toBe(100);
  await expectEachSentOnce(references, before);
  // Each process ran some of them.
  test.info().annotations.push({ type: 'jobs run', description: `a: ${jobsRun('a')}, b: ${jobsRun('b')}` });
  expect(jobsRun('a')).toBeGreaterThan(0);
  expect(jobsRun('b')).toBeGreaterThan(0);
});

test('with JOBS_AUTORUN=false in one process the other sends them all, and both answer ready', async () => {
  await cms.b!.stop();
  await start('b', { JOBS_AUTORUN: 'false' });
  output.a = [];
  const before = smtp.messages.length;
  const references = await submitInquiries(100, 'oneworker');
  const queued = await expectEachSentOnce(references, before);
  expect(jobsRun('b')).toBe(0);
  expect(jobsRun('a')).toBeGreaterThanOrEqual(queued);

  const ready = await fetch(`${cms.b!.url}/api/readyz`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready', checks: { 'database.read': 'ok', 'database.write': 'ok' }, jobsRunner: 'off' });
  const worker = await fetch(`${cms.a!.url}/api/readyz`);
  expect(worker.status).toBe(200);
  expect(await worker.json()).toEqual({
    status: 'ready',
    checks: { 'database.read': 'ok', 'database.write': 'ok', jobs: 'ok' },
    jobsRunner: 'on',
    jobsRanAt: expect.any(String),
  });
});
