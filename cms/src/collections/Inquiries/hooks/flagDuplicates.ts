import type { CollectionAfterChangeHook } from 'payload';
import { idOf } from '#common/idOf.ts';
import { companyKey, duplicateFlagLimit, duplicateWindowDays, emailKey } from '../../../lib/duplicateKeys';

const day = 24 * 60 * 60 * 1000;

/**
 * Flags a new inquiry and the desk's others from the same email address (any case) or the same
 * company (lib/duplicateKeys.ts) received in the 90 days before it, on both sides, each with a
 * timeline entry naming the other. Merged inquiries are left out: their survivor stands for them.
 *
 * It reads and writes past access: the site's account creates inquiries but may read none, and
 * the check must see every lead of the desk. It returns the document as it was saved, so the
 * submitter (the public form through the site) learns nothing of other inquiries.
 */
export const flagDuplicates: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc;
  const email = emailKey(doc.email);
  const company = companyKey(doc.company);
  if (!email && !company) return doc;
  const since = new Date(new Date(doc.createdAt).getTime() - duplicateWindowDays * day).toISOString();
  // The window's inquiries, a few fields each: the company match needs the names normalised, which
  // a database query cannot do; at the desk's volume (hundreds in 90 days) this is one range read.
  const recent = await req.payload.find({
    collection: 'inquiries',
    where: {
      and: [
        { id: { not_equals: doc.id } },
        { createdAt: { greater_than_equal: since } },
        { createdAt: { less_than_equal: doc.createdAt } },
        { mergedInto: { exists: false } },
      ],
    },
    sort: '-createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { reference: true, email: true, company: true, duplicates: true },
    req,
  });
  const matches = recent.docs
    .filter((other) => (email && emailKey(other.email) === email) || (company && companyKey(other.company) === company))
    .slice(0, duplicateFlagLimit);
  if (matches.length === 0) return doc;
  const note = (other: { reference?: string | null }) => other.reference ?? '';
  const log = (inquiry: number, other: { reference?: string | null }) =>
    req.payload.create({
      collection: 'inquiry-activities',
      data: { inquiry, action: 'duplicate', note: note(other) },
      overrideAccess: true,
      req,
    });
  // A flag is help for the desk, never a condition of taking the lead: another lead that cannot
  // be saved as it stands (say, its owner is no longer an officer) is logged and left unflagged,
  // and the new inquiry is kept whatever happens here.
  const flagged: number[] = [];
  for (const other of matches) {
    const theirs = (other.duplicates ?? []).map((d) => idOf(d)).filter((id) => id != null) as number[];
    try {
      await req.payload.update({
        collection: 'inquiries',
        id: other.id,
        data: { duplicates: [...theirs, doc.id] },
        overrideAccess: true,
        depth: 0,
        context: { duplicateFlag: true },
        req,
      });
      await log(other.id, doc);
      await log(doc.id, other);
      flagged.push(other.id);
    } catch (error) {
      req.payload.logger.warn({ err: error, inquiry: doc.id, other: other.id }, 'could not flag a possible duplicate');
    }
  }
  if (flagged.length === 0) return doc;
  try {
    await req.payload.update({
      collection: 'inquiries',
      id: doc.id,
      data: { duplicates: flagged },
      overrideAccess: true,
      depth: 0,
      context: { duplicateFlag: true },
      req,
    });
  } catch (error) {
    req.payload.logger.warn({ err: error, inquiry: doc.id }, 'could not flag an inquiry as a possible duplicate');
  }
  return doc;
};
