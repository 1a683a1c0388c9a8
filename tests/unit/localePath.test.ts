import { describe, expect, it } from 'vitest';
import { localePath } from '../../src/lib/localePath';

describe('locale paths', () => {
  it('prefix both languages', () => {
    expect(localePath('zh')).toBe('/zh/');
    expect(localePath('en', '/news/x')).toBe('/en/news/x');
    expect(localePath('en', 'parks')).toBe('/en/parks');
  });
});
