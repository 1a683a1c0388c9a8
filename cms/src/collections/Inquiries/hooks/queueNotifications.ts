import type { CollectionAfterChangeHook } from 'payload';
import type { NotificationKind } from '../emails';
import { idOf } from '#common/idOf.ts';

/**
 * Queues the emails of a lead as jobs, before the save returns: to the bureau's inbox, to the
 * officer in charge and the confirmation to the prospect for a new inquiry, and to the new
 * officer when a lead changes hands. The jobs send them (cms/src/jobs/sendInquiryEmail.ts).
 */
export const queueNotifications: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const queue = (kind: NotificationKind, officer?: unknown) =>
    req.payload.jobs.queue({
      task: 'sendInquiryEmail',
      input: { inquiry: String(doc.id), kind, ...(officer != null ? { officer: String(officer) } : {}) },
      req,
    });
  const owner = idOf(doc.owner);
  if (operation === 'create') {
    await queue('bureau');
    if (owner != null) await queue('officer', owner);
    await queue('prospect');
  } else if (owner != null && String(owner) !== String(idOf(previousDoc?.owner))) {
    await queue('officer', owner);
  }
  return doc;
};
