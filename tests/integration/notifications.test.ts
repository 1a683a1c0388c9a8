import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishInquiryIndustries, validInquiry } from '../helpers/inquiries';
import { makeUser, startTestCms, type TestCms } from '../helpers/payload';
import { startLeadMailServer, type TestSmtpServer } from '../helpers/smtp';

let cms: TestCms;
let smtp: TestSmtpServer;
let officer: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  smtp = await startLeadMailServer();
  cms = await startTestCms(undefined, { jobRunner: true });
  await publishInquiryIndustries(cms.payload);
  officer = await makeUser(cms.payload, 'investment-officer', 'Officer Zhang');
  await cms.payload.updateGlobal({ slug: 'lead-desk', overrideAccess: true, data: { defaultOfficer: officer.id } });
});
afterAll(async () => {
  await cms?.close();
  await smtp?.stop();
});

const create = (data: Partial<typeof validInquiry> = {}) =>
  cms.payload.create({ collection: 'inquiries', overrideAccess: true, data: { ...validInquiry, ...data } });

async function waitFor(condition: () => boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const to = (mail: (typeof smtp.messages)[number]) =>
  (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((a) => a?.value.map((v) => v.address)).join(',');

describe('lead notifications through the jobs queue and a real SMTP server', () => {
  it('mail the bureau inbox, the officer and the prospect (in their language, text escaped)', async () => {
    const doc = await create({
      name: '<b>Jane</b>',
      email: 'jane@example.com',
      preferredLanguage: 'en',
      message: '<script>alert(1)</script>',
    });
    await waitFor(() => smtp.messages.filter((m) => m.subject?.includes(doc.reference!)).length >= 3, 30_000, 'three emails');
    const mails = smtp.messages.filter((m) => m.subject?.includes(doc.reference!));
    expect(mails.map(to).sort()).toEqual(['bureau@portal.invalid', 'jane@example.com', officer.email].sort());
    const prospect = mails.find((m) => to(m) === 'jane@example.com')!;
    expect(prospect.subject).toBe(`Your inquiry ${doc.reference} has been received`);
    expect(prospect.text).toContain('Dear investor,');
    const bureau = mails.find((m) => to(m) === 'bureau@portal.invalid')!;
    expect(bureau.html).toContain('&lt;script&gt;');
    expect(bureau.html).not.toContain('<script>');
    expect(bureau.text).toContain('<b>Jane</b>');
    expect(mails.find((m) => to(m) === officer.email)!.subject).toContain('New lead assigned to you');
  });

  it('deliver every notification exactly once across a mail server outage, without blocking the leads', { timeout: 120_000 }, async () => {
    await smtp.stop();
    // Leads are stored while the mail server is down: saving does not wait for email.
    const during = [];
    for (let i = 0; i < 4; i += 1) during.push(await create({ email: `outage${i}@example.com`, preferredLanguage: i % 2 ? 'en' : 'zh' }));
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await smtp.start();
    const references = during.map((d) => d.reference!);
    const expected = references.length * 3;
    const ours = () => smtp.messages.filter((m) => references.some((r) => m.subject?.includes(r)));
    await waitFor(() => ours().length >= expected, 60_000, `${expected} emails after the outage`);
    // Give a duplicate time to show up, had a job been run twice.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const received = ours().map((m) => `${references.find((r) => m.subject!.includes(r))} -> ${to(m)}`);
    expect(received).toHaveLength(expected);
    expect(new Set(received).size).toBe(expected);
    const zh = ours().find((m) => to(m) === 'outage0@example.com')!;
    expect(zh.subject).toBe(`您的投资咨询 ${references[0]} 已收到`);
    const pending = await cms.payload.count({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: { and: [{ taskSlug: { equals: 'sendInquiryEmail' } }, { completedAt: { exists: false } }] },
    });
    expect(pending.totalDocs).toBe(0);
  });
});
