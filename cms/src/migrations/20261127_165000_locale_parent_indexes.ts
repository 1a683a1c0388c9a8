import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite';

// Payload indexes each `<collection>_locales` table by (_locale, _parent_id) only, which a join
// on the parent alone cannot use: reading a list with every language (`locale=all`, as the site's
// lists do) scanned the locales table once per document. With 10,000 news items the news list
// took 9 s; with these indexes 0.1 s (bench/README.md, scale). Written by hand: Payload's schema
// has no way to declare them, so the schema snapshot (.json) is the previous one unchanged.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`industries_locales_parent_id_idx\` ON \`industries_locales\` (\`_parent_id\`);`);
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`_industries_v_locales_parent_id_idx\` ON \`_industries_v_locales\` (\`_parent_id\`);`);
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`parks_locales_parent_id_idx\` ON \`parks_locales\` (\`_parent_id\`);`);
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`_parks_v_locales_parent_id_idx\` ON \`_parks_v_locales\` (\`_parent_id\`);`);
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`projects_locales_parent_id_idx\` ON \`projects_locales\` (\`_parent_id\`);`);
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`_projects_v_locales_parent_id_idx\` ON \`_projects_v_locales\` (\`_parent_id\`);`);
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`figures_locales_parent_id_idx\` ON \`figures_locales\` (\`_parent_id\`);`);
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`policies_locales_parent_id_idx\` ON \`policies_locales\` (\`_parent_id\`);`);
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`_policies_v_locales_parent_id_idx\` ON \`_policies_v_locales\` (\`_parent_id\`);`);
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`news_locales_parent_id_idx\` ON \`news_locales\` (\`_parent_id\`);`);
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`_news_v_locales_parent_id_idx\` ON \`_news_v_locales\` (\`_parent_id\`);`);
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`news_categories_locales_parent_id_idx\` ON \`news_categories_locales\` (\`_parent_id\`);`);
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`stories_locales_parent_id_idx\` ON \`stories_locales\` (\`_parent_id\`);`);
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`_stories_v_locales_parent_id_idx\` ON \`_stories_v_locales\` (\`_parent_id\`);`);
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`offices_locales_parent_id_idx\` ON \`offices_locales\` (\`_parent_id\`);`);
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`_offices_v_locales_parent_id_idx\` ON \`_offices_v_locales\` (\`_parent_id\`);`);
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`pages_locales_parent_id_idx\` ON \`pages_locales\` (\`_parent_id\`);`);
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`_pages_v_locales_parent_id_idx\` ON \`_pages_v_locales\` (\`_parent_id\`);`);
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`documents_locales_parent_id_idx\` ON \`documents_locales\` (\`_parent_id\`);`);
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX IF EXISTS \`industries_locales_parent_id_idx\`;`);
  await db.run(sql`DROP INDEX IF EXISTS \`_industries_v_locales_parent_id_idx\`;`);
  await db.run(sql`DROP INDEX IF EXISTS \`parks_locales_parent_id_idx\`;`);
  await db.run(sql`DROP INDEX IF EXISTS \`_parks_v_locales_parent_id_idx\`;`);
  await db.run(sql`DROP INDEX IF EXISTS \`projects_locales_parent_id_idx\`;`);
  await db.run(sql`DROP INDEX IF EXISTS \`_projects_v_locales_parent_id_idx\`;`);
  await db.run(sql`DROP INDEX IF EXISTS \`figures_locales_parent_id_idx\`;`);
  await db.run(sql`DROP INDEX IF EXISTS \`policies_locales_parent_id_idx\`;`);
  await db.run(sql`DROP INDEX IF EXISTS \`_policies_v_locales_parent_id_idx\`;`);
  await db.run(sql`DROP INDEX IF EXISTS \`news_locales_parent_id_idx\`;`);
  await db.run(sql`DROP INDEX IF EXISTS \`_news_v_locales_parent_id_idx\`;`);
  await db.run(sql`DROP INDEX IF EXISTS \`news_categories_locales_parent_id_idx\`;`);
  await db.run(sql`DROP INDEX IF EXISTS \`stories_locales_parent_id_idx\`;`);
  await db.run(sql`DROP INDEX IF EXISTS \`_stories_v_locales_parent_id_idx\`;`);
  await db.run(sql`DROP INDEX IF EXISTS \`offices_locales_parent_id_idx\`;`);
  await db.run(sql`DROP INDEX IF EXISTS \`_offices_v_locales_parent_id_idx\`;`);
  await db.run(sql`DROP INDEX IF EXISTS \`pages_locales_parent_id_idx\`;`);
  await db.run(sql`DROP INDEX IF EXISTS \`_pages_v_locales_parent_id_idx\`;`);
  await db.run(sql`DROP INDEX IF EXISTS \`documents_locales_parent_id_idx\`;`);
}
