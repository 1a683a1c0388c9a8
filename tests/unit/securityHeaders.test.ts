import { describe, expect, it } from 'vitest';
import { applySecurityHeaders, isHttps, isPreviewPath } from '../../src/lib/securityHeaders';

const cms = 'https://cms.example.cn';
const apply = (pathname: string, init: Record<string, string> = {}, https = false, adminOrigins = [cms]) => {
  const headers = new Headers(init);
  applySecurityHeaders(headers, { pathname, https, adminOrigins });
  return headers;
};

describe('security headers', () => {
  it('keep the hashes Astro computed for a page and add frame-ancestors none', () => {
    const headers = apply('/en/parks', {
      'content-security-policy': "default-src 'none'; script-src 'self' 'sha256-abc'; style-src 'self' 'sha256-def';",
    });
    expect(headers.get('content-security-policy')).toBe(
      "default-src 'none'; script-src 'self' 'sha256-abc'; style-src 'self' 'sha256-def'; frame-ancestors 'none'",
    );
    expect(headers.get('x-frame-options')).toBe('DENY');
  });

  it('let only the CMS admin frame the live preview pages, in either language', () => {
    for (const pathname of ['/zh/preview', '/en/preview/news/x']) {
      const headers = apply(pathname, { 'content-security-policy': "script-src 'self';" });
      expect(headers.get('content-security-policy')).toBe(`script-src 'self'; frame-ancestors ${cms}`);
      expect(headers.has('x-frame-options')).toBe(false);
    }
    // Every address the admin is served under, e.g. both loopback names under `npm start`.
    const loopback = ['http://localhost:3000', 'http://127.0.0.1:3000'];
    expect(apply('/zh/preview', { 'content-security-policy': "script-src 'self';" }, false, loopback).get('content-security-policy')).toBe(
      "script-src 'self'; frame-ancestors http://localhost:3000 http://127.0.0.1:3000",
    );
    // No admin origin known (the body-limit answer): nobody may frame it.
    expect(apply('/zh/preview', {}, false, []).get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(isPreviewPath('/en/previews')).toBe(false);
    expect(isPreviewPath('/en/news/preview')).toBe(false);
  });

  it('give responses without a page policy (media, feeds, API, redirects) one that allows nothing', () => {
    expect(apply('/media/a.webp', { 'content-type': 'image/webp' }).get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    // Browsers' PDF viewers are left alone; the PDF still cannot be framed.
    expect(apply('/documents/a.pdf', { 'content-type': 'application/pdf' }).get('content-security-policy')).toBe("frame-ancestors 'none'");
  });

  it('keep resources same-origin but send no opener policy on the public site (a fresh renderer per visit, README)', () => {
    const headers = apply('/zh/', { 'cross-origin-opener-policy': 'same-origin' });
    expect(headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(headers.has('cross-origin-opener-policy')).toBe(false);
  });

  it('send HSTS only over HTTPS', () => {
    expect(apply('/en/', {}, true).get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    expect(apply('/en/', { 'strict-transport-security': 'max-age=1' }, false).has('strict-transport-security')).toBe(false);
  });

  it('trust X-Forwarded-Proto only from a trusted proxy, and only its first hop', () => {
    const url = new URL('http://127.0.0.1:4321/en/');
    expect(isHttps(new URL('https://invest.example.cn/'), null, false)).toBe(true);
    expect(isHttps(url, 'https', false)).toBe(false);
    expect(isHttps(url, 'https', true)).toBe(true);
    expect(isHttps(url, 'HTTPS, http', true)).toBe(true);
    expect(isHttps(url, 'http, https', true)).toBe(false);
    expect(isHttps(url, null, true)).toBe(false);
  });
});
