import { describe, expect, it } from 'vitest';
import { httpLinkMessage, httpsLinkMessage, validateLink, validateWebsite, websiteMessage } from '../../cms/src/fields/webLink';
import { httpUrl, withScheme } from '#common/webAddress.ts';

const refused = [
  'javascript:alert(1)',
  ' JavaScript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:x',
  '//evil.example/x',
  '/relative',
  'https://',
  'http:/example.com',
  'ftp://example.com',
  'example.com',
];

describe('links from CMS data', () => {
  it('are http(s) URLs, kept as written', () => {
    expect(httpUrl('https://www.hunantoday.cn/news/2024.html')).toBe('https://www.hunantoday.cn/news/2024.html');
    expect(httpUrl('http://example.com')).toBe('http://example.com');
    expect(httpUrl(' https://例子.中国/投资 ')).toBe('https://例子.中国/投资');
  });

  it('are never another scheme, a relative address or anything but text', () => {
    for (const value of [...refused, '', null, undefined, 42]) expect(httpUrl(value), String(value)).toBeUndefined();
    expect(httpUrl('http://example.com', { httpsOnly: true })).toBeUndefined();
  });
});

describe('link fields in the CMS', () => {
  const check = (validate: ReturnType<typeof validateLink>, value: unknown, required = false) =>
    (validate as (value: unknown, options: { required?: boolean }) => unknown)(value, { required });

  it('take an http(s) URL or nothing, and say why anything else is refused in both languages', () => {
    const validate = validateLink();
    expect(check(validate, 'https://example.com/source')).toBe(true);
    expect(check(validate, '')).toBe(true);
    expect(check(validate, null)).toBe(true);
    expect(check(validate, '', true)).toBe('此项为必填项 / This field is required');
    for (const value of refused) expect(check(validate, value), value).toBe(httpLinkMessage);
    expect(httpLinkMessage).toBe('链接必须以 http:// 或 https:// 开头 / The link must start with http:// or https://');
    expect(check(validateLink({ httpsOnly: true }), 'http://weibo.com/x')).toBe(httpsLinkMessage);
  });

  it("take a prospect's website as a bare domain or an http(s) URL, and no other scheme", () => {
    const validate = validateWebsite(300) as never as (value: unknown, options: { required?: boolean }) => unknown;
    expect(validate('example.com', {})).toBe(true);
    expect(validate('https://example.com/de', {})).toBe(true);
    for (const value of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.com'])
      expect(validate(value, {}), value).toBe(websiteMessage);
    expect(validate(`https://${'a'.repeat(300)}.com`, {})).toBe('不能超过 300 个字符 / must be at most 300 characters');
  });
});

describe('a website without its scheme', () => {
  it('gets https://, and one with its scheme is kept', () => {
    expect(withScheme('example.com')).toBe('https://example.com');
    expect(withScheme('HTTP://example.com')).toBe('HTTP://example.com');
  });
});
