import type { CollectionBeforeDeleteHook } from 'payload';

/** Erasing an inquiry (e.g. on a PIPL request) erases its timeline and its replies too. */
export const deleteActivities: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'inquiry-activities', where: { inquiry: { equals: id } }, overrideAccess: true, req });
  await req.payload.delete({ collection: 'inquiry-replies', where: { inquiry: { equals: id } }, overrideAccess: true, req });
};
