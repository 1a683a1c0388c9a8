import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { prospectFields, requiredProspectFields } from '#common/inquiryOptions.ts';
import { inquirySchema, trackSchema } from '../../src/lib/inquirySchema';

const valid = {
  name: 'Li Wei',
  jobTitle: 'Head of expansion',
  company: 'Example Motors GmbH',
  email: 'li.wei@example.com',
  country: 'DE',
  companySize: '250-999',
  inquiryType: 'new-investment',
  industry: 'motors-electric-drive',
  investmentBand: '10m-50m',
  jobsBand: '200-499',
  timeline: '1-2-years',
  message: 'We are looking for a site for a motor control plant.',
  preferredLanguage: 'en',
  contactChannel: 'email',
  consent: true,
  locale: 'en',
};

const errorsOf = (input: unknown, schema: z.ZodType = inquirySchema) => {
  const result = schema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe('the inquiry form schema', () => {
  it('accepts a complete inquiry, trims it and drops empty optional fields', () => {
    const result = inquirySchema.parse({ ...valid, name: '  Li Wei  ', phone: '', website: '', park: '' });
    expect(result.name).toBe('Li Wei');
    expect(result).not.toHaveProperty('phone', '');
    expect(result.website).toBeUndefined();
    // Astro's form parser gives an empty field as null.
    expect(errorsOf({ ...valid, phone: null, website: null, park: null, idempotencyKey: null, fax: null })).toEqual({});
  });
  it('asks for every required field with a translatable message, and only for those', () => {
    expect(errorsOf({ consent: false })).toEqual({
      name: ['inquiry.error.required'],
      company: ['inquiry.error.required'],
      email: ['inquiry.error.required'],
      country: ['inquiry.error.required'],
      inquiryType: ['inquiry.error.choice'],
      message: ['inquiry.error.required'],
      preferredLanguage: ['inquiry.error.choice'],
      consent: ['inquiry.error.consent'],
    });
    // The list the CMS's required flags read names the same fields.
    expect(Object.keys(errorsOf({ consent: false })).sort()).toEqual([...requiredProspectFields].sort());
  });
  it('accepts an inquiry with only the required answers, the optional ones empty as a form sends them', () => {
    const required = Object.fromEntries(requiredProspectFields.map((name) => [name, valid[name]]));
    expect(errorsOf(required)).toEqual({});
    const blank = { jobTitle: '', companySize: '', industry: '', investmentBand: '', jobsBand: '', timeline: '', contactChannel: '' };
    const parsed = inquirySchema.parse({ ...required, ...blank });
    for (const name of Object.keys(blank)) expect(parsed).not.toHaveProperty(name, '');
    expect(errorsOf({ ...required, companySize: null, industry: null, timeline: null })).toEqual({});
  });
  it('still checks an optional answer that is given', () => {
    expect(errorsOf({ ...valid, companySize: 'huge', jobsBand: 'many', industry: 'Not a slug!' })).toEqual({
      companySize: ['inquiry.error.choice'],
      jobsBand: ['inquiry.error.choice'],
      industry: ['inquiry.error.choice'],
    });
  });
  it('takes the country as an ISO 3166-1 code from the list, not free text', () => {
    expect(errorsOf({ ...valid, country: 'CN' })).toEqual({});
    expect(errorsOf({ ...valid, country: 'Germany' })).toEqual({ country: ['inquiry.error.choice'] });
    expect(errorsOf({ ...valid, country: 'XX' })).toEqual({ country: ['inquiry.error.choice'] });
    // The unknown region a migrated lead may hold is never a prospect's choice.
    expect(errorsOf({ ...valid, country: 'ZZ' })).toEqual({ country: ['inquiry.error.choice'] });
  });
  it('treats blank text as missing', () => {
    expect(errorsOf({ ...valid, company: '   ' })).toEqual({ company: ['inquiry.error.required'] });
  });
  it('rejects an invalid email, phone, website and text over the limits', () => {
    expect(errorsOf({ ...valid, email: 'not-an-email' })).toEqual({ email: ['inquiry.error.email'] });
    expect(errorsOf({ ...valid, phone: 'call me' })).toEqual({ phone: ['inquiry.error.phone'] });
    expect(errorsOf({ ...valid, website: 'javascript:alert(1)' })).toEqual({ website: ['inquiry.error.url'] });
    expect(errorsOf({ ...valid, message: 'x'.repeat(5001) })).toEqual({ message: ['inquiry.error.tooLong'] });
  });
  it('accepts phone numbers and websites as people write them', () => {
    expect(errorsOf({ ...valid, phone: '+49 (0)30 1234-5678', website: 'example.de' })).toEqual({});
    expect(errorsOf({ ...valid, website: 'https://例子.中国/投资' })).toEqual({});
  });
  it('sends a website on with its https:// scheme when the prospect left it out, and refuses every scheme but http(s)', () => {
    expect(inquirySchema.parse({ ...valid, website: ' example.com ' }).website).toBe('https://example.com');
    expect(inquirySchema.parse({ ...valid, website: 'http://example.com/de' }).website).toBe('http://example.com/de');
    for (const website of [
      'javascript:alert(1)',
      'JavaScript://example.com/%0Aalert(1)',
      'data:text/html,x',
      'ftp://example.com',
      'vbscript:msgbox(1)',
    ]) {
      expect(errorsOf({ ...valid, website }), website).toEqual({ website: ['inquiry.error.url'] });
    }
    expect(errorsOf({ ...valid, website: `${'a'.repeat(290)}.com` })).toEqual({ website: ['inquiry.error.tooLong'] });
  });
  it("accepts only the listed choices, and an industry as a slug (which industries exist is the CMS's to check)", () => {
    for (const industry of [
      'motors-electric-drive',
      'fine-steel-new-materials',
      'clean-energy',
      'medical-devices-biomedicine',
      'other',
      'new-industry-2026',
    ]) {
      expect(errorsOf({ ...valid, industry })).toEqual({});
    }
    for (const industry of ['Clean Energy', '../etc', 'clean-energy; drop', 'x'.repeat(81)]) {
      expect(errorsOf({ ...valid, industry }), industry).toEqual({ industry: ['inquiry.error.choice'] });
    }
    expect(errorsOf({ ...valid, inquiryType: 'casino' })).toEqual({ inquiryType: ['inquiry.error.choice'] });
    expect(errorsOf({ ...valid, inquiryType: 'office-space', park: 'motor-park' })).toEqual({});
    expect(errorsOf({ ...valid, park: '../etc' })).toEqual({ park: ['inquiry.error.park'] });
  });
  it('requires consent to the privacy notice', () => {
    expect(errorsOf({ ...valid, consent: false })).toEqual({ consent: ['inquiry.error.consent'] });
    // A ticked checkbox posts 'on'; any other value is not consent.
    expect(errorsOf({ ...valid, consent: 'on' })).toEqual({});
    for (const consent of ['maybe', 'off', '', null])
      expect(errorsOf({ ...valid, consent })).toEqual({ consent: ['inquiry.error.consent'] });
  });
  it('accepts only known languages', () => {
    expect(Object.keys(errorsOf({ ...valid, locale: 'fr' }))).toEqual(['locale']);
    expect(Object.keys(errorsOf({ ...valid, preferredLanguage: 'fr' }))).toEqual(['preferredLanguage']);
  });
  it('refuses a filled-in honeypot and a malformed idempotency key', () => {
    expect(errorsOf({ ...valid, fax: 'http://spam.example' })).toEqual({ fax: ['inquiry.error.honeypot'] });
    expect(Object.keys(errorsOf({ ...valid, idempotencyKey: "1' OR '1'='1" }))).toEqual(['idempotencyKey']);
    expect(errorsOf({ ...valid, idempotencyKey: '0b7f1d2e-3c4a-4b5c-8d6e-7f8091a2b3c4' })).toEqual({});
  });
});

describe('hostile input', () => {
  it('refuses invalid UTF-8 (decoded as U+FFFD), control characters and markup in one-line fields', () => {
    expect(errorsOf({ ...valid, name: 'Li \uFFFD\uFFFD' })).toEqual({ name: ['inquiry.error.invalidText'] });
    expect(errorsOf({ ...valid, company: 'ACME\u0000' })).toEqual({ company: ['inquiry.error.invalidText'] });
    expect(errorsOf({ ...valid, name: '<script>alert(1)</script>' })).toEqual({ name: ['inquiry.error.invalidText'] });
    expect(errorsOf({ ...valid, message: 'Line one\nline two <b>bold</b>' })).toEqual({});
    expect(errorsOf({ ...valid, message: 'bad \uFFFD' })).toEqual({ message: ['inquiry.error.invalidText'] });
  });
  it('refuses a form that sets what only the bureau sets', () => {
    for (const field of ['stage', 'status', 'owner', 'reference', 'notes']) {
      expect(errorsOf({ ...valid, [field]: 'landed' })).toEqual({ [field]: ['inquiry.errorRejected'] });
    }
  });
});

describe('the tracking form schema', () => {
  it('takes a reference and an email, and refuses anything else with a message', () => {
    expect(errorsOf({ reference: ' xt-2026-000123 ', email: 'a@example.com' }, trackSchema)).toEqual({});
    expect(errorsOf({ reference: 'XT-2026-ABC', email: 'a@example.com' }, trackSchema)).toEqual({ reference: ['track.error.reference'] });
    expect(errorsOf({}, trackSchema)).toEqual({ reference: ['inquiry.error.required'], email: ['inquiry.error.required'] });
  });
});

describe('the fields of an inquiry', () => {
  it('are the same on the form as in what the CMS takes from a prospect: the bureau fields and the honeypot are refused, the park travels as its slug', () => {
    const refused = ['stage', 'status', 'owner', 'reference', 'notes', 'fax'];
    const formFields = Object.keys(inquirySchema.shape).filter((field) => !refused.includes(field) && field !== 'park');
    expect(formFields.sort()).toEqual([...prospectFields].sort());
  });
});
