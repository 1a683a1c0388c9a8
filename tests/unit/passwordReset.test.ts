import { describe, expect, it } from 'vitest';
import { resetLinkOrigin } from '../../cms/src/lib/passwordReset';

const request = (url: string, host: string) => ({ url, headers: new Headers({ host }) });

describe('the origin of a password-reset link', () => {
  it('is CMS_PUBLIC_URL, else CMS_URL, whatever Host the request named', () => {
    const req = request('http://evil.example/api/users/forgot-password', 'evil.example');
    expect(resetLinkOrigin(req, { CMS_PUBLIC_URL: 'https://cms.example.org/', CMS_URL: 'http://127.0.0.1:3000' })).toBe(
      'https://cms.example.org',
    );
    expect(resetLinkOrigin(req, { CMS_URL: 'http://127.0.0.1:3100' })).toBe('http://127.0.0.1:3100');
  });
  it('is the address the request came to when that is one of the admin’s own', () => {
    expect(resetLinkOrigin(request('http://localhost:3000/api/users/forgot-password', 'localhost:3000'), {})).toBe('http://localhost:3000');
    expect(resetLinkOrigin(request('http://127.0.0.1:4100/api/x', '127.0.0.1:4100'), { CMS_PORT: '4100' })).toBe('http://127.0.0.1:4100');
  });
  it('never follows a Host header a stranger chose', () => {
    expect(resetLinkOrigin(request('http://evil.example/api/users/forgot-password', 'evil.example'), {})).toBe('http://localhost:3000');
    expect(resetLinkOrigin(request('http://localhost:3000/api/x', 'bad host header'), {})).toBe('http://localhost:3000');
  });
});
