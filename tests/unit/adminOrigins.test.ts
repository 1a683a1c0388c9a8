import { describe, expect, it } from 'vitest';
import { adminOrigins, adminServedOverHttps } from '../../cms/src/lib/adminOrigins';

describe('the admin origins Payload trusts for cookies (csrf)', () => {
  it('are the loopback addresses of port 3000 when nothing is set', () => {
    expect(adminOrigins({})).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000']);
  });
  it('follow CMS_PORT, as npm start passes it to the CMS', () => {
    expect(adminOrigins({ CMS_PORT: '4100' })).toEqual(['http://localhost:4100', 'http://127.0.0.1:4100']);
  });
  it('put CMS_PUBLIC_URL and CMS_URL first, as origins (no path, no trailing slash), without duplicates', () => {
    expect(adminOrigins({ CMS_PUBLIC_URL: 'https://cms.example.org/admin/', CMS_URL: 'http://127.0.0.1:3000/', CMS_PORT: '3000' })).toEqual(
      ['https://cms.example.org', 'http://127.0.0.1:3000', 'http://localhost:3000'],
    );
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
