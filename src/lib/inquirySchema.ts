import { z } from 'astro/zod';
import { localeCodes } from '#common/locales.ts';
import { inquiryLimits } from '#common/inquiryLimits.ts';
import { inquiryReferencePattern } from '#common/inquiryReference.ts';
import { websitePattern, withScheme } from '#common/webAddress.ts';
import { isCountryCode } from '#common/countries.ts';
import {
  companySizes,
  contactChannels,
  idempotencyKeyPattern,
  inquiryTypes,
  investmentBands,
  jobsBands,
  slugPattern,
  timelines,
} from '#common/inquiryOptions.ts';

// The site's Content-Security-Policy forbids eval: without this, zod probes for it with
// `new Function` (a reported violation in the browser) before parsing without it anyway. Set
// before any schema is made, as zod decides when it makes one.
z.config({ jitless: true });

// Messages are i18next keys: the form shows them in the page's language, beside each field.

// Text no person types: U+FFFD (what undecodable bytes, i.e. invalid UTF-8, become) and control
// characters; one-line fields (names, company) also refuse markup brackets.
// eslint-disable-next-line no-control-regex -- control characters are what these refuse
const garbled = /[\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex -- as above
const oneLineBad = /[\uFFFD\u0000-\u001F\u007F<>]/;

const text = (max: number, { multiline = false } = {}) =>
  z
    .string({ error: 'inquiry.error.required' })
    .trim()
    .min(1, { error: 'inquiry.error.required' })
    .max(max, { error: 'inquiry.error.tooLong' })
    .refine((value) => !(multiline ? garbled : oneLineBad).test(value), { error: 'inquiry.error.invalidText' });

/** Fields the bureau sets: a form that carries them is forged and refused. */
const forged = z
  .any()
  .refine((value) => value === undefined || value === null || value === '', { error: 'inquiry.errorRejected' })
  .optional();

/** An optional text: empty means not given (Astro reads an empty form field as null). */
const optionalText = (max: number, pattern?: RegExp, error = 'inquiry.error.tooLong') =>
  z
    .string({ error: 'inquiry.error.tooLong' })
    .trim()
    .max(max, { error: 'inquiry.error.tooLong' })
    .refine((value) => !pattern || value === '' || pattern.test(value), { error })
    .refine((value) => !oneLineBad.test(value), { error: 'inquiry.error.invalidText' })
    .nullish()
    .transform((value) => value || undefined);

const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'inquiry.error.choice' });
/** An optional choice: the empty "Please choose" option means not given. */
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.literal(''), z.null(), z.enum(values, { error: 'inquiry.error.choice' })], { error: 'inquiry.error.choice' })
    .optional()
    .transform((value) => value || undefined);
/** An ISO 3166-1 alpha-2 code from the form's list. */
const country = z
  .string({ error: 'inquiry.error.required' })
  .trim()
  .min(1, { error: 'inquiry.error.required' })
  .refine(isCountryCode, { error: 'inquiry.error.choice' });
/** A choice from the CMS's documents, by slug: which slugs exist is the CMS's to check. */
const documentChoice = z
  .string({ error: 'inquiry.error.choice' })
  .trim()
  .max(80, { error: 'inquiry.error.choice' })
  .regex(slugPattern, { error: 'inquiry.error.choice' });
const optionalDocumentChoice = z
  .union([z.literal(''), z.null(), documentChoice], { error: 'inquiry.error.choice' })
  .optional()
  .transform((value) => value || undefined);

/** A web address with or without its http(s) scheme, sent on with it (`example.com` -> `https://example.com`). */
const website = optionalText(inquiryLimits.website, websitePattern, 'inquiry.error.url')
  .transform((value) => (value === undefined ? undefined : withScheme(value)))
  .refine((value) => value === undefined || value.length <= inquiryLimits.website, { error: 'inquiry.error.tooLong' });
const phonePattern = /^\+?[\d\s().\-/]{5,40}$/;

/**
 * The inquiry form, checked the same way in the browser (island) and on the server (action).
 * Required are only the answers in `requiredProspectFields`; the rest helps the bureau prepare.
 */
export const inquirySchema = z.object({
  name: text(inquiryLimits.name),
  jobTitle: optionalText(inquiryLimits.jobTitle),
  email: z
    .string({ error: 'inquiry.error.required' })
    .trim()
    .min(1, { error: 'inquiry.error.required' })
    .max(inquiryLimits.email, { error: 'inquiry.error.tooLong' })
    .pipe(z.email({ error: 'inquiry.error.email' })),
  phone: optionalText(inquiryLimits.phone, phonePattern, 'inquiry.error.phone'),
  company: text(inquiryLimits.company),
  website,
  country,
  companySize: optionalChoice(companySizes),
  inquiryType: choice(inquiryTypes),
  industry: optionalDocumentChoice,
  park: optionalText(80, slugPattern, 'inquiry.error.park'),
  investmentBand: optionalChoice(investmentBands),
  jobsBand: optionalChoice(jobsBands),
  timeline: optionalChoice(timelines),
  message: text(inquiryLimits.message, { multiline: true }),
  preferredLanguage: choice(localeCodes as [string, ...string[]]),
  contactChannel: optionalChoice(contactChannels),
  // The ticked checkbox as browsers send it ('on'), or true from the island; nothing else counts.
  consent: z
    .union([z.literal(true), z.literal('on'), z.literal('true')], { error: 'inquiry.error.consent' })
    .transform(() => true as const),
  locale: z.enum(localeCodes as [string, ...string[]]).default('zh'),
  // Made for each rendered form; the same form sent twice is one inquiry.
  idempotencyKey: optionalText(36, idempotencyKeyPattern, 'inquiry.errorRejected'),
  stage: forged,
  status: forged,
  owner: forged,
  reference: forged,
  notes: forged,
  // A honeypot: hidden from people, filled in by bots.
  fax: z
    .string({ error: 'inquiry.error.honeypot' })
    .nullish()
    .refine((value) => !value, { error: 'inquiry.error.honeypot' }),
});

export type InquiryInput = z.infer<typeof inquirySchema>;
/** What the site sends the CMS: the form without the honeypot and the refused bureau fields. */
export type InquiryData = Omit<InquiryInput, 'fax' | 'stage' | 'status' | 'owner' | 'reference' | 'notes'>;
export type InquiryField = keyof InquiryInput;

const referencePattern = new RegExp(inquiryReferencePattern.source, 'i');

/** The tracking form: reference number and email address. */
export const trackSchema = z.object({
  reference: z
    .string({ error: 'inquiry.error.required' })
    .trim()
    .min(1, { error: 'inquiry.error.required' })
    .max(40, { error: 'track.error.reference' })
    .regex(referencePattern, { error: 'track.error.reference' }),
  email: z
    .string({ error: 'inquiry.error.required' })
    .trim()
    .min(1, { error: 'inquiry.error.required' })
    .max(inquiryLimits.email, { error: 'inquiry.error.tooLong' })
    .pipe(z.email({ error: 'inquiry.error.email' })),
});
export type TrackInput = z.infer<typeof trackSchema>;

/**
 * The prospect's answer on the tracking page: the look-up's pair (sent again as hidden fields),
 * the form's idempotency key, and the message, which the action checks itself (`answerMessage`)
 * so that a refused message still shows the inquiry it answers.
 */
export const answerSchema = trackSchema.extend({
  message: z
    .string()
    .max(inquiryLimits.message * 4)
    .nullish(),
  idempotencyKey: z.string().max(64).nullish(),
});
export const answerMessage = text(inquiryLimits.message, { multiline: true });
