/**
 * `XT-2026-000123`: the year (China time) and the inquiry's number within that year, six digits
 * (more when a year ever has a million). Sequential, as bureaus quote them on the phone.
 */
export function formatInquiryReference(year: number, sequence: number): string {
  return `XT-${year}-${String(sequence).padStart(6, '0')}`;
}

/** A reference as the CMS makes it; the tracking form also takes it typed in lower case. */
export const inquiryReferencePattern = /^XT-\d{4}-\d{6,}$/;
