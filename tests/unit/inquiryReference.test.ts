import { describe, expect, it } from 'vitest';
import { formatInquiryReference, inquiryReferencePattern } from '#common/inquiryReference.ts';

describe('inquiry reference numbers', () => {
  it('look like XT-2026-000123: the year and a six-digit sequence number', () => {
    expect(formatInquiryReference(2026, 123)).toBe('XT-2026-000123');
    expect(formatInquiryReference(2027, 1)).toBe('XT-2027-000001');
    expect(formatInquiryReference(2026, 1_234_567)).toBe('XT-2026-1234567');
    expect(formatInquiryReference(2026, 123)).toMatch(inquiryReferencePattern);
  });
});
