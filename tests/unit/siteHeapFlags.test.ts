import { describe, expect, it } from 'vitest';
import { siteHeapFlags } from '../../scripts/lib/portal.ts';

describe('the site process heap limit (SITE_MAX_OLD_SPACE_MB)', () => {
  it('is 128 MB unless set, V8’s own with 0, and refuses anything but whole megabytes', () => {
    expect(siteHeapFlags({})).toEqual(['--max-old-space-size=128']);
    expect(siteHeapFlags({ SITE_MAX_OLD_SPACE_MB: '256' })).toEqual(['--max-old-space-size=256']);
    expect(siteHeapFlags({ SITE_MAX_OLD_SPACE_MB: '0' })).toEqual([]);
    expect(siteHeapFlags({ SITE_MAX_OLD_SPACE_MB: '' })).toEqual(['--max-old-space-size=128']);
    for (const bad of ['-1', '1.5', 'lots'])
      expect(() => siteHeapFlags({ SITE_MAX_OLD_SPACE_MB: bad }), bad).toThrow(/SITE_MAX_OLD_SPACE_MB/);
  });
});
