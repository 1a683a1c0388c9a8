import { describe, expect, it, vi } from 'vitest';

describe('the users collection', () => {
  it('sets Secure session cookies when CMS_PUBLIC_URL is https, and not otherwise', async () => {
    const secureWith = async (url: string | undefined) => {
      if (url) process.env.CMS_PUBLIC_URL = url;
      else delete process.env.CMS_PUBLIC_URL;
      vi.resetModules();
      const { Users } = await import('../../cms/src/collections/Users');
      return typeof Users.auth === 'object' ? Users.auth.cookies?.secure : undefined;
    };
    try {
      expect(await secureWith('https://cms.example.org')).toBe(true);
      expect(await secureWith('http://cms.example.org')).toBe(false);
      expect(await secureWith(undefined)).toBe(false);
    } finally {
      delete process.env.CMS_PUBLIC_URL;
    }
  });
});
