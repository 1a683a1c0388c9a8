import { z } from 'astro/zod';
import { localeCodes } from '../i18n/locales';
import { inquiryLimits } from './inquiryLimits';

// Messages are i18next keys: the form shows them in the page's language, beside each field.
const text = (max: number) =>
  z
    .string({ error: 'inquiry.error.required' })
    .trim()
    .min(1, { error: 'inquiry.error.required' })
    .max(max, { error: 'inquiry.error.tooLong' });

/** The inquiry form, checked the same way in the browser (island) and on the server (action). */
export const inquirySchema = z.object({
  name: text(inquiryLimits.name),
  company: text(inquiryLimits.company),
  email: z
    .string({ error: 'inquiry.error.required' })
    .trim()
    .min(1, { error: 'inquiry.error.required' })
    .max(inquiryLimits.email, { error: 'inquiry.error.tooLong' })
    .pipe(z.email({ error: 'inquiry.error.email' })),
  country: text(inquiryLimits.country),
  message: text(inquiryLimits.message),
  consent: z.boolean({ error: 'inquiry.error.consent' }).refine((value) => value, { error: 'inquiry.error.consent' }),
  locale: z.enum(localeCodes as [string, ...string[]]).default('zh'),
});

export type InquiryInput = z.infer<typeof inquirySchema>;
export type InquiryField = keyof InquiryInput;
