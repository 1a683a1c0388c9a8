import { describe, expect, it } from 'vitest';
import { slugify } from '../../cms/src/fields/slugify';

// The slug suggested from a title (cms/src/fields/slugify.ts): what the site puts in URLs of
// both languages, so only lower-case ASCII letters, digits and single hyphens.
describe('slugify', () => {
  it('turns an English title into lower-case words joined by hyphens', () => {
    expect(slugify('Clean Energy Park Opens')).toBe('clean-energy-park-opens');
    expect(slugify('  Xiangtan   2026  ')).toBe('xiangtan-2026');
  });

  it('turns a Chinese title into toneless pinyin, one word per character', () => {
    expect(slugify('湘潭新闻')).toBe('xiang-tan-xin-wen');
    expect(slugify('女儿绿')).toBe('nv-er-lv');
  });

  it('keeps Latin words and digits inside a Chinese title', () => {
    expect(slugify('湘潭EV产业园2026')).toBe('xiang-tan-ev-chan-ye-yuan-2026');
    expect(slugify('湘潭 EV 产业园（二期）')).toBe('xiang-tan-ev-chan-ye-yuan-er-qi');
  });

  it('drops punctuation, symbols and accents, never leaving a hyphen at either end or two together', () => {
    expect(slugify('Café — déjà vu!')).toBe('cafe-deja-vu');
    expect(slugify('“Made in Xiangtan”: 50% more, 2×!')).toBe('made-in-xiangtan-50-more-2');
    expect(slugify('--a--b--')).toBe('a-b');
    expect(slugify('“新闻”，发布！')).toBe('xin-wen-fa-bu');
  });

  it('leaves a slug that is already valid as it is', () => {
    expect(slugify('clean-energy-2026')).toBe('clean-energy-2026');
  });

  it('gives an empty slug for an empty title, only punctuation, or no text at all', () => {
    expect(slugify('')).toBe('');
    expect(slugify('   ')).toBe('');
    expect(slugify('！？——')).toBe('');
    expect(slugify(undefined)).toBe('');
    expect(slugify(null)).toBe('');
  });

  it('cuts a long title to 80 characters, still a valid slug', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});
