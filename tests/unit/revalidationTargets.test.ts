import { describe, expect, it } from 'vitest';
import { revalidationTargets } from '../../cms/src/revalidation/targets';
import { isSharedCacheAnswer } from '../../cms/src/revalidation/transport';

describe('revalidation targets', () => {
  it('REVALIDATE_TARGETS lists every site instance and the shared cache, separated by commas', () => {
    expect(
      revalidationTargets({
        REVALIDATE_TARGETS: ' http://10.0.0.11:4321 ,http://10.0.0.12:4321/, http://127.0.0.1:6081',
        SITE_URL: 'http://127.0.0.1:4321',
      }),
    ).toEqual({ targets: ['http://10.0.0.11:4321', 'http://10.0.0.12:4321', 'http://127.0.0.1:6081'], invalid: [] });
  });

  it('without it SITE_URL is a list of one; with neither there is no target', () => {
    expect(revalidationTargets({ SITE_URL: 'http://127.0.0.1:4321' }).targets).toEqual(['http://127.0.0.1:4321']);
    expect(revalidationTargets({ REVALIDATE_TARGETS: '  ', SITE_URL: 'http://127.0.0.1:4321' }).targets).toEqual(['http://127.0.0.1:4321']);
    expect(revalidationTargets({})).toEqual({ targets: [], invalid: [] });
  });

  it('a target under a path keeps it; the same target twice is called once', () => {
    expect(revalidationTargets({ REVALIDATE_TARGETS: 'https://site.example/portal/,https://site.example/portal' }).targets).toEqual([
      'https://site.example/portal',
    ]);
  });

  it('entries that are not http(s) URLs without a query are set apart, not called', () => {
    expect(revalidationTargets({ REVALIDATE_TARGETS: 'http://127.0.0.1:4321,127.0.0.1:4322,ftp://x,http://a/?q=1,,http://u:p@b' })).toEqual(
      { targets: ['http://127.0.0.1:4321'], invalid: ['127.0.0.1:4322', 'ftp://x', 'http://a/?q=1', 'http://u:p@b'] },
    );
  });
});

describe('a shared cache among the targets', () => {
  it('is told apart by Varnish’s purge answer; a site instance’s answer, an empty or broken one is not it', () => {
    expect(isSharedCacheAnswer({ purged: 3 })).toBe(true);
    expect(isSharedCacheAnswer({ purged: 0 })).toBe(true);
    expect(isSharedCacheAnswer({ invalidated: ['news'] })).toBe(false);
    expect(isSharedCacheAnswer({ purged: '3' })).toBe(false);
    expect(isSharedCacheAnswer({})).toBe(false);
    expect(isSharedCacheAnswer(undefined)).toBe(false);
    expect(isSharedCacheAnswer(null)).toBe(false);
  });
});
