import type { CollectionBeforeChangeHook } from 'payload';
import { idOf } from '#common/idOf.ts';
import { respondedStages, type Stage } from '#common/inquiryOptions.ts';

/**
 * Stops the first-response clock the first time a lead reaches a stage that means the bureau
 * answered (contacted or later, or closed), and moves a lead that gets an owner while still new
 * or acknowledged to `assigned`.
 */
export const trackFirstResponse: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (operation !== 'update' || !originalDoc) return data;
  const next = { ...data };
  const stage = (next.stage ?? originalDoc.stage) as Stage;
  if (!originalDoc.firstResponseAt && respondedStages.includes(stage)) next.firstResponseAt = new Date().toISOString();
  const ownerChanged = next.owner !== undefined && next.owner !== null && String(idOf(next.owner)) !== String(idOf(originalDoc.owner));
  if (
    ownerChanged &&
    (next.stage === undefined || next.stage === originalDoc.stage) &&
    ['new', 'acknowledged'].includes(originalDoc.stage)
  ) {
    next.stage = 'assigned';
  }
  if (stage !== 'closed' && next.stage !== undefined) next.closeReason = null;
  return next;
};
