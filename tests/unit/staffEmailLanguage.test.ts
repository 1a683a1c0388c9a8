import { describe, expect, it } from 'vitest';
import { inquiryEmail } from '../../cms/src/collections/Inquiries/emails';
import { passwordResetSubject } from '../../cms/src/lib/passwordReset';

// Staff choose their admin language in the browser (Payload's payload-lng cookie); the CMS does not
// know it when it mails them, and the bureau's inbox is shared. So what staff receive says every
// word in Chinese and in English, whatever language the prospect wrote in.
const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);
const hasEnglish = (s: string) => /[A-Za-z]{2,}/.test(s);

describe('emails to staff', () => {
  const inquiry = {
    reference: 'XT-2026-000123',
    name: 'Jane Doe',
    email: 'p@example.com',
    company: 'Example Motors',
    country: 'Singapore',
    message: 'We plan a motor plant.',
    inquiryType: 'new-investment',
    respondBy: '2026-12-02',
  };

  for (const kind of ['bureau', 'officer'] as const)
    for (const preferredLanguage of ['zh', 'en'])
      it(`label every line in both languages (${kind}, prospect writing in ${preferredLanguage})`, () => {
        const mail = inquiryEmail(kind, { ...inquiry, preferredLanguage }, undefined);
        expect(hasChinese(mail.subject) && hasEnglish(mail.subject)).toBe(true);
        const lines = mail.text.split('\n').filter(Boolean);
        expect(lines.length).toBeGreaterThan(5);
        for (const line of lines) {
          const label = line.includes(': ') ? line.slice(0, line.indexOf(': ')) : line;
          expect(hasChinese(label) && hasEnglish(label), line).toBe(true);
        }
      });

  it('ask for a password reset in both languages', () => {
    const subject = passwordResetSubject();
    expect(hasChinese(subject) && hasEnglish(subject)).toBe(true);
  });
});
