// The fixed choices of the inquiry form and of the bureau's lead desk, shared by the site's zod
// schema, the form and the CMS. Their labels are UI strings: `inquiry.<group>.<value>` in
// src/common/strings/*.json (the CMS reads its labels from the same files).

export const inquiryTypes = ['new-investment', 'land-or-factory', 'office-space', 'policy-question', 'partnership-other'] as const;
/**
 * The industry choice besides the industries collection's published documents (which the form
 * offers by slug, as the CMS checks them).
 */
export const otherIndustry = 'other';
export const companySizes = ['1-49', '50-249', '250-999', '1000-4999', '5000-plus'] as const;
export const investmentBands = ['under-1m', '1m-10m', '10m-50m', '50m-100m', 'over-100m', 'undecided'] as const;
export const jobsBands = ['under-50', '50-199', '200-499', '500-plus', 'undecided'] as const;
export const timelines = ['within-6-months', '6-12-months', '1-2-years', 'exploring'] as const;
export const contactChannels = ['email', 'phone', 'wechat', 'video-call'] as const;

/** A lead's stages on the bureau's desk, in order; `closed` ends a lead that will not land. */
export const stages = ['new', 'acknowledged', 'assigned', 'contacted', 'qualified', 'site-visit', 'signed', 'landed', 'closed'] as const;
export const closeReasons = ['not-a-fit', 'no-response', 'duplicate'] as const;
/** Stages that mean the bureau has answered the prospect: the first of them ends the response clock. */
export const respondedStages: readonly Stage[] = ['contacted', 'qualified', 'site-visit', 'signed', 'landed', 'closed'];

export type InquiryType = (typeof inquiryTypes)[number];
export type Stage = (typeof stages)[number];
export type CloseReason = (typeof closeReasons)[number];

/** Option groups as the UI strings name them: `inquiry.<group>.<value>`. */
export const optionGroups = {
  inquiryType: inquiryTypes,
  companySize: companySizes,
  investmentBand: investmentBands,
  jobsBand: jobsBands,
  timeline: timelines,
  contactChannel: contactChannels,
  stage: stages,
  closeReason: closeReasons,
} as const;
export type OptionGroup = keyof typeof optionGroups;

/**
 * What a prospect may send besides the park (which travels as its slug); the CMS ignores
 * everything else in the body (stage, owner, reference, notes…).
 */
export const prospectFields = [
  'name',
  'jobTitle',
  'email',
  'phone',
  'company',
  'website',
  'country',
  'companySize',
  'inquiryType',
  'industry',
  'investmentBand',
  'jobsBand',
  'timeline',
  'message',
  'preferredLanguage',
  'contactChannel',
  'locale',
  'consent',
  'idempotencyKey',
] as const;

/**
 * The answers a prospect must give: enough for a first reply. Everything else the form asks
 * ("help us prepare") is optional; the site's zod schema and the CMS's `required` flags both
 * read this list.
 */
export const requiredProspectFields = [
  'name',
  'email',
  'company',
  'country',
  'inquiryType',
  'message',
  'preferredLanguage',
  'consent',
] as const satisfies readonly (typeof prospectFields)[number][];
export const isRequiredProspectField = (name: string) => (requiredProspectFields as readonly string[]).includes(name);

/** A park's or industry's slug as the form and the query string carry it. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The hidden idempotency key the form carries: a UUID made for each rendered form. */
export const idempotencyKeyPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
