import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { sql } from '@payloadcms/db-sqlite';
import { drizzle } from 'drizzle-orm/libsql';
import type { MigrateUpArgs } from '@payloadcms/db-sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../cms/src/migrations';

// A database made by the first release (only the initial migration), holding a lead, a news
// item and an image with alt text in both languages, upgraded by every later migration, then read by Payload in production mode (no schema
// push: the migrations alone must give it the schema it expects). Nothing acknowledged before the
// upgrade may be lost by it. The migrations are run here as Payload runs them (each `up` with a
// drizzle database), because Payload's own loader imports .ts files through tsx, as `npm start`
// does, not through Vitest.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-migrate-'));
const file = path.join(dir, 'portal.db');
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const client = createClient({ url: `file:${file}` });
  const db = drizzle(client);
  const [initial] = migrations;
  await initial!.up({ db, payload: undefined, req: undefined } as unknown as MigrateUpArgs);
  await db.run(sql`INSERT INTO payload_migrations (name, batch) VALUES (${initial!.name}, 1)`);
  await db.run(sql`INSERT INTO inquiries (reference, status, name, company, email, country, message, consent, locale)
    VALUES ('XT-2026-7K3Q9M', 'acknowledged', 'Anna Schmidt', 'Beispiel AG', 'anna@example.com', 'Germany', 'Land, please.', 1, 'en'),
      ('XT-2026-8K3Q9M', 'new', '王芳', '样例公司', 'wang@example.com', ' 新加坡 ', '需要厂房。', 1, 'zh'),
      ('XT-2026-9K3Q9M', 'new', 'Bo Lee', 'Example Ltd', 'bo@example.com', 'us', 'Offices?', 1, 'en'),
      ('XT-2026-6K3Q9M', 'new', 'Kim Ode', 'Nowhere Inc', 'kim@example.com', 'Atlantis', 'Hello.', 1, 'en')`);
  await db.run(sql`INSERT INTO news (slug, published_at, _status) VALUES ('before-upgrade', '2026-01-01T00:00:00.000Z', 'published')`);
  await db.run(sql`INSERT INTO media (id, filename, mime_type, width, height) VALUES (7, 'park.jpg', 'image/jpeg', 1200, 800)`);
  await db.run(
    sql`INSERT INTO media_locales (alt, _locale, _parent_id) VALUES ('园区厂房', 'zh', 7), ('Factory buildings in the park', 'en', 7)`,
  );
  await db.run(
    sql`INSERT INTO news_locales (title, summary, _locale, _parent_id) VALUES ('升级前', '摘要', 'zh', (SELECT id FROM news WHERE slug = 'before-upgrade'))`,
  );
  for (const migration of migrations.slice(1)) {
    // Notes written before they became timeline entries.
    if (migration.name.endsWith('_replies_timeline'))
      await db.run(sql`UPDATE inquiries SET notes = 'Call back in May.' WHERE reference = 'XT-2026-7K3Q9M'`);
    await migration.up({ db, payload: undefined, req: undefined } as unknown as MigrateUpArgs);
    await db.run(sql`INSERT INTO payload_migrations (name, batch) VALUES (${migration.name}, 2)`);
  }
  client.close();
}, 60_000);

afterAll(async () => {
  await close?.();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('upgrading a database from the first release', () => {
  it('gives Payload the schema it expects and keeps the leads and content the database held', async () => {
    Object.assign(process.env, { NODE_ENV: 'production' });
    process.env.DATABASE_URL = `file:${file}`;
    process.env.MEDIA_DIR = path.join(dir, 'media');
    process.env.PAYLOAD_SECRET = 'integration-test-secret-0123456789abcdef';
    process.env.JOBS_AUTORUN = 'false';
    const { getPayload } = await import('payload');
    const { default: config } = await import('../../cms/src/payload.config');
    const payload = await getPayload({ config });
    close = () => payload.destroy();

    const ran = await payload.find({ collection: 'payload-migrations', limit: 100, overrideAccess: true });
    expect(ran.docs.map((m) => m.name).sort()).toEqual(migrations.map((m) => m.name).sort());
    const leads = await payload.find({ collection: 'inquiries', overrideAccess: true, sort: 'reference' });
    expect(leads.docs).toHaveLength(4);
    // Free-text countries became codes where they named one (in English or Chinese, or as a code);
    // what named none is kept as written, beside the unknown region.
    expect(leads.docs.map((lead) => [lead.reference, lead.country, lead.countryAsSubmitted ?? null])).toEqual([
      ['XT-2026-6K3Q9M', 'ZZ', 'Atlantis'],
      ['XT-2026-7K3Q9M', 'DE', null],
      ['XT-2026-8K3Q9M', 'SG', null],
      ['XT-2026-9K3Q9M', 'US', null],
    ]);
    expect(leads.docs.find((lead) => lead.reference === 'XT-2026-7K3Q9M')).toMatchObject({
      reference: 'XT-2026-7K3Q9M',
      stage: 'acknowledged',
      company: 'Beispiel AG',
      email: 'anna@example.com',
    });
    const news = await payload.find({ collection: 'news', where: { slug: { equals: 'before-upgrade' } }, overrideAccess: true });
    expect(news.totalDocs).toBe(1);
    // Alt text moved from one localized field to one field per language without loss.
    const media = await payload.findByID({ collection: 'media', id: 7, overrideAccess: true, locale: 'en' });
    expect(media).toMatchObject({ altZh: '园区厂房', altEn: 'Factory buildings in the park', alt: 'Factory buildings in the park' });
    // Languages already written count as complete after the upgrade (the editorial workflow migration).
    expect(news.docs[0]!.translationStatus).toBe('zh-only');
    // Documents published in a database without search rows are searchable after the upgrade
    // (the search_collection migration writes their rows), in the language they have text in.
    const search = await payload.find({ collection: 'search', locale: 'zh', fallbackLocale: false, overrideAccess: true, depth: 0 });
    expect(search.docs).toHaveLength(1);
    expect(search.docs[0]).toMatchObject({
      slug: 'before-upgrade',
      title: '升级前',
      summary: '摘要',
      text: '升级前 摘要',
      doc: { relationTo: 'news', value: news.docs[0]!.id },
    });
    const english = await payload.findByID({
      collection: 'search',
      id: search.docs[0]!.id,
      locale: 'en',
      fallbackLocale: false,
      overrideAccess: true,
      depth: 0,
    });
    expect(english.title ?? null).toBeNull();
    // A document from before the slug_follows_title migration keeps its slug: a title edit in a
    // later autosave does not move its URL (only new documents follow their title).
    expect(news.docs[0]!.generateSlug).toBe(false);
    const edited = await payload.update({
      collection: 'news',
      id: news.docs[0]!.id,
      locale: 'zh',
      draft: true,
      autosave: true,
      overrideAccess: true,
      data: { title: '升级后改了标题', slug: 'before-upgrade' },
    });
    expect(edited.slug).toBe('before-upgrade');
    // The notes text of a lead is an entry of its timeline after the upgrade (replies_timeline).
    const notes = await payload.find({
      collection: 'inquiry-activities',
      where: { action: { equals: 'note' } },
      overrideAccess: true,
      depth: 0,
    });
    expect(notes.docs.map((entry) => [entry.inquiry, entry.note])).toEqual([
      [leads.docs.find((lead) => lead.reference === 'XT-2026-7K3Q9M')!.id, 'Call back in May.'],
    ]);
  }, 120_000);
});
