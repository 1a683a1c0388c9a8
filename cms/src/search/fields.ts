// What the portal's search keeps of a published document in one language (Payload's search
// collection, cms/src/search/plugin.ts): its title, summary, the first `excerptLength` characters
// of its body as plain text, and `text`, the three normalized together, which queries match.
import { documentCollections, pagedCollections, type DocumentCollection } from '#common/publicCollections.ts';
import { searchText } from '#common/searchIndex.ts';

/** The collections search covers: every one with a public page. */
export type SearchedCollection = DocumentCollection;
export const searchedCollections = documentCollections;

export interface SearchFields {
  title: string | null;
  summary: string | null;
  excerpt: string | null;
  text: string | null;
  slug: string;
}

/**
 * The search row's fields for a document read in one language without fallback: empty (null
 * title, no text) when the document has no title in that language, so an untranslated document
 * is found only in the language it is written in.
 */
export function searchFields(collection: SearchedCollection, doc: Record<string, unknown>): SearchFields {
  const { titleField, searchFields: fields } = pagedCollections[collection];
  const title = doc[titleField];
  const summary = doc[fields.summary];
  const slug = typeof doc.slug === 'string' ? doc.slug : '';
  if (typeof title !== 'string' || !title.trim()) return { title: null, summary: null, excerpt: null, text: null, slug };
  return { ...searchText(title, typeof summary === 'string' ? summary : '', doc[fields.body]), slug };
}
