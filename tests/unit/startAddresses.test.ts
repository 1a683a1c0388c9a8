import { describe, expect, it } from 'vitest';
import { startAddresses } from '../../scripts/lib/startAddresses';

describe('the addresses npm start prints and gives the servers', () => {
  it("make the site's public address the one it prints, so previews open there", () => {
    expect(startAddresses({}, 4321, 3000)).toEqual({
      site: 'http://localhost:4321',
      admin: 'http://localhost:3000/admin',
      sitePublicUrl: 'http://localhost:4321',
    });
    expect(startAddresses({}, 5000, 5001).sitePublicUrl).toBe('http://localhost:5000');
  });
  it('keep a SITE_PUBLIC_URL that is set', () => {
    expect(startAddresses({ SITE_PUBLIC_URL: 'https://invest.example.cn' }, 4321, 3000).sitePublicUrl).toBe('https://invest.example.cn');
  });
});
