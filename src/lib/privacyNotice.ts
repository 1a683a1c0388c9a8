import type { TranslationKey } from '../i18n';
import { isRequiredProspectField, prospectFields } from '#common/inquiryOptions.ts';

type ProspectField = (typeof prospectFields)[number];

export interface CollectedItem {
  /** The inquiry's field (as the CMS stores it), or what the CMS adds when it saves one. */
  name: string;
  label: TranslationKey;
  /** Whether the prospect must give it; undefined for what the system records. */
  required?: boolean;
}

/**
 * How the notice names what the form sends: the form's own label for each answer, a sentence for
 * what the form sends without asking. Keyed by every field the CMS accepts from a prospect, so a
 * field added to the form (and to `prospectFields`) does not compile until the notice names it.
 */
const labels: Record<ProspectField, TranslationKey> = {
  name: 'inquiry.name',
  jobTitle: 'inquiry.jobTitle',
  email: 'inquiry.email',
  phone: 'inquiry.phone',
  company: 'inquiry.company',
  website: 'inquiry.website',
  country: 'inquiry.country',
  companySize: 'inquiry.companySize',
  inquiryType: 'inquiry.inquiryType',
  industry: 'inquiry.industry',
  investmentBand: 'inquiry.investmentBand',
  jobsBand: 'inquiry.jobsBand',
  timeline: 'inquiry.timeline',
  message: 'inquiry.message',
  preferredLanguage: 'inquiry.preferredLanguage',
  contactChannel: 'inquiry.contactChannel',
  locale: 'privacy.recorded.locale',
  consent: 'privacy.recorded.consent',
  idempotencyKey: 'privacy.recorded.idempotencyKey',
};
/** Fields the form sends without the prospect typing or choosing them. */
const sentWithoutAsking: readonly ProspectField[] = ['locale', 'consent', 'idempotencyKey'];

/** The answers the form asks for, each under the label the form shows, required ones first. */
export const collectedAnswers: CollectedItem[] = [
  ...prospectFields
    .filter((name) => !sentWithoutAsking.includes(name))
    .map((name) => ({ name, label: labels[name], required: isRequiredProspectField(name) })),
  // The park travels as its slug, outside `prospectFields` (the CMS resolves it to the park).
  { name: 'park', label: 'inquiry.park' as const, required: false },
].sort((a, b) => Number(b.required) - Number(a.required));

/** What is recorded with an inquiry besides the answers: what the form sends and what the CMS adds. */
export const recordedWithInquiry: CollectedItem[] = [
  ...sentWithoutAsking.map((name) => ({ name, label: labels[name] })),
  { name: 'reference', label: 'privacy.recorded.reference' },
  { name: 'createdAt', label: 'privacy.recorded.createdAt' },
];
