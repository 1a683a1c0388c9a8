import type { PayloadRequest } from 'payload';

/**
 * The inquiry a reference and email address name, or undefined when they do not match, whichever
 * half is wrong (the tracking page's look-up; the prospect proves nothing else).
 */
export async function prospectInquiry(req: PayloadRequest, body: Record<string, unknown> | undefined) {
  const reference = typeof body?.reference === 'string' ? body.reference.trim().toUpperCase() : '';
  const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
  if (!reference || !email || reference.length > 40 || email.length > 254) return undefined;
  const found = await req.payload.find({
    collection: 'inquiries',
    where: { reference: { equals: reference } },
    limit: 1,
    depth: 1,
    overrideAccess: true,
    select: { reference: true, email: true, stage: true, owner: true, company: true, createdAt: true },
    populate: { users: { name: true } },
  });
  const inquiry = found.docs[0];
  return inquiry && inquiry.email.trim().toLowerCase() === email ? inquiry : undefined;
}
