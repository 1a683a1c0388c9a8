import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SanitizedCollectionConfig, SanitizedConfig } from 'payload';
import { beforeAll, describe, expect, test } from 'vitest';
import { documentCollections, documentPath, pagedCollections, publicCollections, unpagedCollections } from '#common/publicCollections.ts';

// The registry against the CMS's own configuration: a collection the public can see, or that
// editors draft, is in the registry, and the registry says of it what the CMS does.
let collections: SanitizedCollectionConfig[];

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-registry-'));
  process.env.DATABASE_URL = `file:${path.join(dir, 'portal.db')}`;
  process.env.PAYLOAD_SECRET = 'registry-test-secret-0123456789abcdef';
  const config: SanitizedConfig = await (await import('../../cms/src/payload.config')).default;
  collections = config.collections;
});

const bySlug = (slug: string) => collections.find((c) => c.slug === slug)!;

/** Whether a visitor without an account reads at least some documents of the collection. */
async function readByAnyone(collection: SanitizedCollectionConfig): Promise<boolean> {
  const req = { user: null, headers: new Headers(), context: {}, payload: {} } as never;
  return Boolean(await collection.access.read({ req } as never));
}

// Payload's own bookkeeping and the search plugin's index (rows made from the registry's paged
// collections, cms/src/search/) are not collections editors write.
const internal = (slug: string) => slug.startsWith('payload-') || slug === 'search';

describe('the public-collection registry', () => {
  test('holds every collection that anyone may read or that editors draft', async () => {
    const publicInCms: string[] = [];
    for (const collection of collections) {
      if (internal(collection.slug)) continue;
      if (collection.versions?.drafts || (await readByAnyone(collection))) publicInCms.push(collection.slug);
    }
    expect(publicInCms.sort()).toEqual([...publicCollections].sort());
  });

  test('says which collections have drafts, SEO fields and which field is the title, as the CMS does', () => {
    for (const slug of documentCollections) {
      const collection = bySlug(slug);
      const entry = pagedCollections[slug];
      expect(Boolean(collection.versions?.drafts), slug).toBe(entry.drafted);
      expect(
        collection.fields.some((field) => 'name' in field && field.name === 'meta'),
        slug,
      ).toBe(entry.seo);
      expect(collection.admin.useAsTitle, slug).toBe(entry.titleField);
      for (const name of [entry.searchFields.summary, entry.searchFields.body])
        expect(
          collection.flattenedFields.some((f) => f.name === name),
          `${slug}.${name}`,
        ).toBe(true);
      expect(
        collection.flattenedFields.some((f) => f.name === entry.defaultSort.replace(/^-/, '')),
        `${slug} sorted by ${entry.defaultSort}`,
      ).toBe(true);
    }
    for (const slug of unpagedCollections) expect(Boolean(bySlug(slug).versions?.drafts), slug).toBe(false);
  });

  test('the search index covers exactly the collections with a page per document', () => {
    const doc = bySlug('search').fields.find((field) => 'name' in field && field.name === 'doc') as { relationTo: string[] };
    expect([...doc.relationTo].sort()).toEqual([...documentCollections].sort());
  });

  test('places documents on the site by their path segment, pages at the top level', () => {
    expect(documentPath('news', 'hydrogen-park-opens')).toBe('/news/hydrogen-park-opens');
    expect(documentPath('pages', 'about')).toBe('/about');
    expect(documentCollections.map((slug) => pagedCollections[slug].pathSegment)).toEqual(
      documentCollections.map((slug) => (slug === 'pages' ? '' : slug)),
    );
  });
});
