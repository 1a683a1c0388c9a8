import { describe, expect, it } from 'vitest';
import { escapeHtml } from '#common/html.ts';
import { inquiryEmail } from '../../cms/src/collections/Inquiries/emails';

describe('notification emails', () => {
  const inquiry = {
    reference: 'XT-2026-000123',
    name: '<script>alert(1)</script>',
    email: 'p@example.com',
    company: 'Evil & Co <b>',
    country: 'Nowhere\r\nBcc: victim@example.com',
    message: '<img src=x onerror=alert(1)>',
    preferredLanguage: 'en',
  };
  it('escape prospects’ text in the bureau’s HTML and keep the subject on one line', () => {
    for (const kind of ['bureau', 'officer'] as const) {
      const mail = inquiryEmail(kind, inquiry);
      expect(mail.html).not.toContain('<script>');
      expect(mail.html).not.toContain('<img');
      expect(mail.html).toContain('&lt;script&gt;');
      expect(mail.subject).not.toMatch(/[\r\n]/);
    }
    expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;');
  });
  it('leave every field the sender typed out of the prospect’s confirmation', () => {
    const mail = inquiryEmail('prospect', inquiry);
    for (const typed of ['script', 'img', 'Evil', 'Nowhere', 'victim'])
      expect(`${mail.subject}\n${mail.text}\n${mail.html}`).not.toContain(typed);
  });
  it('confirm to the prospect in the language they chose', () => {
    expect(inquiryEmail('prospect', inquiry).subject).toBe('Your inquiry XT-2026-000123 has been received');
    expect(inquiryEmail('prospect', { ...inquiry, preferredLanguage: 'zh' }).subject).toBe('您的投资咨询 XT-2026-000123 已收到');
  });
});
