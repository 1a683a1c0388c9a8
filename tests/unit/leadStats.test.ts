import { describe, expect, it } from 'vitest';
import { median } from '../../cms/src/collections/Inquiries/stats';

describe('the dashboard median', () => {
  it('take the median of odd and even counts', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
