import type { CollectionAfterChangeHook, PayloadRequest } from 'payload';
import { chinaDate } from '#common/chinaTime.ts';
import { idOf } from '#common/idOf.ts';
import { prospectFields } from '#common/inquiryOptions.ts';
import { takeNote } from '../timelineFields';

async function userLabel(req: PayloadRequest, id: number | string | undefined): Promise<string> {
  if (id == null) return '';
  const found = await req.payload.find({
    collection: 'users',
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  });
  const user = found.docs[0];
  return user ? `${user.name ? `${user.name} ` : ''}<${user.email}>` : String(id);
}

/** The prospect's answers an administrator may correct (the park travels apart from the form's fields). */
const answers = [...prospectFields.filter((name) => name !== 'idempotencyKey' && name !== 'consent'), 'park'] as const;
const sameValue = (a: unknown, b: unknown) => String(idOf(a) ?? a ?? '') === String(idOf(b) ?? b ?? '');

/**
 * The fields of a correction, by name. Their old and new values stay out of the log: the log is
 * read by every officer and kept as long as the lead, and a corrected name, email or phone number
 * must not live on in it; the inquiry itself holds the value now in force.
 */
export const correctedFields = (doc: Record<string, unknown>, previousDoc: Record<string, unknown> | undefined) =>
  answers.filter((name) => previousDoc && !sameValue(doc[name], previousDoc[name]));

/**
 * Writes the lead's timeline (inquiry-activities): its arrival, who changed its stage, owner or
 * next action day, when, from what to what, and each note an officer adds (the inquiry's `newNote` box, kept in
 * the request by its field hook). Runs after every save, whoever saves; entries
 * cannot be edited.
 */
export const logActivity: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const actor = req.user?.collection === 'users' ? req.user.id : undefined;
  const log = (
    action: 'created' | 'stage' | 'owner' | 'note' | 'correction' | 'nextAction',
    entry: { from?: string; to?: string; note?: string },
  ) =>
    req.payload.create({ collection: 'inquiry-activities', data: { inquiry: doc.id, action, actor, ...entry }, overrideAccess: true, req });
  const owner = idOf(doc.owner);
  const note = takeNote(req);
  if (operation === 'create') {
    // One entry for arrival and routing: every write counts when many inquiries arrive at once.
    const ownerNote = owner != null ? `负责专员 / owner: ${await userLabel(req, owner)}` : undefined;
    await log('created', { to: doc.stage, note: ownerNote });
    if (note) await log('note', { note });
    return doc;
  }
  if (doc.stage !== previousDoc?.stage) {
    await log('stage', {
      from: previousDoc?.stage,
      to: doc.stage,
      note: doc.stage === 'closed' ? (doc.closeReason ?? undefined) : undefined,
    });
  }
  const before = idOf(previousDoc?.owner);
  if (String(owner ?? '') !== String(before ?? '')) {
    await log('owner', { from: await userLabel(req, before), to: await userLabel(req, owner) });
  }
  const day = (value: unknown) => (value ? chinaDate(value as string) : '');
  if (day(doc.nextActionOn) !== day(previousDoc?.nextActionOn))
    await log('nextAction', { from: day(previousDoc?.nextActionOn), to: day(doc.nextActionOn) });
  if (note) await log('note', { note });
  const corrected = correctedFields(doc, previousDoc);
  if (corrected.length > 0) await log('correction', { note: corrected.join(', ') });
  return doc;
};
