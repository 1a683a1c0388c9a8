import { describe, expect, it } from 'vitest';
import { localePath } from '../../src/lib/localePath';
import { pageNumber } from '../../src/lib/routeParams';

describe('locale paths', () => {
  it('prefix both languages', () => {
    expect(localePath('zh')).toBe('/zh/');
    expect(localePath('en', '/news/x')).toBe('/en/news/x');
    expect(localePath('en', 'parks')).toBe('/en/parks');
  });
});

describe('the ?page= parameter', () => {
  it('is page 1 when absent and a positive integer otherwise', () => {
    expect(pageNumber(null)).toBe(1);
    expect(pageNumber('3')).toBe(3);
  });
  it('is rejected when it is not a plain positive number', () => {
    for (const bad of ['0', '-1', '1.5', 'abc', '', '1e3', '9999999']) expect(pageNumber(bad), bad).toBeUndefined();
  });
});
