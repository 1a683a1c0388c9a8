import type { Access, CollectionBeforeChangeHook, PayloadRequest } from 'payload';
import { idOf } from '#common/idOf.ts';
import { hasRole } from './roles';

/**
 * Document locks (`payload-locked-documents`), tighter than Payload's default of "any signed-in
 * user may do anything": the admin creates and refreshes locks itself (database calls that pass
 * no access check), and through the API a member of staff only sees and takes over locks of
 * documents they may edit, and only releases their own. Nobody forges a lock in another's name,
 * and the site's account has no locks at all.
 */

const slug = 'payload-locked-documents';
const staff = (req: PayloadRequest) => hasRole(req, 'admin', 'editor', 'investment-officer');

interface Lock {
  document?: { relationTo: string; value: unknown } | null;
  globalSlug?: string | null;
  user?: { relationTo: string; value: unknown } | null;
}

/** The collections and globals whose documents this user may update. */
async function editable(req: PayloadRequest): Promise<{ collections: string[]; globals: string[] }> {
  const collections: string[] = [];
  const globals: string[] = [];
  for (const collection of req.payload.config.collections) {
    if (collection.lockDocuments === false) continue;
    const update = collection.access?.update as Access | undefined;
    if (update && (await update({ req }))) collections.push(collection.slug);
  }
  for (const global of req.payload.config.globals) {
    if (global.lockDocuments === false) continue;
    const update = global.access?.update as Access | undefined;
    if (update && (await update({ req }))) globals.push(global.slug);
  }
  return { collections, globals };
}

async function onEditable(req: PayloadRequest, lock: Lock | null): Promise<boolean> {
  if (!lock) return false;
  const { collections, globals } = await editable(req);
  return lock.document ? collections.includes(lock.document.relationTo) : !!lock.globalSlug && globals.includes(lock.globalSlug);
}

const findLock = (req: PayloadRequest, id: unknown) =>
  req.payload.db.findOne({ collection: slug, where: { id: { equals: id } }, req }) as Promise<Lock | null>;

/** Staff read the locks of documents they may edit. */
export const readLocks: Access = async ({ req }) => {
  if (hasRole(req, 'admin')) return true;
  if (!staff(req)) return false;
  const { collections, globals } = await editable(req);
  // Payload queries a polymorphic relation's collection with `equals` only.
  return { or: [...collections.map((c) => ({ 'document.relationTo': { equals: c } })), { globalSlug: { in: globals } }] };
};

export const createLock: Access = () => false;

/** Taking over a lock: only on a document the user may edit. */
export const updateLock: Access = async ({ req, id }) => {
  if (hasRole(req, 'admin')) return true;
  if (!staff(req) || id === undefined) return false;
  return onEditable(req, await findLock(req, id));
};

/** Releasing a lock: one's own only. */
export const deleteLock: Access = async ({ req, id }) => {
  if (hasRole(req, 'admin')) return true;
  if (!staff(req) || id === undefined || !req.user) return false;
  const lock = await findLock(req, id);
  return !!lock && idOf(lock.user?.value) === req.user.id;
};

/**
 * A lock changed through the API (the admin's "take over") is held by the user who changed it,
 * on the document it already named.
 */
export const lockHeldByCaller: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  if (operation !== 'update' || !req.user) return data;
  return {
    ...data,
    document: originalDoc?.document,
    globalSlug: originalDoc?.globalSlug,
    user: { relationTo: req.user.collection, value: req.user.id },
  };
};
