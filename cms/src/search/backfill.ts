import { type MigrateUpArgs, sql } from '@payloadcms/db-sqlite';
import { searchText } from '#common/searchIndex.ts';
import { titleFields } from '#common/publicCollections.ts';
import { searchedCollections } from './fields';

/**
 * The search rows of every document published before the `search_collection` migration, written
 * by that migration in SQL (a SQLite migration; it runs without Payload, e.g. in
 * tests/integration/migrations.test.ts): the same rows the plugin's hooks write (searchText),
 * one per document, each language's text read without fallback. MongoDB runs no migrations: there
 * `POST /api/search/reindex` (cms/src/search/reindex.ts) does this through Payload.
 */
export async function backfillSearch(db: MigrateUpArgs['db']): Promise<number> {
  let documents = 0;
  for (const collection of searchedCollections) {
    const titleColumn = titleFields[collection];
    const rows = (await db.all(
      sql.raw(
        `SELECT d.id AS id, d.slug AS slug, l._locale AS locale, l.${titleColumn} AS title, l.summary AS summary, l.body AS body
         FROM ${collection} d JOIN ${collection}_locales l ON l._parent_id = d.id
         WHERE d._status = 'published' ORDER BY d.id`,
      ),
    )) as { id: number; slug: string | null; locale: string; title: string | null; summary: string | null; body: string | null }[];
    const byDocument = new Map<number, typeof rows>();
    for (const row of rows) byDocument.set(row.id, [...(byDocument.get(row.id) ?? []), row]);
    for (const [id, languages] of byDocument) {
      const texts = languages.filter((row) => row.title && row.title.trim());
      if (texts.length === 0) continue;
      const slug = languages[0]!.slug ?? '';
      const [{ searchId }] = (await db.all(sql`INSERT INTO search (priority, slug) VALUES (0, ${slug}) RETURNING id AS searchId`)) as {
        searchId: number;
      }[];
      await db.run(
        sql.raw(
          `INSERT INTO search_rels ("order", parent_id, path, ${collection}_id) VALUES (NULL, ${Number(searchId)}, 'doc', ${Number(id)})`,
        ),
      );
      for (const row of texts) {
        let body: unknown;
        try {
          body = row.body ? JSON.parse(row.body) : null;
        } catch {
          body = null;
        }
        const text = searchText(row.title!, row.summary ?? '', body);
        await db.run(
          sql`INSERT INTO search_locales (title, summary, excerpt, text, _locale, _parent_id) VALUES (${text.title}, ${text.summary}, ${text.excerpt}, ${text.text}, ${row.locale}, ${searchId})`,
        );
      }
      documents += 1;
    }
  }
  return documents;
}
