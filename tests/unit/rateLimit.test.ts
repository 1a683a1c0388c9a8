import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/lib/rateLimit';

describe('the rate limiter', () => {
  it('let a client through up to the limit per window', () => {
    const limiter = new RateLimiter(2, 1000);
    expect([limiter.attempt('a', 0), limiter.attempt('a', 1), limiter.attempt('a', 2), limiter.attempt('b', 2)]).toEqual([
      true,
      true,
      false,
      true,
    ]);
    expect(limiter.attempt('a', 1001)).toBe(true);
  });
});
