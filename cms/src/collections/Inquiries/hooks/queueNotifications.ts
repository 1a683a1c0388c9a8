import type { CollectionAfterChangeHook } from 'payload';
import { idOf } from '#common/idOf.ts';
import { queueEmail } from '../queueEmail';

/**
 * Queues the emails of a lead as jobs, before the save returns: to the bureau's inbox, to the
 * officer in charge and the confirmation to the prospect for a new inquiry, and to the new
 * officer when a lead changes hands. Each is on the lead's timeline from the moment it is queued.
 */
export const queueNotifications: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const owner = idOf(doc.owner);
  if (operation === 'create') {
    await queueEmail(req, { inquiry: doc.id, kind: 'bureau' });
    if (owner != null) await queueEmail(req, { inquiry: doc.id, kind: 'officer', officer: owner });
    await queueEmail(req, { inquiry: doc.id, kind: 'prospect' });
  } else if (owner != null && String(owner) !== String(idOf(previousDoc?.owner))) {
    await queueEmail(req, { inquiry: doc.id, kind: 'officer', officer: owner });
  }
  return doc;
};
