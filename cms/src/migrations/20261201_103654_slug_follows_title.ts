import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite';

// Payload's slug field (cms/src/fields/slug.ts) keeps, per document, whether its slug still
// follows the title (`generate_slug`; `version_generate_slug` in each version). A new document
// starts following; every document that exists already had its slug chosen and is often live,
// so it keeps its slug: a later title edit must not move its URL.

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`industries\` ADD \`generate_slug\` integer DEFAULT true;`);
  await db.run(sql`ALTER TABLE \`_industries_v\` ADD \`version_generate_slug\` integer DEFAULT true;`);
  await db.run(sql`ALTER TABLE \`parks\` ADD \`generate_slug\` integer DEFAULT true;`);
  await db.run(sql`ALTER TABLE \`_parks_v\` ADD \`version_generate_slug\` integer DEFAULT true;`);
  await db.run(sql`ALTER TABLE \`projects\` ADD \`generate_slug\` integer DEFAULT true;`);
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_generate_slug\` integer DEFAULT true;`);
  await db.run(sql`ALTER TABLE \`policies\` ADD \`generate_slug\` integer DEFAULT true;`);
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_generate_slug\` integer DEFAULT true;`);
  await db.run(sql`ALTER TABLE \`news\` ADD \`generate_slug\` integer DEFAULT true;`);
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_generate_slug\` integer DEFAULT true;`);
  await db.run(sql`ALTER TABLE \`news_categories\` ADD \`generate_slug\` integer DEFAULT true;`);
  await db.run(sql`ALTER TABLE \`stories\` ADD \`generate_slug\` integer DEFAULT true;`);
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_generate_slug\` integer DEFAULT true;`);
  await db.run(sql`ALTER TABLE \`offices\` ADD \`generate_slug\` integer DEFAULT true;`);
  await db.run(sql`ALTER TABLE \`_offices_v\` ADD \`version_generate_slug\` integer DEFAULT true;`);
  await db.run(sql`ALTER TABLE \`pages\` ADD \`generate_slug\` integer DEFAULT true;`);
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_generate_slug\` integer DEFAULT true;`);
  await db.run(sql`UPDATE \`industries\` SET \`generate_slug\` = false;`);
  await db.run(sql`UPDATE \`_industries_v\` SET \`version_generate_slug\` = false;`);
  await db.run(sql`UPDATE \`parks\` SET \`generate_slug\` = false;`);
  await db.run(sql`UPDATE \`_parks_v\` SET \`version_generate_slug\` = false;`);
  await db.run(sql`UPDATE \`projects\` SET \`generate_slug\` = false;`);
  await db.run(sql`UPDATE \`_projects_v\` SET \`version_generate_slug\` = false;`);
  await db.run(sql`UPDATE \`policies\` SET \`generate_slug\` = false;`);
  await db.run(sql`UPDATE \`_policies_v\` SET \`version_generate_slug\` = false;`);
  await db.run(sql`UPDATE \`news\` SET \`generate_slug\` = false;`);
  await db.run(sql`UPDATE \`_news_v\` SET \`version_generate_slug\` = false;`);
  await db.run(sql`UPDATE \`news_categories\` SET \`generate_slug\` = false;`);
  await db.run(sql`UPDATE \`stories\` SET \`generate_slug\` = false;`);
  await db.run(sql`UPDATE \`_stories_v\` SET \`version_generate_slug\` = false;`);
  await db.run(sql`UPDATE \`offices\` SET \`generate_slug\` = false;`);
  await db.run(sql`UPDATE \`_offices_v\` SET \`version_generate_slug\` = false;`);
  await db.run(sql`UPDATE \`pages\` SET \`generate_slug\` = false;`);
  await db.run(sql`UPDATE \`_pages_v\` SET \`version_generate_slug\` = false;`);
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`industries\` DROP COLUMN \`generate_slug\`;`);
  await db.run(sql`ALTER TABLE \`_industries_v\` DROP COLUMN \`version_generate_slug\`;`);
  await db.run(sql`ALTER TABLE \`parks\` DROP COLUMN \`generate_slug\`;`);
  await db.run(sql`ALTER TABLE \`_parks_v\` DROP COLUMN \`version_generate_slug\`;`);
  await db.run(sql`ALTER TABLE \`projects\` DROP COLUMN \`generate_slug\`;`);
  await db.run(sql`ALTER TABLE \`_projects_v\` DROP COLUMN \`version_generate_slug\`;`);
  await db.run(sql`ALTER TABLE \`policies\` DROP COLUMN \`generate_slug\`;`);
  await db.run(sql`ALTER TABLE \`_policies_v\` DROP COLUMN \`version_generate_slug\`;`);
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`generate_slug\`;`);
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_generate_slug\`;`);
  await db.run(sql`ALTER TABLE \`news_categories\` DROP COLUMN \`generate_slug\`;`);
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`generate_slug\`;`);
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_generate_slug\`;`);
  await db.run(sql`ALTER TABLE \`offices\` DROP COLUMN \`generate_slug\`;`);
  await db.run(sql`ALTER TABLE \`_offices_v\` DROP COLUMN \`version_generate_slug\`;`);
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`generate_slug\`;`);
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_generate_slug\`;`);
}
