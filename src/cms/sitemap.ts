// Whole-collection reads for the sitemap: every published document, page by page, only its title
// in each language, its slug and its date, never the body.
import type { Locale } from '#common/locales.ts';
import { titleFields, type DocumentCollection } from '#common/publicCollections.ts';
import { cms } from './client';
import { localesWithText, type AllLocales, type AnyLocaleDoc } from './localize';
import { published } from './where';

/** The collections whose documents have a public page: what search (cms/src/search/fields.ts) and the sitemap cover. */
export const documentCollections = Object.keys(titleFields) as DocumentCollection[];

/** A published document for the sitemap: the languages it has text in, and when it last changed. */
export interface DocumentLanguages {
  id: number | string;
  slug: string;
  locales: Locale[];
  updatedAt?: string;
}

/** How many sitemap entries a page of listDocumentLanguages() returns at most. */
export const documentLanguagesPageSize = 1000;

/** The number of published documents of a collection (one count query; no document is read). */
export async function countDocuments(collection: DocumentCollection): Promise<number> {
  return (await cms.count({ collection, where: published })).totalDocs;
}

/** One page (by id, of `documentLanguagesPageSize`) of a collection's published documents. */
export async function listDocumentLanguages(collection: DocumentCollection, page: number): Promise<DocumentLanguages[]> {
  const titleField = titleFields[collection];
  const result = await cms.find({
    collection,
    locale: 'all',
    where: published,
    select: { [titleField]: true, slug: true, updatedAt: true },
    // A stable order, so the sitemap files split the collection without gaps or repeats.
    sort: 'id',
    limit: documentLanguagesPageSize,
    page,
    depth: 0,
  });
  return (result.docs as unknown as AnyLocaleDoc[]).map((doc) => ({
    id: doc.id,
    slug: doc.slug,
    locales: localesWithText(doc[titleField] as AllLocales<string> | undefined),
    updatedAt: doc.updatedAt,
  }));
}
