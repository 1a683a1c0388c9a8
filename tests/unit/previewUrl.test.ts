import { describe, expect, it } from 'vitest';
import { adminOrigin, previewUrl, siteBase } from '../../cms/src/lib/previewUrl';
import { verifyPreview } from '../../cms/src/lib/previewToken';

const request = (headers: Record<string, string>) => ({ headers: new Headers(headers), user: { id: 7 } }) as never;
const env = { PREVIEW_SECRET: 'test-secret', CMS_URL: 'http://127.0.0.1:3000', CMS_PORT: '3000' };

describe('preview links from the admin', () => {
  it("open on the site's public address, else on the address the CMS invalidates", () => {
    expect(siteBase({ SITE_PUBLIC_URL: 'https://invest.example.cn/', SITE_URL: 'http://127.0.0.1:4321' })).toBe(
      'https://invest.example.cn',
    );
    expect(siteBase({ SITE_URL: 'http://127.0.0.1:4321' })).toBe('http://127.0.0.1:4321');
    expect(siteBase({})).toBe('http://localhost:4321');
    const link = previewUrl('news', 42, 'en', request({ host: 'localhost:3000' }), { ...env, SITE_PUBLIC_URL: 'http://localhost:4321' });
    expect(link).toMatch(/^http:\/\/localhost:4321\/en\/preview\?token=/);
  });

  it("name the admin origin in the editor's address bar, localhost or 127.0.0.1, so live preview hears it", () => {
    for (const origin of ['http://localhost:3000', 'http://127.0.0.1:3000']) {
      const req = request({ host: new URL(origin).host });
      expect(adminOrigin(req, env)).toBe(origin);
      const token = new URL(previewUrl('news', 42, 'zh', req, env)!).searchParams.get('token');
      const check = verifyPreview(token, Date.now(), env.PREVIEW_SECRET);
      expect(check.ok && check.grant.origin).toBe(origin);
    }
  });

  it('name the public admin address behind a proxy, and never a host the admin is not served under', () => {
    const behindProxy = { ...env, CMS_PUBLIC_URL: 'https://cms.example.cn' };
    expect(
      adminOrigin(request({ host: '127.0.0.1:3000', 'x-forwarded-host': 'cms.example.cn', 'x-forwarded-proto': 'https' }), behindProxy),
    ).toBe('https://cms.example.cn');
    expect(adminOrigin(request({ host: 'attacker.example' }), behindProxy)).toBe('https://cms.example.cn');
    expect(adminOrigin(request({ host: 'attacker.example' }), env)).toBe('http://127.0.0.1:3000');
  });
});
