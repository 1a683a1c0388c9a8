import { describe, expect, it } from 'vitest';
import { clientPart, rateLimitKey, rateLimitPrefix } from '../../src/lib/rateLimitKey';

describe('the name of a shared rate-limit counter', () => {
  it('is one per limit, window length and client address, under the portal namespace', () => {
    expect(rateLimitKey('inquiry', 3600, '203.0.113.5')).toBe('portal:rate-limit:inquiry:3600s:203.0.113.5');
    const names = new Set([
      rateLimitKey('inquiry', 3600, '203.0.113.5'),
      rateLimitKey('inquiry', 3600, '203.0.113.6'),
      rateLimitKey('inquiry', 60, '203.0.113.5'),
      rateLimitKey('track', 3600, '203.0.113.5'),
      rateLimitKey('answer', 3600, '203.0.113.5'),
    ]);
    expect(names.size).toBe(5);
  });

  it('is what the limiter library stores: its prefix, a colon, the client part', () => {
    expect(rateLimitKey('track', 60, '2001:DB8::1')).toBe(`${rateLimitPrefix('track', 60)}:${clientPart('2001:DB8::1')}`);
  });

  it('names one client once whether its IPv4 address came as IPv4 or IPv4-mapped IPv6', () => {
    expect(clientPart('::ffff:203.0.113.5')).toBe('203.0.113.5');
    expect(clientPart('::FFFF:203.0.113.5')).toBe('203.0.113.5');
    expect(clientPart('203.0.113.5')).toBe('203.0.113.5');
    // Other IPv6 addresses stay whole, in one letter case.
    expect(clientPart('2001:DB8::1')).toBe('2001:db8::1');
    expect(clientPart('::ffff:2001:db8::1')).toBe('::ffff:2001:db8::1');
  });
});
