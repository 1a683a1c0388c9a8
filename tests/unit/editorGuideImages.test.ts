import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideImageSrc } from '../../cms/src/endpoints/guideImage';

const docs = path.resolve(import.meta.dirname, '../../docs');
const imagesOf = (lang: 'zh' | 'en') =>
  [...fs.readFileSync(path.join(docs, `editor-guide.${lang}.md`), 'utf8').matchAll(/^!\[[^\]]*\]\(([^)]+)\)$/gm)].map((m) => m[1]!);

describe('the editor guide screenshots', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`in ${lang}: every picture the guide shows exists, is its own language's, and the admin can serve it`, () => {
      const images = imagesOf(lang);
      expect(images.length).toBeGreaterThan(0);
      for (const image of images) {
        expect(image).toMatch(new RegExp(`^images/editor-guide/${lang}/`));
        expect(fs.existsSync(path.join(docs, image)), image).toBe(true);
        expect(guideImageSrc('/api', image)).toBe(`/api/editor-guide/${image.replace(/^images\/editor-guide\//, 'images/')}`);
      }
    });
  }

  it('shows the same steps in both languages, and every screenshot taken is used', () => {
    const names = (lang: 'zh' | 'en') => imagesOf(lang).map((image) => path.basename(image));
    expect(names('zh')).toEqual(names('en'));
    for (const lang of ['zh', 'en'] as const) {
      expect(fs.readdirSync(path.join(docs, 'images', 'editor-guide', lang)).sort()).toEqual([...names(lang)].sort());
    }
  });

  it('serves nothing outside the screenshots folder', () => {
    expect(guideImageSrc('/api', 'images/editor-guide/zh/../../secret.png')).toBeUndefined();
    expect(guideImageSrc('/api', 'images/editor-guide/de/01-dashboard.png')).toBeUndefined();
    expect(guideImageSrc('/api', '../.env')).toBeUndefined();
  });
});
