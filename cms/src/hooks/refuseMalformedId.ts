import { NotFound, type CollectionBeforeOperationHook } from 'payload';
import { documentIdFrom } from '../lib/documentId';

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
  if (documentIdFrom(String(id), type === 'number' ? 'number' : 'text', custom === 'text') === undefined) throw new NotFound(req.t);
};
