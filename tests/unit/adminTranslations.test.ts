import { describe, expect, it } from 'vitest';
import { adminTranslations } from '../../cms/src/i18n/adminTranslations';
import { localeLabels } from '../../cms/src/i18n/localeLabels';
import { strayText } from '../helpers/adminLanguage.ts';

const keys = (value: object, prefix = ''): string[] =>
  Object.entries(value).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}:`) : [`${prefix}${k}`]));
const strings = (value: object): string[] => Object.values(value).flatMap((v) => (v && typeof v === 'object' ? strings(v) : [String(v)]));

describe("the admin's own translations", () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(adminTranslations.zh).sort()).toEqual(keys(adminTranslations.en).sort());
  });

  it('are each in their own language', () => {
    for (const lang of ['zh', 'en'] as const)
      for (const text of strings(adminTranslations[lang])) expect(strayText(text.replace(/\{\{\w+\}\}/g, ''), lang), text).toEqual([]);
  });

  it('name a signed-in user’s refusal as missing permission, not a missing login', () => {
    expect(adminTranslations.zh.error.unauthorized).toBe('没有权限');
    expect(adminTranslations.en.error.unauthorized).toBe('No permission');
  });

  it('name every content language in each admin language', () => {
    for (const label of Object.values(localeLabels)) {
      expect(strayText(label.zh, 'zh')).toEqual([]);
      expect(strayText(label.en, 'en')).toEqual([]);
    }
  });
});
