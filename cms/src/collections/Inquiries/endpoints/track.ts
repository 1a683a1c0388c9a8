import type { Endpoint, PayloadRequest } from 'payload';
import { json, jsonBody, refuseUnless } from './util';
import { prospectInquiry } from './prospectInquiry';

export interface ConversationMessage {
  from: 'bureau' | 'prospect';
  body: string;
  at: string;
  officerName?: string | null;
}

/** The replies the officers marked for the prospect and the prospect's own answers, oldest first. */
async function conversation(req: PayloadRequest, inquiry: number | string): Promise<ConversationMessage[]> {
  const [replies, answers] = await Promise.all([
    req.payload.find({
      collection: 'inquiry-replies',
      where: { and: [{ inquiry: { equals: inquiry } }, { showOnTrackPage: { equals: true } }] },
      pagination: false,
      depth: 1,
      overrideAccess: true,
      select: { body: true, createdAt: true, author: true },
      populate: { users: { name: true } },
    }),
    req.payload.find({
      collection: 'inquiry-activities',
      where: { and: [{ inquiry: { equals: inquiry } }, { action: { equals: 'answer' } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { note: true, createdAt: true },
    }),
  ]);
  return [
    ...replies.docs.map((reply) => ({
      from: 'bureau' as const,
      body: reply.body ?? '',
      at: reply.createdAt,
      officerName: reply.author && typeof reply.author === 'object' ? reply.author.name || null : null,
    })),
    ...answers.docs.map((answer) => ({ from: 'prospect' as const, body: answer.note ?? '', at: answer.createdAt })),
  ].sort((a, b) => a.at.localeCompare(b.at));
}

/**
 * `POST /api/inquiries/track` `{reference, email}`: what a prospect may know of their own
 * inquiry (stage, officer's display name, date received, the replies marked for them and their
 * own answers), for the site's tracking page. A wrong reference, a wrong email and a malformed
 * request all get the same 404, so the endpoint says nothing about which inquiries exist. Only
 * the site's account and the bureau may call it; the site rate-limits prospects. The site's
 * account gains no other read access.
 */
export const trackInquiry: Endpoint = {
  path: '/track',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnless(req, 'site-service', 'admin', 'investment-officer');
    if (refused) return refused;
    const inquiry = await prospectInquiry(req, await jsonBody(req));
    if (!inquiry) return json({ found: false }, 404);
    const owner = inquiry.owner && typeof inquiry.owner === 'object' ? inquiry.owner : undefined;
    return json({
      found: true,
      reference: inquiry.reference,
      stage: inquiry.stage,
      officerName: owner?.name || null,
      receivedAt: inquiry.createdAt,
      messages: await conversation(req, inquiry.id),
    });
  },
};
