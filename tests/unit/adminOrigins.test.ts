import { describe, expect, it } from 'vitest';
import { adminOrigins as cmsAdminOrigins, adminServedOverHttps } from '../../cms/src/lib/adminOrigins';
import { adminOrigins, requestAdminOrigin } from '#common/adminOrigins.ts';

describe("the admin's origins (Payload's csrf list and the site's frame-ancestors)", () => {
  it('are the loopback addresses of port 3000 when nothing is set', () => {
    expect(adminOrigins({})).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000']);
  });
  it('follow CMS_PORT, as npm start passes it to the CMS and the site', () => {
    expect(adminOrigins({ CMS_PORT: '4100' })).toEqual(['http://localhost:4100', 'http://127.0.0.1:4100']);
  });
  it('put CMS_PUBLIC_URL and CMS_URL first, as origins (no path, no trailing slash), without duplicates', () => {
    expect(adminOrigins({ CMS_PUBLIC_URL: 'https://cms.example.org/admin/', CMS_URL: 'http://127.0.0.1:3000/', CMS_PORT: '3000' })).toEqual(
      ['https://cms.example.org', 'http://127.0.0.1:3000', 'http://localhost:3000'],
    );
  });
  it('give a loopback CMS_URL or CMS_PUBLIC_URL its twin: localhost and 127.0.0.1 name the same server', () => {
    // What the site is told under `npm start` (CMS_URL), with the address it prints (localhost).
    expect(adminOrigins({ CMS_URL: 'http://127.0.0.1:4200' })).toEqual([
      'http://127.0.0.1:4200',
      'http://localhost:4200',
      'http://localhost:3000',
      'http://127.0.0.1:3000',
    ]);
    expect(adminOrigins({ CMS_PUBLIC_URL: 'http://localhost:8080', CMS_PORT: '8080' })).toEqual([
      'http://localhost:8080',
      'http://127.0.0.1:8080',
    ]);
    // Another host gets no twin.
    expect(adminOrigins({ CMS_URL: 'http://cms.internal:3000', CMS_PORT: '3000' })).toEqual([
      'http://cms.internal:3000',
      'http://localhost:3000',
      'http://127.0.0.1:3000',
    ]);
  });
  it('are the same list for the CMS as for the site, given the same environment', () => {
    const env = { CMS_PUBLIC_URL: 'https://cms.example.org', CMS_URL: 'http://127.0.0.1:3100', CMS_PORT: '3100' };
    expect(cmsAdminOrigins(env)).toEqual(adminOrigins(env));
  });
  it('refuse an address that is not http(s), naming the variable', () => {
    expect(() => adminOrigins({ CMS_PUBLIC_URL: 'cms.example.org' })).toThrow(/CMS_PUBLIC_URL must be an absolute/);
    expect(() => adminOrigins({ CMS_URL: 'ftp://cms.example.org' })).toThrow(/CMS_URL must start with http/);
    expect(() => adminOrigins({ CMS_PORT: 'three thousand' })).toThrow(/CMS_PORT must be a port number/);
  });
  it('ask for Secure cookies when the public address is https', () => {
    expect(adminServedOverHttps({ CMS_PUBLIC_URL: 'https://cms.example.org' })).toBe(true);
    expect(adminServedOverHttps({ CMS_PUBLIC_URL: 'http://cms.example.org' })).toBe(false);
    expect(adminServedOverHttps({})).toBe(false);
  });
});

describe('the admin origin a request came to', () => {
  const trusted = ['https://cms.example.org', 'http://localhost:3000', 'http://127.0.0.1:3000'];
  it('is the one in its Host header when that is an admin origin, either loopback name alike', () => {
    expect(requestAdminOrigin(trusted, 'localhost:3000', null)).toBe('http://localhost:3000');
    expect(requestAdminOrigin(trusted, '127.0.0.1:3000', null)).toBe('http://127.0.0.1:3000');
    expect(requestAdminOrigin(trusted, 'CMS.example.org', 'https')).toBe('https://cms.example.org');
  });
  it("takes a proxy's first forwarded value", () => {
    expect(requestAdminOrigin(trusted, 'cms.example.org, 10.0.0.2', 'https, http')).toBe('https://cms.example.org');
  });
  it('is the first admin origin for any other host, a missing one or one that does not parse', () => {
    for (const host of ['evil.example', 'localhost:3001', null, '', 'bad host:x'])
      expect(requestAdminOrigin(trusted, host, null)).toBe('https://cms.example.org');
    // Right host, wrong scheme.
    expect(requestAdminOrigin(trusted, 'cms.example.org', 'http')).toBe('https://cms.example.org');
  });
});
