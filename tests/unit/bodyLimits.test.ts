import { describe, expect, it } from 'vitest';
import { bodyVerdict, jsonMaxBytes, multipartFileLimit } from '../../cms/src/lib/bodyLimits';

const headers = (values: Record<string, string>) => new Headers(values);
const env = (values: Record<string, string> = {}) => values as NodeJS.ProcessEnv;

describe('the CMS body limits', () => {
  it('take a JSON body up to 1 MB (API_BODY_MAX_BYTES) and refuse a larger one by its declared length', () => {
    expect(jsonMaxBytes(env())).toBe(1024 * 1024);
    expect(jsonMaxBytes(env({ API_BODY_MAX_BYTES: '2048' }))).toBe(2048);
    expect(bodyVerdict(headers({ 'content-type': 'application/json', 'content-length': String(1024 * 1024) }), env())).toBe('ok');
    expect(bodyVerdict(headers({ 'content-type': 'application/json', 'content-length': String(30 * 1024 * 1024) }), env())).toBe(
      'too-large',
    );
    expect(bodyVerdict(headers({ 'content-type': 'text/plain', 'content-length': '2049' }), env({ API_BODY_MAX_BYTES: '2048' }))).toBe(
      'too-large',
    );
  });

  it('take an upload up to the file limit plus its form fields', () => {
    const limit = multipartFileLimit(env());
    const multipart = (length: number) => headers({ 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(length) });
    expect(bodyVerdict(multipart(limit), env())).toBe('ok');
    expect(bodyVerdict(multipart(limit + 2 * 1024 * 1024), env())).toBe('too-large');
  });

  it('ask for a length when a body has none, or a nonsensical one', () => {
    expect(bodyVerdict(headers({ 'transfer-encoding': 'chunked' }), env())).toBe('length-required');
    expect(bodyVerdict(headers({ 'content-length': 'lots' }), env())).toBe('length-required');
    expect(bodyVerdict(headers({}), env())).toBe('ok');
  });
});
