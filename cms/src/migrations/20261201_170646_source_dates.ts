import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite';

// The date of an event and the date of its source become two fields (issue 18): news gain
// event_date and source_date, projects (whose stage is shown "as reported on" it) and figures gain
// source_date. All are optional; existing rows get them from the seed's corrections
// (content/corrections/), which fill only what is still empty.

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`projects\` ADD \`source_date\` text;`);
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_source_date\` text;`);
  await db.run(sql`ALTER TABLE \`figures\` ADD \`source_date\` text;`);
  await db.run(sql`ALTER TABLE \`news\` ADD \`event_date\` text;`);
  await db.run(sql`ALTER TABLE \`news\` ADD \`source_date\` text;`);
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_event_date\` text;`);
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_source_date\` text;`);
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`projects\` DROP COLUMN \`source_date\`;`);
  await db.run(sql`ALTER TABLE \`_projects_v\` DROP COLUMN \`version_source_date\`;`);
  await db.run(sql`ALTER TABLE \`figures\` DROP COLUMN \`source_date\`;`);
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`event_date\`;`);
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`source_date\`;`);
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_event_date\`;`);
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_source_date\`;`);
}
