import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite';

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`industries\` ADD \`translation_status\` text;`);
  await db.run(sql`ALTER TABLE \`industries\` ADD \`updated_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`ALTER TABLE \`industries\` ADD \`published_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`CREATE INDEX \`industries_translation_status_idx\` ON \`industries\` (\`translation_status\`);`);
  await db.run(sql`CREATE INDEX \`industries_updated_by_idx\` ON \`industries\` (\`updated_by_id\`);`);
  await db.run(sql`CREATE INDEX \`industries_published_by_idx\` ON \`industries\` (\`published_by_id\`);`);
  await db.run(sql`ALTER TABLE \`_industries_v\` ADD \`version_translation_status\` text;`);
  await db.run(sql`ALTER TABLE \`_industries_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`ALTER TABLE \`_industries_v\` ADD \`version_published_by_id\` integer REFERENCES users(id);`);
  await db.run(
    sql`CREATE INDEX \`_industries_v_version_version_translation_status_idx\` ON \`_industries_v\` (\`version_translation_status\`);`,
  );
  await db.run(sql`CREATE INDEX \`_industries_v_version_version_updated_by_idx\` ON \`_industries_v\` (\`version_updated_by_id\`);`);
  await db.run(sql`CREATE INDEX \`_industries_v_version_version_published_by_idx\` ON \`_industries_v\` (\`version_published_by_id\`);`);
  await db.run(sql`ALTER TABLE \`parks\` ADD \`translation_status\` text;`);
  await db.run(sql`ALTER TABLE \`parks\` ADD \`updated_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`ALTER TABLE \`parks\` ADD \`published_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`CREATE INDEX \`parks_translation_status_idx\` ON \`parks\` (\`translation_status\`);`);
  await db.run(sql`CREATE INDEX \`parks_updated_by_idx\` ON \`parks\` (\`updated_by_id\`);`);
  await db.run(sql`CREATE INDEX \`parks_published_by_idx\` ON \`parks\` (\`published_by_id\`);`);
  await db.run(sql`ALTER TABLE \`_parks_v\` ADD \`version_translation_status\` text;`);
  await db.run(sql`ALTER TABLE \`_parks_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`ALTER TABLE \`_parks_v\` ADD \`version_published_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`CREATE INDEX \`_parks_v_version_version_translation_status_idx\` ON \`_parks_v\` (\`version_translation_status\`);`);
  await db.run(sql`CREATE INDEX \`_parks_v_version_version_updated_by_idx\` ON \`_parks_v\` (\`version_updated_by_id\`);`);
  await db.run(sql`CREATE INDEX \`_parks_v_version_version_published_by_idx\` ON \`_parks_v\` (\`version_published_by_id\`);`);
  await db.run(sql`ALTER TABLE \`projects\` ADD \`translation_status\` text;`);
  await db.run(sql`ALTER TABLE \`projects\` ADD \`updated_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`ALTER TABLE \`projects\` ADD \`published_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`CREATE INDEX \`projects_translation_status_idx\` ON \`projects\` (\`translation_status\`);`);
  await db.run(sql`CREATE INDEX \`projects_updated_by_idx\` ON \`projects\` (\`updated_by_id\`);`);
  await db.run(sql`CREATE INDEX \`projects_published_by_idx\` ON \`projects\` (\`published_by_id\`);`);
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_translation_status\` text;`);
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_published_by_id\` integer REFERENCES users(id);`);
  await db.run(
    sql`CREATE INDEX \`_projects_v_version_version_translation_status_idx\` ON \`_projects_v\` (\`version_translation_status\`);`,
  );
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_updated_by_idx\` ON \`_projects_v\` (\`version_updated_by_id\`);`);
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_published_by_idx\` ON \`_projects_v\` (\`version_published_by_id\`);`);
  await db.run(sql`ALTER TABLE \`policies\` ADD \`translation_status\` text;`);
  await db.run(sql`ALTER TABLE \`policies\` ADD \`updated_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`ALTER TABLE \`policies\` ADD \`published_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`CREATE INDEX \`policies_translation_status_idx\` ON \`policies\` (\`translation_status\`);`);
  await db.run(sql`CREATE INDEX \`policies_updated_by_idx\` ON \`policies\` (\`updated_by_id\`);`);
  await db.run(sql`CREATE INDEX \`policies_published_by_idx\` ON \`policies\` (\`published_by_id\`);`);
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_translation_status\` text;`);
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_published_by_id\` integer REFERENCES users(id);`);
  await db.run(
    sql`CREATE INDEX \`_policies_v_version_version_translation_status_idx\` ON \`_policies_v\` (\`version_translation_status\`);`,
  );
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_updated_by_idx\` ON \`_policies_v\` (\`version_updated_by_id\`);`);
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_published_by_idx\` ON \`_policies_v\` (\`version_published_by_id\`);`);
  await db.run(sql`ALTER TABLE \`news\` ADD \`translation_status\` text;`);
  await db.run(sql`ALTER TABLE \`news\` ADD \`updated_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`ALTER TABLE \`news\` ADD \`published_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`CREATE INDEX \`news_translation_status_idx\` ON \`news\` (\`translation_status\`);`);
  await db.run(sql`CREATE INDEX \`news_updated_by_idx\` ON \`news\` (\`updated_by_id\`);`);
  await db.run(sql`CREATE INDEX \`news_published_by_idx\` ON \`news\` (\`published_by_id\`);`);
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_translation_status\` text;`);
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_published_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`CREATE INDEX \`_news_v_version_version_translation_status_idx\` ON \`_news_v\` (\`version_translation_status\`);`);
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_by_idx\` ON \`_news_v\` (\`version_updated_by_id\`);`);
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_by_idx\` ON \`_news_v\` (\`version_published_by_id\`);`);
  await db.run(sql`ALTER TABLE \`stories\` ADD \`translation_status\` text;`);
  await db.run(sql`ALTER TABLE \`stories\` ADD \`updated_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`ALTER TABLE \`stories\` ADD \`published_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`CREATE INDEX \`stories_translation_status_idx\` ON \`stories\` (\`translation_status\`);`);
  await db.run(sql`CREATE INDEX \`stories_updated_by_idx\` ON \`stories\` (\`updated_by_id\`);`);
  await db.run(sql`CREATE INDEX \`stories_published_by_idx\` ON \`stories\` (\`published_by_id\`);`);
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_translation_status\` text;`);
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_published_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_translation_status_idx\` ON \`_stories_v\` (\`version_translation_status\`);`);
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_updated_by_idx\` ON \`_stories_v\` (\`version_updated_by_id\`);`);
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_published_by_idx\` ON \`_stories_v\` (\`version_published_by_id\`);`);
  await db.run(sql`ALTER TABLE \`offices\` ADD \`translation_status\` text;`);
  await db.run(sql`ALTER TABLE \`offices\` ADD \`updated_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`ALTER TABLE \`offices\` ADD \`published_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`CREATE INDEX \`offices_translation_status_idx\` ON \`offices\` (\`translation_status\`);`);
  await db.run(sql`CREATE INDEX \`offices_updated_by_idx\` ON \`offices\` (\`updated_by_id\`);`);
  await db.run(sql`CREATE INDEX \`offices_published_by_idx\` ON \`offices\` (\`published_by_id\`);`);
  await db.run(sql`ALTER TABLE \`_offices_v\` ADD \`version_translation_status\` text;`);
  await db.run(sql`ALTER TABLE \`_offices_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`ALTER TABLE \`_offices_v\` ADD \`version_published_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_translation_status_idx\` ON \`_offices_v\` (\`version_translation_status\`);`);
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_updated_by_idx\` ON \`_offices_v\` (\`version_updated_by_id\`);`);
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_published_by_idx\` ON \`_offices_v\` (\`version_published_by_id\`);`);
  await db.run(sql`ALTER TABLE \`pages\` ADD \`translation_status\` text;`);
  await db.run(sql`ALTER TABLE \`pages\` ADD \`updated_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`ALTER TABLE \`pages\` ADD \`published_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`CREATE INDEX \`pages_translation_status_idx\` ON \`pages\` (\`translation_status\`);`);
  await db.run(sql`CREATE INDEX \`pages_updated_by_idx\` ON \`pages\` (\`updated_by_id\`);`);
  await db.run(sql`CREATE INDEX \`pages_published_by_idx\` ON \`pages\` (\`published_by_id\`);`);
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_translation_status\` text;`);
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_published_by_id\` integer REFERENCES users(id);`);
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_translation_status_idx\` ON \`_pages_v\` (\`version_translation_status\`);`);
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_by_idx\` ON \`_pages_v\` (\`version_updated_by_id\`);`);
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_published_by_idx\` ON \`_pages_v\` (\`version_published_by_id\`);`);
  // Documents that exist already get their languages' status as the save hook would compute it:
  // a language is complete when its heading and summary are filled in.
  const headings: Record<string, string> = {
    industries: 'name',
    parks: 'name',
    projects: 'name',
    policies: 'title',
    news: 'title',
    stories: 'company',
    offices: 'name',
    pages: 'title',
  };
  for (const [table, heading] of Object.entries(headings)) {
    for (const [target, locales, column, prefix] of [
      [table, `${table}_locales`, 'translation_status', ''],
      [`_${table}_v`, `_${table}_v_locales`, 'version_translation_status', 'version_'],
    ] as const) {
      const complete = (locale: string) =>
        `EXISTS (SELECT 1 FROM "${locales}" l WHERE l._parent_id = "${target}".id AND l._locale = '${locale}' AND trim(coalesce(l."${prefix}${heading}", '')) <> '' AND trim(coalesce(l."${prefix}summary", '')) <> '')`;
      await db.run(
        sql.raw(
          `UPDATE "${target}" SET "${column}" = CASE WHEN ${complete('zh')} AND ${complete('en')} THEN 'complete' WHEN ${complete('zh')} THEN 'zh-only' WHEN ${complete('en')} THEN 'en-only' ELSE 'none' END;`,
        ),
      );
    }
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`);
  await db.run(sql`CREATE TABLE \`__new_industries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`order\` numeric DEFAULT 0,
  	\`cover_id\` integer,
  	\`body_html\` text,
  	\`editor_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `);
  await db.run(
    sql`INSERT INTO \`__new_industries\`("id", "slug", "order", "cover_id", "body_html", "editor_notes", "updated_at", "created_at", "_status") SELECT "id", "slug", "order", "cover_id", "body_html", "editor_notes", "updated_at", "created_at", "_status" FROM \`industries\`;`,
  );
  await db.run(sql`DROP TABLE \`industries\`;`);
  await db.run(sql`ALTER TABLE \`__new_industries\` RENAME TO \`industries\`;`);
  await db.run(sql`PRAGMA foreign_keys=ON;`);
  await db.run(sql`CREATE UNIQUE INDEX \`industries_slug_idx\` ON \`industries\` (\`slug\`);`);
  await db.run(sql`CREATE INDEX \`industries_cover_idx\` ON \`industries\` (\`cover_id\`);`);
  await db.run(sql`CREATE INDEX \`industries_updated_at_idx\` ON \`industries\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`industries_created_at_idx\` ON \`industries\` (\`created_at\`);`);
  await db.run(sql`CREATE INDEX \`industries__status_idx\` ON \`industries\` (\`_status\`);`);
  await db.run(sql`CREATE TABLE \`__new__industries_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_cover_id\` integer,
  	\`version_body_html\` text,
  	\`version_editor_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `);
  await db.run(
    sql`INSERT INTO \`__new__industries_v\`("id", "parent_id", "version_slug", "version_order", "version_cover_id", "version_body_html", "version_editor_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_order", "version_cover_id", "version_body_html", "version_editor_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_industries_v\`;`,
  );
  await db.run(sql`DROP TABLE \`_industries_v\`;`);
  await db.run(sql`ALTER TABLE \`__new__industries_v\` RENAME TO \`_industries_v\`;`);
  await db.run(sql`CREATE INDEX \`_industries_v_parent_idx\` ON \`_industries_v\` (\`parent_id\`);`);
  await db.run(sql`CREATE INDEX \`_industries_v_version_version_slug_idx\` ON \`_industries_v\` (\`version_slug\`);`);
  await db.run(sql`CREATE INDEX \`_industries_v_version_version_cover_idx\` ON \`_industries_v\` (\`version_cover_id\`);`);
  await db.run(sql`CREATE INDEX \`_industries_v_version_version_updated_at_idx\` ON \`_industries_v\` (\`version_updated_at\`);`);
  await db.run(sql`CREATE INDEX \`_industries_v_version_version_created_at_idx\` ON \`_industries_v\` (\`version_created_at\`);`);
  await db.run(sql`CREATE INDEX \`_industries_v_version_version__status_idx\` ON \`_industries_v\` (\`version__status\`);`);
  await db.run(sql`CREATE INDEX \`_industries_v_created_at_idx\` ON \`_industries_v\` (\`created_at\`);`);
  await db.run(sql`CREATE INDEX \`_industries_v_updated_at_idx\` ON \`_industries_v\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`_industries_v_snapshot_idx\` ON \`_industries_v\` (\`snapshot\`);`);
  await db.run(sql`CREATE INDEX \`_industries_v_published_locale_idx\` ON \`_industries_v\` (\`published_locale\`);`);
  await db.run(sql`CREATE INDEX \`_industries_v_latest_idx\` ON \`_industries_v\` (\`latest\`);`);
  await db.run(sql`CREATE INDEX \`_industries_v_autosave_idx\` ON \`_industries_v\` (\`autosave\`);`);
  await db.run(sql`CREATE TABLE \`__new_parks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`order\` numeric DEFAULT 0,
  	\`cover_id\` integer,
  	\`body_html\` text,
  	\`location_latitude\` numeric,
  	\`location_longitude\` numeric,
  	\`contact_officer_phone\` text,
  	\`contact_officer_email\` text,
  	\`editor_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `);
  await db.run(
    sql`INSERT INTO \`__new_parks\`("id", "slug", "order", "cover_id", "body_html", "location_latitude", "location_longitude", "contact_officer_phone", "contact_officer_email", "editor_notes", "updated_at", "created_at", "_status") SELECT "id", "slug", "order", "cover_id", "body_html", "location_latitude", "location_longitude", "contact_officer_phone", "contact_officer_email", "editor_notes", "updated_at", "created_at", "_status" FROM \`parks\`;`,
  );
  await db.run(sql`DROP TABLE \`parks\`;`);
  await db.run(sql`ALTER TABLE \`__new_parks\` RENAME TO \`parks\`;`);
  await db.run(sql`CREATE UNIQUE INDEX \`parks_slug_idx\` ON \`parks\` (\`slug\`);`);
  await db.run(sql`CREATE INDEX \`parks_cover_idx\` ON \`parks\` (\`cover_id\`);`);
  await db.run(sql`CREATE INDEX \`parks_updated_at_idx\` ON \`parks\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`parks_created_at_idx\` ON \`parks\` (\`created_at\`);`);
  await db.run(sql`CREATE INDEX \`parks__status_idx\` ON \`parks\` (\`_status\`);`);
  await db.run(sql`CREATE TABLE \`__new__parks_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_cover_id\` integer,
  	\`version_body_html\` text,
  	\`version_location_latitude\` numeric,
  	\`version_location_longitude\` numeric,
  	\`version_contact_officer_phone\` text,
  	\`version_contact_officer_email\` text,
  	\`version_editor_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `);
  await db.run(
    sql`INSERT INTO \`__new__parks_v\`("id", "parent_id", "version_slug", "version_order", "version_cover_id", "version_body_html", "version_location_latitude", "version_location_longitude", "version_contact_officer_phone", "version_contact_officer_email", "version_editor_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_order", "version_cover_id", "version_body_html", "version_location_latitude", "version_location_longitude", "version_contact_officer_phone", "version_contact_officer_email", "version_editor_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_parks_v\`;`,
  );
  await db.run(sql`DROP TABLE \`_parks_v\`;`);
  await db.run(sql`ALTER TABLE \`__new__parks_v\` RENAME TO \`_parks_v\`;`);
  await db.run(sql`CREATE INDEX \`_parks_v_parent_idx\` ON \`_parks_v\` (\`parent_id\`);`);
  await db.run(sql`CREATE INDEX \`_parks_v_version_version_slug_idx\` ON \`_parks_v\` (\`version_slug\`);`);
  await db.run(sql`CREATE INDEX \`_parks_v_version_version_cover_idx\` ON \`_parks_v\` (\`version_cover_id\`);`);
  await db.run(sql`CREATE INDEX \`_parks_v_version_version_updated_at_idx\` ON \`_parks_v\` (\`version_updated_at\`);`);
  await db.run(sql`CREATE INDEX \`_parks_v_version_version_created_at_idx\` ON \`_parks_v\` (\`version_created_at\`);`);
  await db.run(sql`CREATE INDEX \`_parks_v_version_version__status_idx\` ON \`_parks_v\` (\`version__status\`);`);
  await db.run(sql`CREATE INDEX \`_parks_v_created_at_idx\` ON \`_parks_v\` (\`created_at\`);`);
  await db.run(sql`CREATE INDEX \`_parks_v_updated_at_idx\` ON \`_parks_v\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`_parks_v_snapshot_idx\` ON \`_parks_v\` (\`snapshot\`);`);
  await db.run(sql`CREATE INDEX \`_parks_v_published_locale_idx\` ON \`_parks_v\` (\`published_locale\`);`);
  await db.run(sql`CREATE INDEX \`_parks_v_latest_idx\` ON \`_parks_v\` (\`latest\`);`);
  await db.run(sql`CREATE INDEX \`_parks_v_autosave_idx\` ON \`_parks_v\` (\`autosave\`);`);
  await db.run(sql`CREATE TABLE \`__new_projects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`order\` numeric DEFAULT 0,
  	\`name_status\` text DEFAULT 'established',
  	\`stage\` text,
  	\`industry_id\` integer,
  	\`park_id\` integer,
  	\`investment_cny\` numeric,
  	\`date\` text,
  	\`body_html\` text,
  	\`editor_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`industry_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`park_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `);
  await db.run(
    sql`INSERT INTO \`__new_projects\`("id", "slug", "order", "name_status", "stage", "industry_id", "park_id", "investment_cny", "date", "body_html", "editor_notes", "updated_at", "created_at", "_status") SELECT "id", "slug", "order", "name_status", "stage", "industry_id", "park_id", "investment_cny", "date", "body_html", "editor_notes", "updated_at", "created_at", "_status" FROM \`projects\`;`,
  );
  await db.run(sql`DROP TABLE \`projects\`;`);
  await db.run(sql`ALTER TABLE \`__new_projects\` RENAME TO \`projects\`;`);
  await db.run(sql`CREATE UNIQUE INDEX \`projects_slug_idx\` ON \`projects\` (\`slug\`);`);
  await db.run(sql`CREATE INDEX \`projects_stage_idx\` ON \`projects\` (\`stage\`);`);
  await db.run(sql`CREATE INDEX \`projects_industry_idx\` ON \`projects\` (\`industry_id\`);`);
  await db.run(sql`CREATE INDEX \`projects_park_idx\` ON \`projects\` (\`park_id\`);`);
  await db.run(sql`CREATE INDEX \`projects_updated_at_idx\` ON \`projects\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`projects_created_at_idx\` ON \`projects\` (\`created_at\`);`);
  await db.run(sql`CREATE INDEX \`projects__status_idx\` ON \`projects\` (\`_status\`);`);
  await db.run(sql`CREATE TABLE \`__new__projects_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_name_status\` text DEFAULT 'established',
  	\`version_stage\` text,
  	\`version_industry_id\` integer,
  	\`version_park_id\` integer,
  	\`version_investment_cny\` numeric,
  	\`version_date\` text,
  	\`version_body_html\` text,
  	\`version_editor_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_industry_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_park_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `);
  await db.run(
    sql`INSERT INTO \`__new__projects_v\`("id", "parent_id", "version_slug", "version_order", "version_name_status", "version_stage", "version_industry_id", "version_park_id", "version_investment_cny", "version_date", "version_body_html", "version_editor_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_order", "version_name_status", "version_stage", "version_industry_id", "version_park_id", "version_investment_cny", "version_date", "version_body_html", "version_editor_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_projects_v\`;`,
  );
  await db.run(sql`DROP TABLE \`_projects_v\`;`);
  await db.run(sql`ALTER TABLE \`__new__projects_v\` RENAME TO \`_projects_v\`;`);
  await db.run(sql`CREATE INDEX \`_projects_v_parent_idx\` ON \`_projects_v\` (\`parent_id\`);`);
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_slug_idx\` ON \`_projects_v\` (\`version_slug\`);`);
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_stage_idx\` ON \`_projects_v\` (\`version_stage\`);`);
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_industry_idx\` ON \`_projects_v\` (\`version_industry_id\`);`);
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_park_idx\` ON \`_projects_v\` (\`version_park_id\`);`);
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_updated_at_idx\` ON \`_projects_v\` (\`version_updated_at\`);`);
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_created_at_idx\` ON \`_projects_v\` (\`version_created_at\`);`);
  await db.run(sql`CREATE INDEX \`_projects_v_version_version__status_idx\` ON \`_projects_v\` (\`version__status\`);`);
  await db.run(sql`CREATE INDEX \`_projects_v_created_at_idx\` ON \`_projects_v\` (\`created_at\`);`);
  await db.run(sql`CREATE INDEX \`_projects_v_updated_at_idx\` ON \`_projects_v\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`_projects_v_snapshot_idx\` ON \`_projects_v\` (\`snapshot\`);`);
  await db.run(sql`CREATE INDEX \`_projects_v_published_locale_idx\` ON \`_projects_v\` (\`published_locale\`);`);
  await db.run(sql`CREATE INDEX \`_projects_v_latest_idx\` ON \`_projects_v\` (\`latest\`);`);
  await db.run(sql`CREATE INDEX \`_projects_v_autosave_idx\` ON \`_projects_v\` (\`autosave\`);`);
  await db.run(sql`CREATE TABLE \`__new_policies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`type\` text,
  	\`effective_from\` text,
  	\`expires_on\` text,
  	\`body_html\` text,
  	\`editor_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `);
  await db.run(
    sql`INSERT INTO \`__new_policies\`("id", "slug", "type", "effective_from", "expires_on", "body_html", "editor_notes", "updated_at", "created_at", "_status") SELECT "id", "slug", "type", "effective_from", "expires_on", "body_html", "editor_notes", "updated_at", "created_at", "_status" FROM \`policies\`;`,
  );
  await db.run(sql`DROP TABLE \`policies\`;`);
  await db.run(sql`ALTER TABLE \`__new_policies\` RENAME TO \`policies\`;`);
  await db.run(sql`CREATE UNIQUE INDEX \`policies_slug_idx\` ON \`policies\` (\`slug\`);`);
  await db.run(sql`CREATE INDEX \`policies_type_idx\` ON \`policies\` (\`type\`);`);
  await db.run(sql`CREATE INDEX \`policies_effective_from_idx\` ON \`policies\` (\`effective_from\`);`);
  await db.run(sql`CREATE INDEX \`policies_expires_on_idx\` ON \`policies\` (\`expires_on\`);`);
  await db.run(sql`CREATE INDEX \`policies_updated_at_idx\` ON \`policies\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`policies_created_at_idx\` ON \`policies\` (\`created_at\`);`);
  await db.run(sql`CREATE INDEX \`policies__status_idx\` ON \`policies\` (\`_status\`);`);
  await db.run(sql`CREATE TABLE \`__new__policies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_type\` text,
  	\`version_effective_from\` text,
  	\`version_expires_on\` text,
  	\`version_body_html\` text,
  	\`version_editor_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `);
  await db.run(
    sql`INSERT INTO \`__new__policies_v\`("id", "parent_id", "version_slug", "version_type", "version_effective_from", "version_expires_on", "version_body_html", "version_editor_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_type", "version_effective_from", "version_expires_on", "version_body_html", "version_editor_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_policies_v\`;`,
  );
  await db.run(sql`DROP TABLE \`_policies_v\`;`);
  await db.run(sql`ALTER TABLE \`__new__policies_v\` RENAME TO \`_policies_v\`;`);
  await db.run(sql`CREATE INDEX \`_policies_v_parent_idx\` ON \`_policies_v\` (\`parent_id\`);`);
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_slug_idx\` ON \`_policies_v\` (\`version_slug\`);`);
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_type_idx\` ON \`_policies_v\` (\`version_type\`);`);
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_effective_from_idx\` ON \`_policies_v\` (\`version_effective_from\`);`);
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_expires_on_idx\` ON \`_policies_v\` (\`version_expires_on\`);`);
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_updated_at_idx\` ON \`_policies_v\` (\`version_updated_at\`);`);
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_created_at_idx\` ON \`_policies_v\` (\`version_created_at\`);`);
  await db.run(sql`CREATE INDEX \`_policies_v_version_version__status_idx\` ON \`_policies_v\` (\`version__status\`);`);
  await db.run(sql`CREATE INDEX \`_policies_v_created_at_idx\` ON \`_policies_v\` (\`created_at\`);`);
  await db.run(sql`CREATE INDEX \`_policies_v_updated_at_idx\` ON \`_policies_v\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`_policies_v_snapshot_idx\` ON \`_policies_v\` (\`snapshot\`);`);
  await db.run(sql`CREATE INDEX \`_policies_v_published_locale_idx\` ON \`_policies_v\` (\`published_locale\`);`);
  await db.run(sql`CREATE INDEX \`_policies_v_latest_idx\` ON \`_policies_v\` (\`latest\`);`);
  await db.run(sql`CREATE INDEX \`_policies_v_autosave_idx\` ON \`_policies_v\` (\`autosave\`);`);
  await db.run(sql`CREATE TABLE \`__new_news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`published_at\` text,
  	\`cover_id\` integer,
  	\`body_html\` text,
  	\`category_id\` integer,
  	\`editor_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`category_id\`) REFERENCES \`news_categories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `);
  await db.run(
    sql`INSERT INTO \`__new_news\`("id", "slug", "published_at", "cover_id", "body_html", "category_id", "editor_notes", "updated_at", "created_at", "_status") SELECT "id", "slug", "published_at", "cover_id", "body_html", "category_id", "editor_notes", "updated_at", "created_at", "_status" FROM \`news\`;`,
  );
  await db.run(sql`DROP TABLE \`news\`;`);
  await db.run(sql`ALTER TABLE \`__new_news\` RENAME TO \`news\`;`);
  await db.run(sql`CREATE UNIQUE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`);
  await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`);
  await db.run(sql`CREATE INDEX \`news_cover_idx\` ON \`news\` (\`cover_id\`);`);
  await db.run(sql`CREATE INDEX \`news_category_idx\` ON \`news\` (\`category_id\`);`);
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`);
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`);
  await db.run(sql`CREATE TABLE \`__new__news_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_cover_id\` integer,
  	\`version_body_html\` text,
  	\`version_category_id\` integer,
  	\`version_editor_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_category_id\`) REFERENCES \`news_categories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `);
  await db.run(
    sql`INSERT INTO \`__new__news_v\`("id", "parent_id", "version_slug", "version_published_at", "version_cover_id", "version_body_html", "version_category_id", "version_editor_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_published_at", "version_cover_id", "version_body_html", "version_category_id", "version_editor_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_news_v\`;`,
  );
  await db.run(sql`DROP TABLE \`_news_v\`;`);
  await db.run(sql`ALTER TABLE \`__new__news_v\` RENAME TO \`_news_v\`;`);
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`);
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`);
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_at_idx\` ON \`_news_v\` (\`version_published_at\`);`);
  await db.run(sql`CREATE INDEX \`_news_v_version_version_cover_idx\` ON \`_news_v\` (\`version_cover_id\`);`);
  await db.run(sql`CREATE INDEX \`_news_v_version_version_category_idx\` ON \`_news_v\` (\`version_category_id\`);`);
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`);
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`);
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`);
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`);
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`_news_v_snapshot_idx\` ON \`_news_v\` (\`snapshot\`);`);
  await db.run(sql`CREATE INDEX \`_news_v_published_locale_idx\` ON \`_news_v\` (\`published_locale\`);`);
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`);
  await db.run(sql`CREATE INDEX \`_news_v_autosave_idx\` ON \`_news_v\` (\`autosave\`);`);
  await db.run(sql`CREATE TABLE \`__new_stories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`order\` numeric DEFAULT 0,
  	\`industry_id\` integer,
  	\`park_id\` integer,
  	\`cover_id\` integer,
  	\`body_html\` text,
  	\`editor_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`industry_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`park_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `);
  await db.run(
    sql`INSERT INTO \`__new_stories\`("id", "slug", "order", "industry_id", "park_id", "cover_id", "body_html", "editor_notes", "updated_at", "created_at", "_status") SELECT "id", "slug", "order", "industry_id", "park_id", "cover_id", "body_html", "editor_notes", "updated_at", "created_at", "_status" FROM \`stories\`;`,
  );
  await db.run(sql`DROP TABLE \`stories\`;`);
  await db.run(sql`ALTER TABLE \`__new_stories\` RENAME TO \`stories\`;`);
  await db.run(sql`CREATE UNIQUE INDEX \`stories_slug_idx\` ON \`stories\` (\`slug\`);`);
  await db.run(sql`CREATE INDEX \`stories_industry_idx\` ON \`stories\` (\`industry_id\`);`);
  await db.run(sql`CREATE INDEX \`stories_park_idx\` ON \`stories\` (\`park_id\`);`);
  await db.run(sql`CREATE INDEX \`stories_cover_idx\` ON \`stories\` (\`cover_id\`);`);
  await db.run(sql`CREATE INDEX \`stories_updated_at_idx\` ON \`stories\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`stories_created_at_idx\` ON \`stories\` (\`created_at\`);`);
  await db.run(sql`CREATE INDEX \`stories__status_idx\` ON \`stories\` (\`_status\`);`);
  await db.run(sql`CREATE TABLE \`__new__stories_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_industry_id\` integer,
  	\`version_park_id\` integer,
  	\`version_cover_id\` integer,
  	\`version_body_html\` text,
  	\`version_editor_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_industry_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_park_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `);
  await db.run(
    sql`INSERT INTO \`__new__stories_v\`("id", "parent_id", "version_slug", "version_order", "version_industry_id", "version_park_id", "version_cover_id", "version_body_html", "version_editor_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_order", "version_industry_id", "version_park_id", "version_cover_id", "version_body_html", "version_editor_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_stories_v\`;`,
  );
  await db.run(sql`DROP TABLE \`_stories_v\`;`);
  await db.run(sql`ALTER TABLE \`__new__stories_v\` RENAME TO \`_stories_v\`;`);
  await db.run(sql`CREATE INDEX \`_stories_v_parent_idx\` ON \`_stories_v\` (\`parent_id\`);`);
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_slug_idx\` ON \`_stories_v\` (\`version_slug\`);`);
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_industry_idx\` ON \`_stories_v\` (\`version_industry_id\`);`);
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_park_idx\` ON \`_stories_v\` (\`version_park_id\`);`);
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_cover_idx\` ON \`_stories_v\` (\`version_cover_id\`);`);
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_updated_at_idx\` ON \`_stories_v\` (\`version_updated_at\`);`);
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_created_at_idx\` ON \`_stories_v\` (\`version_created_at\`);`);
  await db.run(sql`CREATE INDEX \`_stories_v_version_version__status_idx\` ON \`_stories_v\` (\`version__status\`);`);
  await db.run(sql`CREATE INDEX \`_stories_v_created_at_idx\` ON \`_stories_v\` (\`created_at\`);`);
  await db.run(sql`CREATE INDEX \`_stories_v_updated_at_idx\` ON \`_stories_v\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`_stories_v_snapshot_idx\` ON \`_stories_v\` (\`snapshot\`);`);
  await db.run(sql`CREATE INDEX \`_stories_v_published_locale_idx\` ON \`_stories_v\` (\`published_locale\`);`);
  await db.run(sql`CREATE INDEX \`_stories_v_latest_idx\` ON \`_stories_v\` (\`latest\`);`);
  await db.run(sql`CREATE INDEX \`_stories_v_autosave_idx\` ON \`_stories_v\` (\`autosave\`);`);
  await db.run(sql`CREATE TABLE \`__new_offices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`order\` numeric DEFAULT 0,
  	\`agreement_date\` text,
  	\`partner_name\` text,
  	\`partner_founded_year\` numeric,
  	\`partner_listed_year\` numeric,
  	\`partner_countries\` text,
  	\`partner_centres\` text,
  	\`cover_id\` integer,
  	\`body_html\` text,
  	\`editor_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `);
  await db.run(
    sql`INSERT INTO \`__new_offices\`("id", "slug", "order", "agreement_date", "partner_name", "partner_founded_year", "partner_listed_year", "partner_countries", "partner_centres", "cover_id", "body_html", "editor_notes", "updated_at", "created_at", "_status") SELECT "id", "slug", "order", "agreement_date", "partner_name", "partner_founded_year", "partner_listed_year", "partner_countries", "partner_centres", "cover_id", "body_html", "editor_notes", "updated_at", "created_at", "_status" FROM \`offices\`;`,
  );
  await db.run(sql`DROP TABLE \`offices\`;`);
  await db.run(sql`ALTER TABLE \`__new_offices\` RENAME TO \`offices\`;`);
  await db.run(sql`CREATE UNIQUE INDEX \`offices_slug_idx\` ON \`offices\` (\`slug\`);`);
  await db.run(sql`CREATE INDEX \`offices_cover_idx\` ON \`offices\` (\`cover_id\`);`);
  await db.run(sql`CREATE INDEX \`offices_updated_at_idx\` ON \`offices\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`offices_created_at_idx\` ON \`offices\` (\`created_at\`);`);
  await db.run(sql`CREATE INDEX \`offices__status_idx\` ON \`offices\` (\`_status\`);`);
  await db.run(sql`CREATE TABLE \`__new__offices_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_agreement_date\` text,
  	\`version_partner_name\` text,
  	\`version_partner_founded_year\` numeric,
  	\`version_partner_listed_year\` numeric,
  	\`version_partner_countries\` text,
  	\`version_partner_centres\` text,
  	\`version_cover_id\` integer,
  	\`version_body_html\` text,
  	\`version_editor_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `);
  await db.run(
    sql`INSERT INTO \`__new__offices_v\`("id", "parent_id", "version_slug", "version_order", "version_agreement_date", "version_partner_name", "version_partner_founded_year", "version_partner_listed_year", "version_partner_countries", "version_partner_centres", "version_cover_id", "version_body_html", "version_editor_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_order", "version_agreement_date", "version_partner_name", "version_partner_founded_year", "version_partner_listed_year", "version_partner_countries", "version_partner_centres", "version_cover_id", "version_body_html", "version_editor_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_offices_v\`;`,
  );
  await db.run(sql`DROP TABLE \`_offices_v\`;`);
  await db.run(sql`ALTER TABLE \`__new__offices_v\` RENAME TO \`_offices_v\`;`);
  await db.run(sql`CREATE INDEX \`_offices_v_parent_idx\` ON \`_offices_v\` (\`parent_id\`);`);
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_slug_idx\` ON \`_offices_v\` (\`version_slug\`);`);
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_cover_idx\` ON \`_offices_v\` (\`version_cover_id\`);`);
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_updated_at_idx\` ON \`_offices_v\` (\`version_updated_at\`);`);
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_created_at_idx\` ON \`_offices_v\` (\`version_created_at\`);`);
  await db.run(sql`CREATE INDEX \`_offices_v_version_version__status_idx\` ON \`_offices_v\` (\`version__status\`);`);
  await db.run(sql`CREATE INDEX \`_offices_v_created_at_idx\` ON \`_offices_v\` (\`created_at\`);`);
  await db.run(sql`CREATE INDEX \`_offices_v_updated_at_idx\` ON \`_offices_v\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`_offices_v_snapshot_idx\` ON \`_offices_v\` (\`snapshot\`);`);
  await db.run(sql`CREATE INDEX \`_offices_v_published_locale_idx\` ON \`_offices_v\` (\`published_locale\`);`);
  await db.run(sql`CREATE INDEX \`_offices_v_latest_idx\` ON \`_offices_v\` (\`latest\`);`);
  await db.run(sql`CREATE INDEX \`_offices_v_autosave_idx\` ON \`_offices_v\` (\`autosave\`);`);
  await db.run(sql`CREATE TABLE \`__new_pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`order\` numeric DEFAULT 0,
  	\`body_html\` text,
  	\`editor_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `);
  await db.run(
    sql`INSERT INTO \`__new_pages\`("id", "slug", "order", "body_html", "editor_notes", "updated_at", "created_at", "_status") SELECT "id", "slug", "order", "body_html", "editor_notes", "updated_at", "created_at", "_status" FROM \`pages\`;`,
  );
  await db.run(sql`DROP TABLE \`pages\`;`);
  await db.run(sql`ALTER TABLE \`__new_pages\` RENAME TO \`pages\`;`);
  await db.run(sql`CREATE UNIQUE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`);
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`);
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`);
  await db.run(sql`CREATE TABLE \`__new__pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_body_html\` text,
  	\`version_editor_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `);
  await db.run(
    sql`INSERT INTO \`__new__pages_v\`("id", "parent_id", "version_slug", "version_order", "version_body_html", "version_editor_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_order", "version_body_html", "version_editor_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_pages_v\`;`,
  );
  await db.run(sql`DROP TABLE \`_pages_v\`;`);
  await db.run(sql`ALTER TABLE \`__new__pages_v\` RENAME TO \`_pages_v\`;`);
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`);
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`);
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`);
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`);
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`);
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`);
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`_pages_v_snapshot_idx\` ON \`_pages_v\` (\`snapshot\`);`);
  await db.run(sql`CREATE INDEX \`_pages_v_published_locale_idx\` ON \`_pages_v\` (\`published_locale\`);`);
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`);
  await db.run(sql`CREATE INDEX \`_pages_v_autosave_idx\` ON \`_pages_v\` (\`autosave\`);`);
}
