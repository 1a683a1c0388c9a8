import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/processes.ts';
import { makeUser, startTestCms, type TestCms } from '../helpers/payload';
import { TestSmtpServer } from '../helpers/smtp';

let cms: TestCms;
let smtp: TestSmtpServer;

beforeAll(async () => {
  smtp = new TestSmtpServer(await freePort());
  await smtp.start();
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: 'false',
    EMAIL_FROM: 'cms@portal.invalid',
  });
  // The address the tests' requests reach the CMS at; no CMS_PUBLIC_URL, so Payload has no server URL.
  delete process.env.CMS_PUBLIC_URL;
  process.env.CMS_URL = 'http://cms.test';
  cms = await startTestCms();
});
afterAll(async () => {
  await cms?.close();
  await smtp?.stop();
  delete process.env.CMS_URL;
});

async function mailTo(address: string) {
  const deadline = Date.now() + 15_000;
  const find = () =>
    smtp.messages.find((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((a) => a?.value.some((v) => v.address === address)));
  while (!find()) {
    if (Date.now() > deadline) throw new Error(`no email to ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return find()!;
}

describe('a password reset requested through the REST API', () => {
  it('mails an absolute, bilingual link whose token resets the password', async () => {
    const user = await makeUser(cms.payload, 'editor');
    const asked = await cms.api('POST', '/users/forgot-password', { body: { email: user.email } });
    expect(asked.status).toBe(200);
    const mail = await mailTo(user.email);
    expect(mail.subject).toBe('重置您的密码 / Reset your password · 湘潭高新区门户 CMS');
    const html = String(mail.html);
    expect(html.indexOf('重置密码')).toBeGreaterThan(-1);
    expect(html.indexOf('重置密码')).toBeLessThan(html.indexOf('reset the password'));
    const links = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    const link = new URL(links[0]!);
    expect(link.href).toMatch(/^https?:\/\/[^/]+\/admin\/reset\/[0-9a-f]{40}$/);
    expect(link.origin).toBe('http://cms.test');
    const token = link.pathname.split('/').pop()!;

    const reset = await cms.api('POST', '/users/reset-password', { body: { token, password: 'a brand new passphrase 42' } });
    expect(reset.status).toBe(200);
    const login = await cms.api('POST', '/users/login', { body: { email: user.email, password: 'a brand new passphrase 42' } });
    expect(login.status).toBe(200);
    const again = await cms.api('POST', '/users/reset-password', { body: { token, password: 'yet another passphrase 43' } });
    expect(again.status).toBe(403);
  });

  it('answers as for an unknown email when the reset email cannot be sent (mail server down), not 500', async () => {
    const user = await makeUser(cms.payload, 'editor');
    const ask = async (email: string) => {
      const response = await cms.api('POST', '/users/forgot-password', { body: { email } });
      return { status: response.status, body: await response.text() };
    };
    const unknown = await ask('nobody-here@portal.invalid');
    await smtp.stop();
    try {
      expect(await ask(user.email)).toEqual(unknown);
    } finally {
      await smtp.start();
    }
    expect(unknown.status).toBe(200);
  });

  it('does not point the link at a host the requester named', async () => {
    const user = await makeUser(cms.payload, 'editor');
    await cms.api('POST', '/users/forgot-password', {
      body: { email: user.email },
      headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' },
    });
    const mail = await mailTo(user.email);
    expect(String(mail.html)).not.toContain('evil.example');
  });
});
