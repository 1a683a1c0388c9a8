import { describe, expect, it } from 'vitest';
import { escapeHtml } from '#common/html.ts';
import { inquiryEmail } from '../../cms/src/collections/Inquiries/emails';
import { median } from '../../cms/src/collections/Inquiries/stats';
import { csvCell, csvRow } from '../../cms/src/lib/csv';
import { matchOfficer } from '../../cms/src/lib/routing';
import { addWorkingDays } from '../../cms/src/lib/workingDays';
import { RateLimiter } from '../../src/lib/rateLimit';

describe('routing rules', () => {
  const rules = [
    { industry: 'clean-energy', park: null, officer: 'energy', order: 0 },
    { industry: 'clean-energy', park: 7, officer: 'energy-park-7', order: 0 },
    { industry: null, park: 7, officer: 'park-7', order: 0 },
    { industry: 'motors-electric-drive', park: null, officer: 'motors-b', order: 2 },
    { industry: 'motors-electric-drive', park: null, officer: 'motors-a', order: 1 },
  ];
  it('prefer industry and park, then park, then industry', () => {
    expect(matchOfficer(rules, { industry: 'clean-energy', park: 7 })).toBe('energy-park-7');
    expect(matchOfficer(rules, { industry: 'other', park: 7 })).toBe('park-7');
    expect(matchOfficer(rules, { industry: 'clean-energy', park: 8 })).toBe('energy');
  });
  it('break ties by order and fall back to the default officer', () => {
    expect(matchOfficer(rules, { industry: 'motors-electric-drive' })).toBe('motors-a');
    expect(matchOfficer(rules, { industry: 'other' }, 'default')).toBe('default');
    expect(matchOfficer(rules, { industry: 'other' })).toBeUndefined();
  });
  it('compare park ids as strings, so MongoDB ids match too', () => {
    expect(matchOfficer([{ park: '65a1', officer: 'x' }], { park: '65a1' })).toBe('x');
    expect(matchOfficer([{ park: 7, officer: 'x' }], { park: '7' })).toBe('x');
  });
});

describe('the first-response deadline in working days (China time)', () => {
  // 2026-11-23 is a Monday.
  const at = (iso: string) => new Date(iso);
  it('is the same time on the next working day', () => {
    expect(addWorkingDays(at('2026-11-23T02:00:00Z'), 1).toISOString()).toBe('2026-11-24T02:00:00.000Z');
  });
  it('skips the weekend: Friday evening is due Monday evening', () => {
    expect(addWorkingDays(at('2026-11-27T10:00:00Z'), 1).toISOString()).toBe('2026-11-30T10:00:00.000Z');
  });
  it('starts the clock at the end of a weekend day', () => {
    // Saturday 28 Nov, 10:00 China time -> end of Monday 30 Nov, China time.
    expect(addWorkingDays(at('2026-11-28T02:00:00Z'), 1).toISOString()).toBe('2026-11-30T15:59:59.000Z');
  });
  it('skips holidays and takes the configured number of days', () => {
    expect(addWorkingDays(at('2026-11-23T02:00:00Z'), 2, new Set(['2026-11-24'])).toISOString()).toBe('2026-11-26T02:00:00.000Z');
  });
});

describe('CSV export cells', () => {
  it('quote text and double quotes', () => {
    expect(csvCell('He said "hi", then left')).toBe('"He said ""hi"", then left"');
    expect(csvRow(['a', null, 3])).toBe('"a","","3"\r\n');
  });
  it('defuse text a spreadsheet would run as a formula', () => {
    for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(csvCell(formula)).toBe(`"'${formula}"`);
    expect(csvCell('a=1')).toBe('"a=1"');
  });
});

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
    for (const typed of ['script', 'img', 'Evil', 'Nowhere', 'victim']) expect(`${mail.subject}\n${mail.text}\n${mail.html}`).not.toContain(typed);
  });
  it('confirm to the prospect in the language they chose', () => {
    expect(inquiryEmail('prospect', inquiry).subject).toBe('Your inquiry XT-2026-000123 has been received');
    expect(inquiryEmail('prospect', { ...inquiry, preferredLanguage: 'zh' }).subject).toBe('您的投资咨询 XT-2026-000123 已收到');
  });
});

describe('the dashboard median and the rate limiter', () => {
  it('take the median of odd and even counts', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('let a client through up to the limit per window', () => {
    const limiter = new RateLimiter(2, 1000);
    expect([limiter.attempt('a', 0), limiter.attempt('a', 1), limiter.attempt('a', 2), limiter.attempt('b', 2)]).toEqual([true, true, false, true]);
    expect(limiter.attempt('a', 1001)).toBe(true);
  });
});
