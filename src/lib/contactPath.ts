import type { InquiryType } from '#common/inquiryOptions.ts';

/**
 * The inquiry form preset from the page a prospect is on (the query string the contact page
 * reads). The type is one of the form's own values, so a link cannot name a choice the form lacks.
 */
export function contactPath(preset: { type: InquiryType; park?: string }): string {
  const query = new URLSearchParams({ type: preset.type });
  if (preset.park) query.set('park', preset.park);
  return `/contact?${query}`;
}
