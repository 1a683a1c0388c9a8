import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite';

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`inquiry_replies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`inquiry_id\` integer NOT NULL,
  	\`template_id\` integer,
  	\`language\` text,
  	\`body\` text,
  	\`show_on_track_page\` integer DEFAULT true,
  	\`author_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`inquiry_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`template_id\`) REFERENCES \`reply_templates\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `);
  await db.run(sql`CREATE INDEX \`inquiry_replies_inquiry_idx\` ON \`inquiry_replies\` (\`inquiry_id\`);`);
  await db.run(sql`CREATE INDEX \`inquiry_replies_template_idx\` ON \`inquiry_replies\` (\`template_id\`);`);
  await db.run(sql`CREATE INDEX \`inquiry_replies_author_idx\` ON \`inquiry_replies\` (\`author_id\`);`);
  await db.run(sql`CREATE INDEX \`inquiry_replies_updated_at_idx\` ON \`inquiry_replies\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`inquiry_replies_created_at_idx\` ON \`inquiry_replies\` (\`created_at\`);`);
  await db.run(sql`CREATE TABLE \`reply_templates\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`body_zh\` text NOT NULL,
  	\`body_en\` text NOT NULL,
  	\`link_industry\` integer DEFAULT true,
  	\`link_park\` integer DEFAULT true,
  	\`link_policies\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `);
  await db.run(sql`CREATE INDEX \`reply_templates_updated_at_idx\` ON \`reply_templates\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`reply_templates_created_at_idx\` ON \`reply_templates\` (\`created_at\`);`);
  await db.run(sql`ALTER TABLE \`inquiry_activities\` ADD \`email_kind\` text;`);
  await db.run(sql`ALTER TABLE \`inquiry_activities\` ADD \`email_state\` text;`);
  await db.run(sql`ALTER TABLE \`inquiry_activities\` ADD \`attempts\` numeric;`);
  await db.run(sql`ALTER TABLE \`inquiry_activities\` ADD \`last_error\` text;`);
  await db.run(sql`ALTER TABLE \`inquiry_activities\` ADD \`sent_at\` text;`);
  await db.run(sql`ALTER TABLE \`inquiry_activities\` ADD \`reply_id\` integer REFERENCES inquiry_replies(id);`);
  await db.run(sql`ALTER TABLE \`inquiry_activities\` ADD \`reply_language\` text;`);
  await db.run(sql`ALTER TABLE \`inquiry_activities\` ADD \`submission_key\` text;`);
  await db.run(sql`CREATE INDEX \`inquiry_activities_email_state_idx\` ON \`inquiry_activities\` (\`email_state\`);`);
  await db.run(sql`CREATE INDEX \`inquiry_activities_reply_idx\` ON \`inquiry_activities\` (\`reply_id\`);`);
  await db.run(sql`CREATE UNIQUE INDEX \`inquiry_activities_submission_key_idx\` ON \`inquiry_activities\` (\`submission_key\`);`);
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`inquiry_replies_id\` integer REFERENCES inquiry_replies(id);`);
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reply_templates_id\` integer REFERENCES reply_templates(id);`);
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_inquiry_replies_id_idx\` ON \`payload_locked_documents_rels\` (\`inquiry_replies_id\`);`,
  );
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_reply_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`reply_templates_id\`);`,
  );
  // Notes become timeline entries: an inquiry's last notes text that is not yet an entry of its own becomes one.
  await db.run(sql`INSERT INTO \`inquiry_activities\` (\`inquiry_id\`, \`action\`, \`note\`, \`created_at\`, \`updated_at\`)
    SELECT i.\`id\`, 'note', i.\`notes\`, i.\`updated_at\`, i.\`updated_at\` FROM \`inquiries\` i
    WHERE i.\`notes\` IS NOT NULL AND trim(i.\`notes\`) <> ''
      AND NOT EXISTS (SELECT 1 FROM \`inquiry_activities\` a WHERE a.\`inquiry_id\` = i.\`id\` AND a.\`action\` = 'note' AND a.\`note\` = i.\`notes\`);`);
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`notes\`;`);
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`inquiry_replies\`;`);
  await db.run(sql`DROP TABLE \`reply_templates\`;`);
  await db.run(sql`PRAGMA foreign_keys=OFF;`);
  await db.run(sql`CREATE TABLE \`__new_inquiry_activities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`inquiry_id\` integer NOT NULL,
  	\`action\` text NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`note\` text,
  	\`actor_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`inquiry_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `);
  await db.run(
    sql`INSERT INTO \`__new_inquiry_activities\`("id", "inquiry_id", "action", "from", "to", "note", "actor_id", "updated_at", "created_at") SELECT "id", "inquiry_id", "action", "from", "to", "note", "actor_id", "updated_at", "created_at" FROM \`inquiry_activities\`;`,
  );
  await db.run(sql`DROP TABLE \`inquiry_activities\`;`);
  await db.run(sql`ALTER TABLE \`__new_inquiry_activities\` RENAME TO \`inquiry_activities\`;`);
  await db.run(sql`PRAGMA foreign_keys=ON;`);
  await db.run(sql`CREATE INDEX \`inquiry_activities_inquiry_idx\` ON \`inquiry_activities\` (\`inquiry_id\`);`);
  await db.run(sql`CREATE INDEX \`inquiry_activities_actor_idx\` ON \`inquiry_activities\` (\`actor_id\`);`);
  await db.run(sql`CREATE INDEX \`inquiry_activities_updated_at_idx\` ON \`inquiry_activities\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`inquiry_activities_created_at_idx\` ON \`inquiry_activities\` (\`created_at\`);`);
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`industries_id\` integer,
  	\`parks_id\` integer,
  	\`projects_id\` integer,
  	\`figures_id\` integer,
  	\`policies_id\` integer,
  	\`news_id\` integer,
  	\`news_categories_id\` integer,
  	\`stories_id\` integer,
  	\`offices_id\` integer,
  	\`pages_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	\`inquiries_id\` integer,
  	\`inquiry_activities_id\` integer,
  	\`routing_rules_id\` integer,
  	\`counters_id\` integer,
  	\`users_id\` integer,
  	\`search_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`industries_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`parks_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`figures_id\`) REFERENCES \`figures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policies_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_categories_id\`) REFERENCES \`news_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offices_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inquiries_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inquiry_activities_id\`) REFERENCES \`inquiry_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`routing_rules_id\`) REFERENCES \`routing_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`counters_id\`) REFERENCES \`counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `);
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "industries_id", "parks_id", "projects_id", "figures_id", "policies_id", "news_id", "news_categories_id", "stories_id", "offices_id", "pages_id", "media_id", "documents_id", "inquiries_id", "inquiry_activities_id", "routing_rules_id", "counters_id", "users_id", "search_id") SELECT "id", "order", "parent_id", "path", "industries_id", "parks_id", "projects_id", "figures_id", "policies_id", "news_id", "news_categories_id", "stories_id", "offices_id", "pages_id", "media_id", "documents_id", "inquiries_id", "inquiry_activities_id", "routing_rules_id", "counters_id", "users_id", "search_id" FROM \`payload_locked_documents_rels\`;`,
  );
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`);
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`);
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`);
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`);
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`);
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_industries_id_idx\` ON \`payload_locked_documents_rels\` (\`industries_id\`);`,
  );
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parks_id_idx\` ON \`payload_locked_documents_rels\` (\`parks_id\`);`);
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`projects_id\`);`);
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_figures_id_idx\` ON \`payload_locked_documents_rels\` (\`figures_id\`);`);
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policies_id_idx\` ON \`payload_locked_documents_rels\` (\`policies_id\`);`);
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`);
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_news_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`news_categories_id\`);`,
  );
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`stories_id\`);`);
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_offices_id_idx\` ON \`payload_locked_documents_rels\` (\`offices_id\`);`);
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`);
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`);
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`,
  );
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_inquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`inquiries_id\`);`,
  );
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_inquiry_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`inquiry_activities_id\`);`,
  );
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_routing_rules_id_idx\` ON \`payload_locked_documents_rels\` (\`routing_rules_id\`);`,
  );
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`counters_id\`);`);
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`);
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_id_idx\` ON \`payload_locked_documents_rels\` (\`search_id\`);`);
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`notes\` text;`);
}
