import type { CollectionAfterChangeHook } from 'payload';
import { idOf } from '#common/idOf.ts';
import { queueEmail } from '../../Inquiries/queueEmail';

/** Stages in which a lead has had no answer yet: a reply moves it on to `contacted`. */
const unanswered = ['new', 'acknowledged', 'assigned'];

/**
 * Queues the reply's email (on the lead's timeline from now on) and, with the first reply, ends
 * the lead's response clock: the lead moves to `contacted`, which records the first response
 * (Inquiries/hooks/trackFirstResponse.ts) and is logged as the officer's stage change.
 */
export const sendReply: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc;
  const inquiryId = idOf(doc.inquiry)!;
  await queueEmail(req, { inquiry: inquiryId, kind: 'reply', reply: doc.id, replyLanguage: doc.language, actor: idOf(doc.author) });
  const inquiry = await req.payload.findByID({ collection: 'inquiries', id: inquiryId, depth: 0, overrideAccess: true, req });
  if (!inquiry.firstResponseAt || unanswered.includes(inquiry.stage)) {
    await req.payload.update({
      collection: 'inquiries',
      id: inquiryId,
      data: unanswered.includes(inquiry.stage) ? { stage: 'contacted' } : { firstResponseAt: new Date().toISOString() },
      overrideAccess: true,
      req,
    });
  }
  return doc;
};
