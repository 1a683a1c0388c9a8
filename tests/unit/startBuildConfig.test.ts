import { afterEach, describe, expect, it, vi } from 'vitest';

// `npm start`'s first build (scripts/lib/portal.ts buildIfMissing, PORTAL_START_BUILD=1) leaves
// out `next build`'s type check and Turbopack's build cache; `npm run build:cms` keeps both.
const load = async (startBuild: string | undefined) => {
  if (startBuild === undefined) delete process.env.PORTAL_START_BUILD;
  else process.env.PORTAL_START_BUILD = startBuild;
  // A fresh evaluation of the config for each case: it reads the variable when it is loaded.
  vi.resetModules();
  const { default: config } = await import('../../cms/next.config.mjs');
  return config as { typescript?: { ignoreBuildErrors?: boolean }; experimental?: { turbopackFileSystemCacheForBuild?: boolean } };
};

afterEach(() => {
  delete process.env.PORTAL_START_BUILD;
});

describe("the CMS's Next config for npm start's own build", () => {
  it('skips the type check and the build cache when npm start builds', async () => {
    const config = await load('1');
    expect(config.typescript?.ignoreBuildErrors).toBe(true);
    expect(config.experimental?.turbopackFileSystemCacheForBuild).toBe(false);
  });

  it('keeps both for every other build', async () => {
    for (const value of [undefined, '0', '']) {
      const config = await load(value);
      expect(config.typescript?.ignoreBuildErrors).toBe(false);
      expect(config.experimental?.turbopackFileSystemCacheForBuild).toBe(true);
    }
  });
});
