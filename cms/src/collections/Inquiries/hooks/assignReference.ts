import type { CollectionBeforeValidateHook } from 'payload';
import { newInquiryReference } from '../reference';

/** Gives every new inquiry its reference number; nobody can choose or change it. */
export const assignReference: CollectionBeforeValidateHook = ({ data, operation }) => {
  if (operation !== 'create' || !data) return data;
  return { ...data, reference: newInquiryReference() };
};
