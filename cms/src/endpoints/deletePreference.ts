import { NotFound, UnauthorizedError, type Endpoint, type Where } from 'payload';

/**
 * `DELETE /api/payload-preferences/:key`, in place of Payload's own: on SQLite its single delete
 * by the polymorphic `user` relation fails in SQL ("no such column … users_id", 500), while the
 * same lookup as a read works. So the preference is found first, then deleted by its id.
 */
export const deletePreference: Endpoint = {
  path: '/:key',
  method: 'delete',
  handler: async (req) => {
    if (!req.user) throw new UnauthorizedError(req.t);
    const key = String(req.routeParams?.key ?? '');
    const where: Where = {
      and: [{ key: { equals: key } }, { 'user.value': { equals: req.user.id } }, { 'user.relationTo': { equals: req.user.collection } }],
    };
    const found = await req.payload.db.findOne({ collection: 'payload-preferences', where, req });
    if (!found) throw new NotFound(req.t);
    const deleted = await req.payload.db.deleteOne({ collection: 'payload-preferences', where: { id: { equals: found.id } }, req });
    return Response.json({ ...deleted, message: req.t('general:deletedSuccessfully') });
  },
};
