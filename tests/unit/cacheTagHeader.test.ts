import { describe, expect, it } from 'vitest';
import { cacheTagHeaderFromEnv, cacheTagHeaderValue } from '../../src/lib/cacheTagHeader';

describe('the cache tag header for Varnish', () => {
  it('is on only for CACHE_TAG_HEADER=true', () => {
    expect(cacheTagHeaderFromEnv('true')).toBe(true);
    for (const value of [undefined, '', 'false', '1', 'yes']) expect(cacheTagHeaderFromEnv(value)).toBe(false);
  });

  it('joins tags with spaces, the separator xkey splits on', () => {
    expect(cacheTagHeaderValue(['global:site', 'news', 'news:42'])).toBe('global:site news news:42');
  });
});
