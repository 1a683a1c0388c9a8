import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite';

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `);
  // Alt text moves from one localized column to one column per language, keeping what editors wrote.
  await db.run(sql`ALTER TABLE \`media\` ADD \`alt_zh\` text NOT NULL DEFAULT '';`);
  await db.run(sql`ALTER TABLE \`media\` ADD \`alt_en\` text NOT NULL DEFAULT '';`);
  await db.run(
    sql`UPDATE \`media\` SET \`alt_zh\` = COALESCE((SELECT \`alt\` FROM \`media_locales\` WHERE \`_parent_id\` = \`media\`.\`id\` AND \`_locale\` = 'zh'), '');`,
  );
  await db.run(
    sql`UPDATE \`media\` SET \`alt_en\` = COALESCE((SELECT \`alt\` FROM \`media_locales\` WHERE \`_parent_id\` = \`media\`.\`id\` AND \`_locale\` = 'en'), '');`,
  );
  await db.run(sql`DROP TABLE \`media_locales\`;`);
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`concurrency_key\` text;`);
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`);
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`);
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `);
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`);
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`);
  await db.run(sql`DROP INDEX \`payload_jobs_concurrency_key_idx\`;`);
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`concurrency_key\`;`);
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`);
  await db.run(
    sql`INSERT INTO \`media_locales\` (\`alt\`, \`_locale\`, \`_parent_id\`) SELECT \`alt_zh\`, 'zh', \`id\` FROM \`media\` WHERE \`alt_zh\` != '';`,
  );
  await db.run(
    sql`INSERT INTO \`media_locales\` (\`alt\`, \`_locale\`, \`_parent_id\`) SELECT \`alt_en\`, 'en', \`id\` FROM \`media\` WHERE \`alt_en\` != '';`,
  );
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`alt_zh\`;`);
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`alt_en\`;`);
}
