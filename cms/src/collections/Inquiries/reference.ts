import { randomInt } from 'node:crypto';

// Crockford's base32 without I, L, O, U: easy to read out over the phone.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * `XT-2026-7K3Q9M`: the year and six random characters (about a billion per year). Random
 * rather than sequential so that it works the same on SQLite and MongoDB, needs no counter
 * shared between processes, and does not reveal how many inquiries the bureau receives.
 */
export function newInquiryReference(now = new Date()): string {
  let code = '';
  for (let i = 0; i < 6; i += 1) code += alphabet[randomInt(alphabet.length)];
  return `XT-${now.getUTCFullYear()}-${code}`;
}

export const inquiryReferencePattern = /^XT-\d{4}-[0-9A-HJKMNP-TV-Z]{6}$/;
