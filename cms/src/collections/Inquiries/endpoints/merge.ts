import type { Endpoint, PayloadRequest, Where } from 'payload';
import type { Inquiry } from '../../../payload-types';
import { idOf } from '#common/idOf.ts';
import { documentIdFrom } from '../../../lib/documentId';
import { fieldErrors, json, jsonBody, refuseUnless } from './util';

type Lead = Pick<Inquiry, 'id' | 'reference' | 'mergedInto'>;

/** The inquiry an id or a reference names, as the caller may read it (their access applies). */
async function findLead(req: PayloadRequest, key: unknown): Promise<Lead | undefined> {
  const text = typeof key === 'number' ? String(key) : typeof key === 'string' ? key.trim() : '';
  if (!text || text.length > 40) return undefined;
  // An id as this database writes it (a number on SQLite, an ObjectId on MongoDB), else a reference.
  const id = documentIdFrom(text, req.payload.db.defaultIDType);
  const where: Where = id !== undefined ? { id: { equals: id } } : { reference: { equals: text.toUpperCase() } };
  const found = await req.payload.find({
    collection: 'inquiries',
    where,
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    select: { reference: true, mergedInto: true },
    req,
  });
  return found.docs[0] as Lead | undefined;
}

/**
 * `POST /api/inquiries/:id/merge` `{into}` (an id or a reference): the officer's merge of a
 * duplicate. The inquiry `:id` is closed as a duplicate and points to `into`, the survivor;
 * the survivor's timeline gets a copy of each of its entries, with the original time and the
 * merged reference as a marker, and the merged inquiry keeps its own. The merged reference keeps
 * tracking: the site's look-up follows `mergedInto` (prospectInquiry.ts). Admins and officers
 * who may read both; a bad request is a field error in both languages, never a 500.
 */
export const mergeInquiry: Endpoint = {
  path: '/:id/merge',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnless(req, 'admin', 'investment-officer');
    if (refused) return refused;
    const merged = await findLead(req, req.routeParams?.id);
    if (!merged) return json({ errors: [{ message: '找不到该咨询 / inquiry not found' }] }, 404);
    const body = await jsonBody(req);
    const into = body?.into;
    const problem = async (): Promise<string | Lead> => {
      if (into == null || into === '') return '请填写要保留的咨询编号 / enter the reference of the inquiry to keep';
      const survivor = await findLead(req, into);
      if (!survivor) return '找不到该咨询 / no inquiry has this reference';
      if (String(survivor.id) === String(merged.id)) return '不能合并到自身 / an inquiry cannot be merged into itself';
      if (merged.mergedInto) return '本咨询已合并过 / this inquiry is already merged';
      if (survivor.mergedInto) return '该咨询已合并到其他咨询 / that inquiry is itself merged into another';
      return survivor;
    };
    const checked = await problem();
    if (typeof checked === 'string') return fieldErrors([{ path: 'into', message: checked }]);
    const survivor = checked;
    // Past field access (mergedInto is written by the CMS only), but as the officer: the stage
    // change and the merge entries carry their name (logActivity reads req.user).
    await req.payload.update({
      collection: 'inquiries',
      id: merged.id,
      data: { stage: 'closed', closeReason: 'duplicate', mergedInto: survivor.id },
      overrideAccess: true,
      depth: 0,
      req,
    });
    const actor = req.user?.collection === 'users' ? (req.user.id as number) : undefined;
    const entries = await req.payload.find({
      collection: 'inquiry-activities',
      where: { inquiry: { equals: merged.id } },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    });
    // Copies, not moves: the merged inquiry's own timeline stays whole, and the survivor's shows
    // its history among its own, each at its original time. Email states stop updating on copies;
    // the answers' submission keys stay with the originals (they are unique).
    for (const entry of entries.docs) {
      const { id: _id, inquiry: _inquiry, submissionKey: _key, summary: _summary, by: _by, updatedAt: _updated, ...rest } = entry;
      await req.payload.create({
        collection: 'inquiry-activities',
        data: {
          ...rest,
          actor: idOf(entry.actor) as number | undefined,
          reply: idOf(entry.reply) as number | undefined,
          inquiry: survivor.id,
          mergedFrom: merged.reference ?? '',
        },
        overrideAccess: true,
        req,
      });
    }
    for (const [inquiry, other, action] of [
      [merged.id, survivor.reference, 'mergedInto'],
      [survivor.id, merged.reference, 'mergedHere'],
    ] as const) {
      await req.payload.create({
        collection: 'inquiry-activities',
        data: { inquiry, action, note: other ?? '', actor },
        overrideAccess: true,
        req,
      });
    }
    return json({ merged: merged.reference, into: survivor.reference, survivor: survivor.id });
  },
};
