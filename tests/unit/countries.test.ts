import { describe, expect, it } from 'vitest';
import { countryCodeFrom, countryCodes, countryName, countryOptions, isCountryCode, unknownCountry } from '#common/countries.ts';

describe('the country list', () => {
  it('holds the 249 officially assigned ISO 3166-1 alpha-2 codes, each once', () => {
    expect(countryCodes).toHaveLength(249);
    expect(new Set(countryCodes).size).toBe(249);
    for (const code of countryCodes) expect(code).toMatch(/^[A-Z]{2}$/);
    for (const code of ['CN', 'DE', 'US', 'GB', 'HK', 'MO', 'TW', 'SG']) expect(isCountryCode(code)).toBe(true);
    // Not assigned, or not a country: the EU, the UN, "UK", "unknown region".
    for (const code of ['EU', 'UN', 'UK', 'XK', unknownCountry, 'de', '', null]) expect(isCountryCode(code)).toBe(false);
  });
  it('names every code in Chinese and in English (the ICU data Node ships has both)', () => {
    for (const code of countryCodes) {
      expect(countryName(code, 'zh'), code).not.toBe(code);
      expect(countryName(code, 'en'), code).not.toBe(code);
      expect(countryName(code, 'zh')).not.toBe(countryName(code, 'en'));
    }
    expect(countryName('DE', 'zh')).toBe('德国');
    expect(countryName('DE', 'en')).toBe('Germany');
    expect(countryName(unknownCountry, 'en')).toBe('Unknown Region');
    // Something that is no code (free text from before the list) shows as it was written.
    expect(countryName('Atlantis', 'en')).toBe('Atlantis');
    expect(countryName(undefined, 'en')).toBe('');
  });
  it('offers the codes sorted by name in each language', () => {
    const en = countryOptions('en');
    expect(en).toHaveLength(249);
    expect(en[0]).toEqual({ value: 'AF', label: 'Afghanistan' });
    expect(en.map((o) => o.label)).toEqual([...en.map((o) => o.label)].sort((a, b) => a.localeCompare(b, 'en')));
    const zh = countryOptions('zh');
    // By pinyin: 阿尔巴尼亚 (Aerbaniya) before 中国 (Zhongguo).
    expect(zh.findIndex((o) => o.value === 'AL')).toBeLessThan(zh.findIndex((o) => o.value === 'CN'));
    expect(zh.find((o) => o.value === 'CN')?.label).toBe('中国');
  });
  it('reads free text as a code where it is a code or names a country in Chinese or English', () => {
    expect(countryCodeFrom('Germany')).toBe('DE');
    expect(countryCodeFrom('  germany ')).toBe('DE');
    expect(countryCodeFrom('德国')).toBe('DE');
    expect(countryCodeFrom('de')).toBe('DE');
    expect(countryCodeFrom('United  States')).toBe('US');
    expect(countryCodeFrom('UK')).toBe('GB');
    expect(countryCodeFrom('中国')).toBe('CN');
    expect(countryCodeFrom('Ｇｅｒｍａｎｙ')).toBe('DE');
    for (const text of ['Atlantis', 'Deutschland', '', '   ', null, undefined]) expect(countryCodeFrom(text)).toBeUndefined();
  });
});
