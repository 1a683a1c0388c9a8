import { describe, expect, it } from 'vitest';
import { resolvePayloadSecret } from '../../cms/src/lib/secret';

describe('PAYLOAD_SECRET', () => {
  it('is required in production, naming the variable', () => {
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET.*at least 32/);
  });
  it('must have at least 32 characters in production', () => {
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(31) })).toThrow(/it has 31/);
    expect(resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(32) })).toBe('x'.repeat(32));
  });
  it('is not needed while building or developing', () => {
    expect(resolvePayloadSecret({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).toMatch(/development/);
    expect(resolvePayloadSecret({ NODE_ENV: 'development' })).toMatch(/development/);
  });
});
