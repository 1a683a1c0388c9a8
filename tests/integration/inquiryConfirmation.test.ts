import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newKey, publishInquiryIndustries, validInquiry } from '../helpers/inquiries';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';
import { startLeadMailServer, type TestSmtpServer } from '../helpers/smtp';

let cms: TestCms;
let smtp: TestSmtpServer;
let site: Record<string, string>;

beforeAll(async () => {
  smtp = await startLeadMailServer({ SITE_PUBLIC_URL: 'https://invest.example.test' });
  cms = await startTestCms(undefined, { jobRunner: true });
  await publishInquiryIndustries(cms.payload);
  const officer = await makeUser(cms.payload, 'investment-officer', 'Officer Li');
  await cms.payload.updateGlobal({ slug: 'lead-desk', overrideAccess: true, data: { defaultOfficer: officer.id } });
  site = await authHeader(cms.payload, await makeUser(cms.payload, 'site-service'));
});
afterAll(async () => {
  await cms?.close();
  await smtp?.stop();
  delete process.env.SITE_PUBLIC_URL;
});

async function mailsFor(reference: string, count: number) {
  const deadline = Date.now() + 30_000;
  const ours = () => smtp.messages.filter((m) => m.subject?.includes(reference));
  while (ours().length < count) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${count} emails of ${reference}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return ours();
}

const recipient = (mail: (typeof smtp.messages)[number]) =>
  (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((a) => a?.value.map((v) => v.address)).join(',');

describe('the confirmation a prospect gets', () => {
  for (const language of ['en', 'zh'] as const) {
    it(`(${language}) carries the reference, date, type and tracking page but nothing the sender typed; the bureau gets it all`, async () => {
      const marker = `MARKER${randomUUID().slice(0, 8)}`;
      const link = `https://spam.example/${marker.toLowerCase()}`;
      const typed = `${marker} Claim your prize at ${link}`;
      const response = await cms.api('POST', '/inquiries/submit', {
        headers: site,
        body: {
          ...validInquiry,
          idempotencyKey: newKey(),
          name: typed,
          jobTitle: typed,
          company: typed,
          country: 'DE',
          message: typed,
          email: `stranger-${language}@example.com`,
          preferredLanguage: language,
        },
      });
      expect(response.status, await response.clone().text()).toBe(201);
      const { reference } = (await response.json()) as { reference: string };
      const mails = await mailsFor(reference, 3);

      const confirmation = mails.find((m) => recipient(m) === `stranger-${language}@example.com`)!;
      const whole = [confirmation.subject, confirmation.text, confirmation.html].join('\n');
      expect(whole).not.toContain(marker);
      expect(whole.toLowerCase()).not.toContain(marker.toLowerCase());
      expect(whole).not.toContain('spam.example');
      expect(confirmation.text).toContain(reference);
      expect(confirmation.text).toContain(`https://invest.example.test/${language}/track`);
      expect(confirmation.text).toContain(language === 'en' ? 'Land or factory' : '土地或厂房');
      expect(confirmation.text).toContain(language === 'en' ? 'Dear investor,' : '尊敬的投资者');
      expect(confirmation.text).toMatch(language === 'en' ? /\d{1,2} \w+ 20\d\d/ : /20\d\d年\d{1,2}月\d{1,2}日/);

      const bureau = mails.find((m) => recipient(m) === 'bureau@portal.invalid')!;
      expect(bureau.text).toContain(marker);
      expect(bureau.text).toContain(link);
      expect(bureau.subject).toContain(marker);
    });
  }
});
