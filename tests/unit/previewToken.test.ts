import { describe, expect, it } from 'vitest';
import { previewSecret, signPreview, verifyPreview } from '../../cms/src/lib/previewToken';

const grant = { collection: 'news', id: 42, uid: 7, origin: 'http://127.0.0.1:3000', exp: 1_000_000 };

describe('preview links', () => {
  it('carry a grant that verifies until it expires', () => {
    const token = signPreview(grant, 's3cret');
    expect(verifyPreview(token, 999_999, 's3cret')).toEqual({ ok: true, grant });
    expect(verifyPreview(token, 1_000_000, 's3cret')).toEqual({ ok: false, reason: 'expired' });
  });
  it('are refused when signed with another key or changed in any way', () => {
    const token = signPreview(grant, 's3cret');
    expect(verifyPreview(token, 0, 'other')).toEqual({ ok: false, reason: 'invalid' });
    const [body, mac] = token.split('.');
    const tampered = Buffer.from(JSON.stringify({ ...grant, id: 43 })).toString('base64url');
    expect(verifyPreview(`${tampered}.${mac}`, 0, 's3cret').ok).toBe(false);
    expect(verifyPreview(`${body}.${mac}.x`, 0, 's3cret').ok).toBe(false);
    for (const junk of [undefined, '', '.', 'a.b', 'x'.repeat(5000), 42])
      expect(verifyPreview(junk, 0, 's3cret')).toEqual({ ok: false, reason: 'invalid' });
  });
  it('are refused when they do not name the member of staff who made them', () => {
    const { uid: _uid, ...anonymous } = grant;
    expect(verifyPreview(signPreview(anonymous as typeof grant, 's3cret'), 0, 's3cret')).toEqual({ ok: false, reason: 'invalid' });
  });
  it('use PREVIEW_SECRET, or a key derived from PAYLOAD_SECRET that is not PAYLOAD_SECRET itself', () => {
    expect(previewSecret({ PREVIEW_SECRET: 'explicit' })).toBe('explicit');
    const derived = previewSecret({ PAYLOAD_SECRET: 'p'.repeat(64) });
    expect(derived).toMatch(/^[0-9a-f]{64}$/);
    expect(derived).not.toBe('p'.repeat(64));
    expect(previewSecret({ PAYLOAD_SECRET: 'q'.repeat(64) })).not.toBe(derived);
  });
});
