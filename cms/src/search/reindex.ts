import type { Payload, PayloadRequest } from 'payload';
import { locales } from '#common/locales.ts';
import { pagedCollections } from '#common/publicCollections.ts';
import { searchedCollections, searchFields } from './fields';

const batchSize = 100;

/**
 * Rebuilds the search collection from every published document in both languages (for databases
 * with documents published before the `search_collection` migration, which runs it,
 * and `POST /api/search/reindex` for MongoDB or after a bulk import). Reads each collection one
 * page at a time, each language without fallback.
 */
export async function reindexSearch(payload: Payload, req?: PayloadRequest): Promise<{ documents: number }> {
  const ctx = req ? { req } : {};
  await payload.delete({ collection: 'search', where: { id: { exists: true } }, overrideAccess: true, depth: 0, ...ctx });
  let documents = 0;
  const codes = locales.map((l) => l.code);
  for (const collection of searchedCollections) {
    const { titleField, searchFields: searched } = pagedCollections[collection];
    for (let page = 1; ; page += 1) {
      const ids = await payload.find({
        collection,
        where: { _status: { equals: 'published' } },
        sort: 'id',
        limit: batchSize,
        page,
        depth: 0,
        select: { slug: true },
        overrideAccess: true,
        ...ctx,
      });
      for (const { id } of ids.docs) {
        let searchId: number | string | undefined;
        for (const locale of codes) {
          const doc = await payload.findByID({
            collection,
            id,
            locale,
            fallbackLocale: false,
            depth: 0,
            overrideAccess: true,
            select: { [titleField]: true, slug: true, [searched.summary]: true, [searched.body]: true } as never,
            ...ctx,
          });
          const fields = searchFields(collection, doc as unknown as Record<string, unknown>);
          const data = { ...fields, title: fields.title ?? undefined, doc: { relationTo: collection, value: id }, priority: 0 };
          if (searchId === undefined)
            searchId = (await payload.create({ collection: 'search', locale, data: data as never, depth: 0, overrideAccess: true, ...ctx }))
              .id;
          else
            await payload.update({
              collection: 'search',
              id: searchId,
              locale,
              data: data as never,
              depth: 0,
              overrideAccess: true,
              ...ctx,
            });
        }
        documents += 1;
      }
      if (page >= ids.totalPages) break;
    }
  }
  return { documents };
}
