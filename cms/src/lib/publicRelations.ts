import { publicCollections } from '#common/publicCollections.ts';

/**
 * The collections a public document may point at: what the site shows to anyone. Leads, their
 * activity, staff accounts and the CMS's own bookkeeping are never among them.
 */
export const linkableCollections: readonly string[] = publicCollections;

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

/** A link an editor writes into a body: the web (http, https), mail, a phone number, or a page of the site itself. */
const safeLink = /^(https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i;

/** Every link in a rich-text state whose address is of another kind (`javascript:`, `data:`, …). */
export function unsafeLinks(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => unsafeLinks(item, found));
  else if (value && typeof value === 'object') {
    const node = value as { type?: unknown; fields?: { linkType?: unknown; url?: unknown } };
    if ((node.type === 'link' || node.type === 'autolink') && node.fields?.linkType !== 'internal') {
      const url = typeof node.fields?.url === 'string' ? node.fields.url : '';
      // Control characters are dropped by browsers inside a scheme (`java\tscript:`): refused too.
      // eslint-disable-next-line no-control-regex -- control characters are what this refuses
      if (!safeLink.test(url.trim()) || /[\u0000-\u001f]/.test(url)) found.push(url);
    }
    Object.values(value).forEach((item) => unsafeLinks(item, found));
  }
  return found;
}
