import type { Field, FieldAccess, FieldHook } from 'payload';
import { idOf } from '#common/idOf.ts';
import { hasRole } from '../access/roles';

/** Staff who work in the admin read who changed a document; the public API never sees it (no staff emails leak). */
const staffOnly: FieldAccess = ({ req }) => hasRole(req, 'admin', 'editor', 'investment-officer');

/** The signed-in user on every save (autosaves too); a save without a user (a scheduled publish) keeps the last one. */
const setUpdatedBy: FieldHook = ({ req, originalDoc }) =>
  req.user?.collection === 'users' ? req.user.id : (idOf(originalDoc?.updatedBy) ?? null);

/** The signed-in user when the save publishes; otherwise what was stored, whatever the client sent. */
const setPublishedBy: FieldHook = ({ req, data, originalDoc }) =>
  data?._status === 'published' && req.user?.collection === 'users' ? req.user.id : (idOf(originalDoc?.publishedBy) ?? null);

const byField = (name: string, label: { zh: string; en: string }, hook: FieldHook): Field => ({
  name,
  type: 'relationship',
  relationTo: 'users',
  label,
  access: { read: staffOnly },
  hooks: { beforeChange: [hook] },
  // Set by the hook only; the default check would read users with the editor's own access.
  validate: () => true as const,
  admin: { position: 'sidebar', readOnly: true },
});

/**
 * Who last changed and who last published a document. Stored on the document, so every version
 * (compare view, restore) carries it too.
 */
export const authorshipFields: Field[] = [
  byField('updatedBy', { zh: '最后修改人', en: 'Last changed by' }, setUpdatedBy),
  byField('publishedBy', { zh: '发布人', en: 'Published by' }, setPublishedBy),
];
