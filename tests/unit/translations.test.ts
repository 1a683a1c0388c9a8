import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import en from '#common/strings/en.json';
import zh from '#common/strings/zh.json';

describe('UI strings', () => {
  it('have the same keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });
  it('are never empty', () => {
    for (const [key, value] of [...Object.entries(zh), ...Object.entries(en)]) expect(value, key).not.toBe('');
  });
  it('are translated rather than copied', () => {
    const same = Object.keys(zh).filter((key) => zh[key as keyof typeof zh] === en[key as keyof typeof en]);
    expect(same).toEqual([]);
  });
  it('are looked up per request language without a shared current language', () => {
    const tZh = useTranslations('zh');
    const tEn = useTranslations('en');
    expect(tZh('nav.news')).toBe('新闻动态');
    expect(tEn('nav.news')).toBe('News');
    expect(tZh('nav.news')).toBe('新闻动态');
    expect(tEn('pagination.page', { page: 2, total: 5 })).toBe('Page 2 of 5');
  });
});
