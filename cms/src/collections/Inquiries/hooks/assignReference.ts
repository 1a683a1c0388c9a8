import type { CollectionBeforeChangeHook } from 'payload';
import { nextSequence } from '../../../lib/sequence';
import { chinaDate } from '#common/chinaTime.ts';
import { formatInquiryReference } from '#common/inquiryReference.ts';

/** The counter each year's numbers come from. */
const referenceCounter = (year: number) => `inquiry-${year}`;

/**
 * Gives every new inquiry the next reference number of the year; nobody can choose or change it.
 * Before change (after validation), so that refused submissions use up no numbers.
 */
export const assignReference: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data;
  const year = Number(chinaDate(new Date()).slice(0, 4));
  const sequence = await nextSequence(req.payload, referenceCounter(year));
  return { ...data, reference: formatInquiryReference(year, sequence) };
};
