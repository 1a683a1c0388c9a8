import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { newInquiryReference, inquiryReferencePattern } from '../../cms/src/collections/Inquiries/reference';
import { inquirySchema } from '../../src/lib/inquirySchema';

const valid = {
  name: 'Li Wei',
  company: 'Example Motors GmbH',
  email: 'li.wei@example.com',
  country: 'Germany',
  message: 'We are looking for a site for a motor control plant.',
  consent: true,
  locale: 'en',
};

const errorsOf = (input: unknown) => {
  const result = inquirySchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe('the inquiry form schema', () => {
  it('accepts a complete inquiry and trims it', () => {
    const result = inquirySchema.parse({ ...valid, name: '  Li Wei  ' });
    expect(result.name).toBe('Li Wei');
  });
  it('asks for every required field with a translatable message', () => {
    expect(errorsOf({ consent: false })).toEqual({
      name: ['inquiry.error.required'],
      company: ['inquiry.error.required'],
      email: ['inquiry.error.required'],
      country: ['inquiry.error.required'],
      message: ['inquiry.error.required'],
      consent: ['inquiry.error.consent'],
    });
  });
  it('treats blank text as missing', () => {
    expect(errorsOf({ ...valid, company: '   ' })).toEqual({ company: ['inquiry.error.required'] });
  });
  it('rejects an invalid email and text over the limits', () => {
    expect(errorsOf({ ...valid, email: 'not-an-email' })).toEqual({ email: ['inquiry.error.email'] });
    expect(errorsOf({ ...valid, message: 'x'.repeat(5001) })).toEqual({ message: ['inquiry.error.tooLong'] });
  });
  it('requires consent to the privacy notice', () => {
    expect(errorsOf({ ...valid, consent: false })).toEqual({ consent: ['inquiry.error.consent'] });
  });
  it('accepts only known languages', () => {
    expect(Object.keys(errorsOf({ ...valid, locale: 'fr' }))).toEqual(['locale']);
  });
});

describe('inquiry reference numbers', () => {
  it('look like XT-2026-7K3Q9M and are unique in practice', () => {
    const refs = new Set(Array.from({ length: 2000 }, () => newInquiryReference(new Date('2026-03-01T00:00:00Z'))));
    expect(refs.size).toBe(2000);
    for (const ref of refs) expect(ref).toMatch(inquiryReferencePattern);
    expect([...refs][0]).toMatch(/^XT-2026-/);
  });
});
