import type { PayloadRequest } from 'payload';

const select = { reference: true, email: true, stage: true, owner: true, company: true, createdAt: true, mergedInto: true } as const;

/**
 * The inquiry a reference and email address name, or undefined when they do not match, whichever
 * half is wrong (the tracking page's look-up; the prospect proves nothing else). A reference
 * merged into another inquiry names the survivor (a few merges deep at most): the prospect keeps
 * tracking with the reference they were given (it stays the one shown), and their answers reach
 * the lead being worked.
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
    select,
    populate: { users: { name: true }, inquiries: { reference: true } },
  });
  let inquiry = found.docs[0];
  if (!inquiry || inquiry.email.trim().toLowerCase() !== email) return undefined;
  const asked = inquiry.reference;
  for (let hops = 0; hops < 5 && inquiry.mergedInto != null; hops++) {
    const survivor = typeof inquiry.mergedInto === 'object' ? inquiry.mergedInto.id : inquiry.mergedInto;
    const next = await req.payload.find({
      collection: 'inquiries',
      where: { id: { equals: survivor } },
      limit: 1,
      depth: 1,
      overrideAccess: true,
      select,
      populate: { users: { name: true }, inquiries: { reference: true } },
    });
    if (!next.docs[0]) break;
    inquiry = next.docs[0];
  }
  // Under the reference the prospect gave: the tracking page answers with it and the email they
  // proved, which the survivor's own reference (and perhaps another email) would not match.
  return { ...inquiry, reference: asked };
}
