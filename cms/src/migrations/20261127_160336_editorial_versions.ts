import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite';

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`_industries_v\` ADD \`autosave\` integer;`);
  await db.run(sql`CREATE INDEX \`_industries_v_autosave_idx\` ON \`_industries_v\` (\`autosave\`);`);
  await db.run(sql`ALTER TABLE \`_parks_v\` ADD \`autosave\` integer;`);
  await db.run(sql`CREATE INDEX \`_parks_v_autosave_idx\` ON \`_parks_v\` (\`autosave\`);`);
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`autosave\` integer;`);
  await db.run(sql`CREATE INDEX \`_projects_v_autosave_idx\` ON \`_projects_v\` (\`autosave\`);`);
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`autosave\` integer;`);
  await db.run(sql`CREATE INDEX \`_policies_v_autosave_idx\` ON \`_policies_v\` (\`autosave\`);`);
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`autosave\` integer;`);
  await db.run(sql`CREATE INDEX \`_news_v_autosave_idx\` ON \`_news_v\` (\`autosave\`);`);
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`autosave\` integer;`);
  await db.run(sql`CREATE INDEX \`_stories_v_autosave_idx\` ON \`_stories_v\` (\`autosave\`);`);
  await db.run(sql`ALTER TABLE \`_offices_v\` ADD \`autosave\` integer;`);
  await db.run(sql`CREATE INDEX \`_offices_v_autosave_idx\` ON \`_offices_v\` (\`autosave\`);`);
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`autosave\` integer;`);
  await db.run(sql`CREATE INDEX \`_pages_v_autosave_idx\` ON \`_pages_v\` (\`autosave\`);`);
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_industries_v_autosave_idx\`;`);
  await db.run(sql`ALTER TABLE \`_industries_v\` DROP COLUMN \`autosave\`;`);
  await db.run(sql`DROP INDEX \`_parks_v_autosave_idx\`;`);
  await db.run(sql`ALTER TABLE \`_parks_v\` DROP COLUMN \`autosave\`;`);
  await db.run(sql`DROP INDEX \`_projects_v_autosave_idx\`;`);
  await db.run(sql`ALTER TABLE \`_projects_v\` DROP COLUMN \`autosave\`;`);
  await db.run(sql`DROP INDEX \`_policies_v_autosave_idx\`;`);
  await db.run(sql`ALTER TABLE \`_policies_v\` DROP COLUMN \`autosave\`;`);
  await db.run(sql`DROP INDEX \`_news_v_autosave_idx\`;`);
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`autosave\`;`);
  await db.run(sql`DROP INDEX \`_stories_v_autosave_idx\`;`);
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`autosave\`;`);
  await db.run(sql`DROP INDEX \`_offices_v_autosave_idx\`;`);
  await db.run(sql`ALTER TABLE \`_offices_v\` DROP COLUMN \`autosave\`;`);
  await db.run(sql`DROP INDEX \`_pages_v_autosave_idx\`;`);
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`autosave\`;`);
}
