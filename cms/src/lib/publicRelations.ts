import { draftedCollections } from '../collections/editorialWorkflow';

/**
 * The collections a public document may point at: what the site shows to anyone. Leads, their
 * activity, staff accounts and the CMS's own bookkeeping are never among them.
 */
export const linkableCollections: readonly string[] = [...draftedCollections, 'media', 'documents', 'figures', 'news-categories'];

const isLinkable = (slug: unknown) => typeof slug === 'string' && linkableCollections.includes(slug);

type Reference = { relationTo: unknown; value?: unknown };
const isReference = (value: unknown): value is Reference => !!value && typeof value === 'object' && 'relationTo' in value;

/** Every collection a value (a rich-text state, a document) points at that is not linkable. */
export function privateReferences(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => privateReferences(item, found));
  else if (value && typeof value === 'object') {
    if (isReference(value) && !isLinkable(value.relationTo)) found.add(String(value.relationTo));
    Object.values(value).forEach((item) => privateReferences(item, found));
  }
  return found;
}

/** A copy in which every reference to a non-linkable collection keeps only the id, never the document. */
export function withoutPrivateDocuments<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutPrivateDocuments) as T;
  if (!value || typeof value !== 'object') return value;
  const copy = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutPrivateDocuments(item)]));
  if (isReference(value) && !isLinkable(value.relationTo) && value.value && typeof value.value === 'object') {
    copy.value = (value.value as { id?: unknown }).id ?? null;
  }
  return copy as T;
}
