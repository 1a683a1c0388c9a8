import { NotFound, type CollectionBeforeOperationHook } from 'payload';

const objectId = /^[0-9a-f]{24}$/i;
const positiveInteger = /^[1-9]\d{0,15}$/;

/**
 * A document id that cannot exist in this database answers 404, as an unknown id does. Without
 * this, `GET /api/news/abc` reaches SQLite as `NaN` and the driver's error answers 500, and
 * `GET /api/<unversioned>/versions` is read as the document "versions".
 */
export const refuseMalformedId: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const id = (args as { id?: unknown }).id;
  if (id === undefined || id === null) return;
  const custom = req.payload.collections[collection.slug]?.customIDType;
  const type = custom ?? req.payload.db.defaultIDType;
  const text = String(id);
  const valid = type === 'number' ? positiveInteger.test(text) : custom === 'text' ? text.length > 0 : objectId.test(text);
  if (!valid) throw new NotFound(req.t);
};
