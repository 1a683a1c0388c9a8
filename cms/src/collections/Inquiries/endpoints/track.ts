import type { Endpoint } from 'payload';
import { json, jsonBody, refuseUnless } from './util';

/**
 * `POST /api/inquiries/track` `{reference, email}`: what a prospect may know of their own
 * inquiry (stage, officer's display name, date received), for the site's tracking page. A wrong
 * reference, a wrong email and a malformed request all get the same 404, so the endpoint says
 * nothing about which inquiries exist. Only the site's account and the bureau may call it; the
 * site rate-limits prospects. The site's account gains no other read access.
 */
export const trackInquiry: Endpoint = {
  path: '/track',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnless(req, 'site-service', 'admin', 'investment-officer');
    if (refused) return refused;
    const body = await jsonBody(req);
    const notFound = json({ found: false }, 404);
    const reference = typeof body?.reference === 'string' ? body.reference.trim().toUpperCase() : '';
    const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
    if (!reference || !email || reference.length > 40 || email.length > 254) return notFound;
    const found = await req.payload.find({
      collection: 'inquiries',
      where: { reference: { equals: reference } },
      limit: 1,
      depth: 1,
      overrideAccess: true,
      select: { reference: true, email: true, stage: true, owner: true, createdAt: true },
      populate: { users: { name: true } },
    });
    const inquiry = found.docs[0];
    if (!inquiry || inquiry.email.trim().toLowerCase() !== email) return notFound;
    const owner = inquiry.owner && typeof inquiry.owner === 'object' ? inquiry.owner : undefined;
    return json({
      found: true,
      reference: inquiry.reference,
      stage: inquiry.stage,
      officerName: owner?.name || null,
      receivedAt: inquiry.createdAt,
    });
  },
};
