import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { prepareDatabase, privatePortalEnv, startPortal, type RunningPortal } from '../../scripts/lib/portal.ts';
import { freePort } from '../../scripts/lib/processes.ts';
import { inquiryFormFields } from '../helpers/e2e.ts';
import { TestSmtpServer } from '../helpers/smtp.ts';

// An officer answers a prospect through the real admin, the prospect reads it on the tracking
// page and answers, and the officer is told: on a portal of its own, whose mail goes to a real
// SMTP server this test starts (the shared portal sends no mail).
const admin = { email: 'replies-admin@portal.invalid', password: 'replies-admin-password-not-secret' };
const officer = { email: 'replies-officer@portal.invalid', password: 'replies-officer-password', name: 'Officer Li Na' };
let dir: string;
let smtp: TestSmtpServer;
let portal: RunningPortal;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-replies-'));
  smtp = new TestSmtpServer(await freePort());
  await smtp.start();
  const [port, cmsPort] = [await freePort(), await freePort()];
  const env = privatePortalEnv(dir, admin, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: 'false',
    EMAIL_FROM: 'invest@portal.invalid',
    SITE_PUBLIC_URL: `http://127.0.0.1:${port}`,
    JOBS_AUTORUN_CRON: '* * * * * *',
    EMAIL_RETRY_DELAY_MS: '500',
  });
  await prepareDatabase(env);
  portal = await startPortal({ port, cmsPort, host: '127.0.0.1', cmsHost: '127.0.0.1', env, inheritOutput: false });
});

test.afterAll(async () => {
  await portal?.stop();
  await smtp?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function login(request: APIRequestContext, user: { email: string; password: string }) {
  const response = await request.post(`${portal.cmsUrl}/api/users/login`, { data: user });
  expect(response.status()).toBe(200);
  return `JWT ${((await response.json()) as { token: string }).token}`;
}

const addresses = (field: unknown) =>
  (Array.isArray(field) ? field : [field]).flatMap((a: { value?: { address?: string }[] } | undefined) => a?.value?.map((v) => v.address));

async function mail(predicate: (m: (typeof smtp.messages)[number]) => boolean, what: string) {
  await expect.poll(() => smtp.messages.some(predicate), { message: what, timeout: 30_000 }).toBe(true);
  return smtp.messages.find(predicate)!;
}

async function signedInPage(browser: Browser, lang: 'zh' | 'en') {
  const context = await browser.newContext({ locale: lang === 'en' ? 'en-US' : 'zh-CN' });
  await context.addCookies([{ name: 'payload-lng', value: lang, url: portal.cmsUrl }]);
  const page = await context.newPage();
  await page.goto(`${portal.cmsUrl}/admin/login`);
  await page.locator('#field-email').fill(officer.email);
  await page.locator('#field-password').fill(officer.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/admin(?!\/login)/);
  return { context, page };
}

let reference: string;
let inquiryId: number;
const prospect = `prospect-${Date.now()}@example.com`;

test('an officer replies in English from a template through the admin; the prospect’s mailbox gets it with the reference', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const authorization = await login(request, admin);
  const created = await request.post(`${portal.cmsUrl}/api/users`, {
    headers: { authorization },
    data: { ...officer, role: 'investment-officer' },
  });
  expect(created.status()).toBe(201);
  const officerId = ((await created.json()) as { doc: { id: number } }).doc.id;
  expect(
    (
      await request.post(`${portal.cmsUrl}/api/globals/lead-desk`, { headers: { authorization }, data: { defaultOfficer: officerId } })
    ).status(),
  ).toBe(200);
  const template = await request.post(`${portal.cmsUrl}/api/reply-templates`, {
    headers: { authorization },
    data: {
      name: 'Welcome',
      bodyZh: '{name}您好：感谢您的咨询（{reference}）。',
      bodyEn: 'Dear {name},\n\nThank you for inquiry {reference}. I am {officer} and will be your contact.',
      linkIndustry: true,
      linkPark: false,
      linkPolicies: true,
    },
  });
  expect(template.status()).toBe(201);

  const sent = await request.post(`${portal.siteUrl}/en/contact?_action=sendInquiry`, {
    headers: { origin: portal.siteUrl },
    form: inquiryFormFields('en', { email: prospect, name: 'Jane Prospect' }),
  });
  reference = /data-testid="inquiry-reference"[^>]*>(XT-\d{4}-\d{6})</.exec(await sent.text())![1]!;
  const found = await request.get(`${portal.cmsUrl}/api/inquiries`, {
    headers: { authorization },
    params: { 'where[reference][equals]': reference, depth: 0 },
  });
  inquiryId = ((await found.json()) as { docs: { id: number }[] }).docs[0]!.id;

  const { context, page } = await signedInPage(browser, 'en');
  await page.goto(`${portal.cmsUrl}/admin/collections/inquiries/${inquiryId}`);
  const replies = page.locator('#field-replies');
  await expect(replies).toContainText('Replies to the prospect');
  await replies.getByRole('button', { name: 'Add new' }).first().click();
  const drawer = page.locator('.doc-drawer');
  await expect(drawer.getByTestId('reply-template-field')).toBeVisible();
  await drawer.getByTestId('reply-template-field').locator('.react-select').click();
  await page.getByRole('option', { name: 'Welcome' }).click();
  const body = drawer.locator('#field-body');
  await expect(body).toHaveValue(new RegExp(`^Dear Jane Prospect,\\n\\nThank you for inquiry ${reference}\\. I am Officer Li Na`));
  await expect(body).toHaveValue(/Policies: http:\/\/127\.0\.0\.1:\d+\/en\/policies/);
  await body.press('End');
  await body.pressSequentially('\n\nWe can meet in Xiangtan in May.');
  await drawer.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/successfully/i).first()).toBeVisible();

  const reply = await mail(
    (m) => addresses(m.to).includes(prospect) && Boolean(m.subject?.includes('Investment Promotion Bureau')),
    'the reply',
  );
  expect(reply.subject).toContain(reference);
  expect(addresses(reply.replyTo)).toEqual([officer.email]);
  expect(addresses(reply.from)).toEqual(['invest@portal.invalid']);
  expect(reply.text).toContain('We can meet in Xiangtan in May.');
  expect(reply.text).toContain(`Reference: ${reference}.`);

  // The timeline tells it, in English, with the officer's name, and the stage moved on.
  const history = page.locator('#field-history');
  await expect(async () => {
    await page.reload();
    await expect(history).toContainText('Reply to the prospect (English): sent, 1 attempt', { timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
  await expect(history).toContainText('Officer Li Na');
  await expect(history).toContainText('Assigned to an officer → Contacted');
  await expect(history).not.toContainText('<No ');
  await expect(replies).not.toContainText('<No ');
  await page.screenshot({ path: '/tmp/lead-replies-en.png', fullPage: true });
  await context.close();

  // The same in Chinese.
  const zh = await signedInPage(browser, 'zh');
  await zh.page.goto(`${portal.cmsUrl}/admin/collections/inquiries/${inquiryId}`);
  await expect(zh.page.locator('#field-history')).toContainText('给客户的答复 (英文): 已发送，已尝试 1 次');
  await expect(zh.page.locator('#field-history')).toContainText('已分配专员 → 已联系');
  await expect(zh.page.locator('#field-replies')).toContainText('给客户的答复');
  await zh.page.screenshot({ path: '/tmp/lead-replies-zh.png', fullPage: true });
  await zh.context.close();
});

test('the reply shows on the tracking page, and the prospect’s answer there reaches the owner by email', async ({ page }) => {
  await page.goto(`${portal.siteUrl}/en/track`);
  await page.locator('#reference').fill(reference);
  await page.locator('#email').fill(prospect);
  await page.getByRole('button', { name: 'Look up' }).click();
  const bureau = page.getByTestId('track-message-bureau');
  await expect(bureau).toContainText('We can meet in Xiangtan in May.');
  await expect(bureau).toContainText('Officer Li Na · Investment Promotion Bureau');

  // An empty answer is refused beside its field, and nothing is sent.
  await page.getByRole('button', { name: 'Send answer' }).click();
  await expect(page.getByTestId('answer-error')).toHaveText('This field is required');
  await page.locator('#message').fill('May suits us. We will bring two engineers.');
  await page.getByRole('button', { name: 'Send answer' }).click();
  await expect(page.getByTestId('answer-sent')).toHaveText('Your answer has been sent to the officer in charge.');
  await expect(page.getByTestId('track-message-prospect')).toContainText('May suits us. We will bring two engineers.');
  await page.screenshot({ path: '/tmp/lead-replies-track.png', fullPage: true });

  const notice = await mail((m) => m.subject === `[${reference}] 客户回复 / The prospect answered: Poster GmbH`, 'the owner’s notice');
  expect(addresses(notice.to)).toEqual([officer.email]);
  expect(notice.text).toContain('May suits us. We will bring two engineers.');
});

test('with the mail server down the timeline says "failed, retrying"; once it is back, "sent", and the prospect gets the reply once', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  await smtp.stop();
  const { context, page } = await signedInPage(browser, 'en');
  try {
    await page.goto(`${portal.cmsUrl}/admin/collections/inquiries/${inquiryId}`);
    await page.locator('#field-replies').getByRole('button', { name: 'Add new' }).first().click();
    const drawer = page.locator('.doc-drawer');
    const text = `Sent while the mail server is down (${Date.now()}).`;
    await drawer.locator('#field-body').fill(text);
    await drawer.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/successfully/i).first()).toBeVisible();

    const history = page.locator('#field-history');
    const line = (state: string) => new RegExp(`Reply to the prospect \\(English\\): ${state}, \\d+ attempts`);
    await expect(async () => {
      await page.reload();
      await expect(history).toContainText(line('failed, retrying'), { timeout: 5_000 });
    }).toPass({ timeout: 60_000 });
    await expect(history).toContainText('ECONNREFUSED');

    await smtp.start();
    await expect(async () => {
      await page.reload();
      await expect(history).toContainText(line('sent'), { timeout: 5_000 });
    }).toPass({ timeout: 90_000 });
    await expect.poll(() => smtp.messages.filter((m) => m.text?.includes(text)).length, { timeout: 10_000 }).toBe(1);
    // Retried, not repeated: a few seconds on, still one message.
    await page.waitForTimeout(3_000);
    expect(smtp.messages.filter((m) => m.text?.includes(text))).toHaveLength(1);
  } finally {
    await context.close();
  }
});

test('an editor sees none of the desk in the admin: no leads, replies, templates or timeline', async ({ browser, request }) => {
  const authorization = await login(request, admin);
  const editor = { email: `replies-editor-${Date.now()}@portal.invalid`, password: 'replies-editor-password' };
  const created = await request.post(`${portal.cmsUrl}/api/users`, {
    headers: { authorization },
    data: { ...editor, name: 'Editor Zhou', role: 'editor' },
  });
  expect(created.status()).toBe(201);
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  try {
    await page.goto(`${portal.cmsUrl}/admin/login`);
    await page.locator('#field-email').fill(editor.email);
    await page.locator('#field-password').fill(editor.password);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/\/admin(?!\/login)/);
    // The dashboard (and the navigation in it) offers content, not the desk.
    const dashboard = page.locator('body');
    await expect(dashboard).toContainText('新闻');
    for (const hidden of ['投资咨询', '答复模板']) await expect(dashboard).not.toContainText(hidden);
    for (const collection of ['inquiries', 'inquiry-replies', 'reply-templates', 'inquiry-activities']) {
      await page.goto(`${portal.cmsUrl}/admin/collections/${collection}`);
      await expect(page.locator('body')).not.toContainText(prospect);
      await expect(page.locator('body')).not.toContainText(reference);
    }
    await page.goto(`${portal.cmsUrl}/admin/collections/inquiries/${inquiryId}`);
    // Payload answers "nothing found" for a collection the user may not read: not even its existence.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/没有找到任何东西|没有权限/);
    await expect(page.locator('body')).not.toContainText(prospect);
    await expect(page.locator('body')).not.toContainText('We can meet in Xiangtan in May.');
  } finally {
    await context.close();
  }
});
