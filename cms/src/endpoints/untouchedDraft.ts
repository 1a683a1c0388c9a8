import { Forbidden, NotFound, UnauthorizedError, type CollectionSlug, type DefaultDocumentIDType, type Endpoint } from 'payload';
import { draftedCollections } from '#common/publicCollections.ts';
import { documentIdFrom } from '../lib/documentId';

/** A title or slug with nothing in it, in every language (`locale: 'all'` gives `{ zh, en }`). */
const isBlank = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  (typeof value === 'string' && value.trim() === '') ||
  (typeof value === 'object' && !Array.isArray(value) && Object.values(value as object).every(isBlank));

const kept = () =>
  Response.json({ deleted: false, message: '该草稿已有内容，已保留 / The draft has content and was kept' }, { status: 409 });

/**
 * `DELETE /api/untouched-draft/:collection/:id`: drops a draft nobody has written in.
 *
 * With autosave, Payload's create view saves an empty draft before the editor types anything
 * (`views/Document` in @payloadcms/next: it creates the document and redirects to it, so that
 * autosave has a document to PATCH), and Payload has no option to defer that; its one way round,
 * `drafts.validate`, would also refuse every incomplete autosave. So the edit view asks, when
 * the editor leaves a document they opened empty without changing anything
 * (cms/src/components/DiscardUntouchedDraft.tsx), and this endpoint deletes it only if it is
 * still what the create view made: never published, only its first version (the first
 * autosave adds a second), no title and no slug in any language. Anything else is kept (409), so
 * a slow or repeated request can never delete work. Deleting needs the collection's own delete
 * access, as Payload's DELETE does.
 */
export const untouchedDraftEndpoint: Endpoint = {
  path: '/untouched-draft/:collection/:id',
  method: 'delete',
  handler: async (req) => {
    if (!req.user) throw new UnauthorizedError(req.t);
    const slug = String(req.routeParams?.collection ?? '');
    const rawId = String(req.routeParams?.id ?? '');
    // The generated types name SQLite's numeric ids; on MongoDB the same value is an ObjectId string.
    const id = documentIdFrom(rawId, req.payload.db.defaultIDType) as DefaultDocumentIDType | undefined;
    if (!(draftedCollections as readonly string[]).includes(slug) || id === undefined) throw new NotFound(req.t);
    const collection = slug as CollectionSlug;
    const config = req.payload.collections[collection].config;
    const mayDelete = await config.access.delete({ req, id });
    if (mayDelete !== true) throw new Forbidden(req.t);
    const titleField = config.admin.useAsTitle ?? 'title';
    const doc = (await req.payload
      .findByID({ collection, id, draft: true, locale: 'all', depth: 0, overrideAccess: true, disableErrors: true })
      .catch(() => null)) as Record<string, unknown> | null;
    if (!doc) throw new NotFound(req.t);
    if (doc._status !== 'draft' || !isBlank(doc[titleField]) || !isBlank(doc.slug)) return kept();
    const { totalDocs: versions } = await req.payload.countVersions({ collection, where: { parent: { equals: id } }, req });
    if (versions > 1) return kept();
    await req.payload.delete({ collection, id, overrideAccess: false, user: req.user, req });
    return Response.json({ deleted: true });
  },
};
