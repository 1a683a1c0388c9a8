import type { CollectionAfterChangeHook, PayloadRequest } from 'payload';
import { idOf } from '#common/idOf.ts';

/**
 * After an officer's reply (inquiry-replies, on create): the lead awaits the prospect's answer
 * from this reply on, which the "no reply after N days" list and the non-responsive rule count from.
 */
export const awaitAnswer: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc;
  await req.payload.update({
    collection: 'inquiries',
    id: idOf(doc.inquiry)!,
    data: { awaitingAnswerSince: doc.createdAt ?? new Date().toISOString() },
    overrideAccess: true,
    req,
  });
  return doc;
};

/**
 * The prospect answered: nothing is awaited any more, and a non-responsive lead is responsive
 * again, which its timeline says.
 */
export async function answerReceived(req: PayloadRequest, id: number | string) {
  const inquiry = await req.payload.findByID({
    collection: 'inquiries',
    id,
    depth: 0,
    overrideAccess: true,
    select: { nonResponsive: true },
    req,
  });
  await req.payload.update({
    collection: 'inquiries',
    id,
    data: { awaitingAnswerSince: null, nonResponsive: false },
    overrideAccess: true,
    req,
  });
  if (inquiry.nonResponsive)
    await req.payload.create({
      collection: 'inquiry-activities',
      data: { inquiry: id as number, action: 'nonResponsive', from: 'true', to: 'false' },
      overrideAccess: true,
      req,
    });
}
