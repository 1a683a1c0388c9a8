import { describe, expect, it } from 'vitest';
import { pageNumber } from '../../src/lib/routeParams';

describe('the ?page= parameter', () => {
  it('is page 1 when absent and a positive integer otherwise', () => {
    expect(pageNumber(null)).toBe(1);
    expect(pageNumber('3')).toBe(3);
  });
  it('is rejected when it is not a plain positive number', () => {
    for (const bad of ['0', '-1', '1.5', 'abc', '', '1e3', '9999999']) expect(pageNumber(bad), bad).toBeUndefined();
  });
});
