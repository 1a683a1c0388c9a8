import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage, localeInfo, locales } from '#common/locales.ts';

describe('choosing a language from Accept-Language', () => {
  it('picks English for an English browser', () => {
    expect(localeFromAcceptLanguage('en-GB,en;q=0.9')).toBe('en');
  });
  it('picks Chinese for a Chinese browser', () => {
    expect(localeFromAcceptLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
  });
  it('honours quality values over order', () => {
    expect(localeFromAcceptLanguage('zh;q=0.3, en;q=0.8')).toBe('en');
  });
  it('falls back to Chinese when in doubt', () => {
    expect(localeFromAcceptLanguage(undefined)).toBe('zh');
    expect(localeFromAcceptLanguage('')).toBe('zh');
    expect(localeFromAcceptLanguage('de-DE,fr;q=0.8')).toBe('zh');
    expect(localeFromAcceptLanguage('en;q=0')).toBe('zh');
    expect(localeFromAcceptLanguage(';;,,q=abc')).toBe('zh');
  });
  it('keeps the URL key apart from the lang tag', () => {
    expect(localeInfo('zh').lang).toBe('zh-CN');
    expect(localeInfo('en').lang).toBe('en');
    expect(locales.map((l) => l.path)).toEqual(['zh', 'en']);
  });
});
