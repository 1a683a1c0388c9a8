import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite';

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`inquiries\` RENAME COLUMN "status" TO "stage";`);
  await db.run(sql`CREATE TABLE \`inquiry_activities\` (
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
  await db.run(sql`CREATE INDEX \`inquiry_activities_inquiry_idx\` ON \`inquiry_activities\` (\`inquiry_id\`);`);
  await db.run(sql`CREATE INDEX \`inquiry_activities_actor_idx\` ON \`inquiry_activities\` (\`actor_id\`);`);
  await db.run(sql`CREATE INDEX \`inquiry_activities_updated_at_idx\` ON \`inquiry_activities\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`inquiry_activities_created_at_idx\` ON \`inquiry_activities\` (\`created_at\`);`);
  await db.run(sql`CREATE TABLE \`routing_rules\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`industry\` text,
  	\`park_id\` integer,
  	\`officer_id\` integer NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`park_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`officer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `);
  await db.run(sql`CREATE INDEX \`routing_rules_park_idx\` ON \`routing_rules\` (\`park_id\`);`);
  await db.run(sql`CREATE INDEX \`routing_rules_officer_idx\` ON \`routing_rules\` (\`officer_id\`);`);
  await db.run(sql`CREATE INDEX \`routing_rules_updated_at_idx\` ON \`routing_rules\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`routing_rules_created_at_idx\` ON \`routing_rules\` (\`created_at\`);`);
  await db.run(sql`CREATE TABLE \`counters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`value\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `);
  await db.run(sql`CREATE UNIQUE INDEX \`counters_name_idx\` ON \`counters\` (\`name\`);`);
  await db.run(sql`CREATE INDEX \`counters_updated_at_idx\` ON \`counters\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`counters_created_at_idx\` ON \`counters\` (\`created_at\`);`);
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `);
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`);
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`);
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `);
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`);
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`);
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`);
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`);
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`);
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`);
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`);
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`);
  await db.run(sql`CREATE TABLE \`lead_desk_holidays\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`lead_desk\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `);
  await db.run(sql`CREATE INDEX \`lead_desk_holidays_order_idx\` ON \`lead_desk_holidays\` (\`_order\`);`);
  await db.run(sql`CREATE INDEX \`lead_desk_holidays_parent_id_idx\` ON \`lead_desk_holidays\` (\`_parent_id\`);`);
  await db.run(sql`CREATE TABLE \`lead_desk\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`default_officer_id\` integer,
  	\`first_response_working_days\` numeric DEFAULT 1 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`default_officer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `);
  await db.run(sql`CREATE INDEX \`lead_desk_default_officer_idx\` ON \`lead_desk\` (\`default_officer_id\`);`);
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`close_reason\` text;`);
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`owner_id\` integer REFERENCES users(id);`);
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`respond_by\` text;`);
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`first_response_at\` text;`);
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`idempotency_key\` text;`);
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`notes\` text;`);
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`job_title\` text DEFAULT '' NOT NULL;`);
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`phone\` text;`);
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`website\` text;`);
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`company_size\` text DEFAULT '' NOT NULL;`);
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`inquiry_type\` text DEFAULT '' NOT NULL;`);
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`industry\` text DEFAULT '' NOT NULL;`);
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`park_id\` integer REFERENCES parks(id);`);
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`investment_band\` text DEFAULT '' NOT NULL;`);
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`jobs_band\` text DEFAULT '' NOT NULL;`);
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`timeline\` text DEFAULT '' NOT NULL;`);
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`preferred_language\` text DEFAULT 'zh' NOT NULL;`);
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`contact_channel\` text DEFAULT '' NOT NULL;`);
  await db.run(sql`CREATE INDEX \`inquiries_stage_idx\` ON \`inquiries\` (\`stage\`);`);
  await db.run(sql`CREATE INDEX \`inquiries_owner_idx\` ON \`inquiries\` (\`owner_id\`);`);
  await db.run(sql`CREATE INDEX \`inquiries_respond_by_idx\` ON \`inquiries\` (\`respond_by\`);`);
  await db.run(sql`CREATE INDEX \`inquiries_first_response_at_idx\` ON \`inquiries\` (\`first_response_at\`);`);
  await db.run(sql`CREATE UNIQUE INDEX \`inquiries_idempotency_key_idx\` ON \`inquiries\` (\`idempotency_key\`);`);
  await db.run(sql`CREATE INDEX \`inquiries_industry_idx\` ON \`inquiries\` (\`industry\`);`);
  await db.run(sql`CREATE INDEX \`inquiries_park_idx\` ON \`inquiries\` (\`park_id\`);`);
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`inquiry_activities_id\` integer REFERENCES inquiry_activities(id);`);
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`routing_rules_id\` integer REFERENCES routing_rules(id);`);
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`counters_id\` integer REFERENCES counters(id);`);
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_inquiry_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`inquiry_activities_id\`);`,
  );
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_routing_rules_id_idx\` ON \`payload_locked_documents_rels\` (\`routing_rules_id\`);`,
  );
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`counters_id\`);`);
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`inquiry_activities\`;`);
  await db.run(sql`DROP TABLE \`routing_rules\`;`);
  await db.run(sql`DROP TABLE \`counters\`;`);
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`);
  await db.run(sql`DROP TABLE \`payload_jobs\`;`);
  await db.run(sql`DROP TABLE \`lead_desk_holidays\`;`);
  await db.run(sql`DROP TABLE \`lead_desk\`;`);
  await db.run(sql`PRAGMA foreign_keys=OFF;`);
  await db.run(sql`CREATE TABLE \`__new_inquiries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reference\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`name\` text NOT NULL,
  	\`company\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`country\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`locale\` text DEFAULT 'zh' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `);
  await db.run(
    sql`INSERT INTO \`__new_inquiries\`("id", "reference", "status", "name", "company", "email", "country", "message", "consent", "locale", "updated_at", "created_at") SELECT "id", "reference", "status", "name", "company", "email", "country", "message", "consent", "locale", "updated_at", "created_at" FROM \`inquiries\`;`,
  );
  await db.run(sql`DROP TABLE \`inquiries\`;`);
  await db.run(sql`ALTER TABLE \`__new_inquiries\` RENAME TO \`inquiries\`;`);
  await db.run(sql`PRAGMA foreign_keys=ON;`);
  await db.run(sql`CREATE UNIQUE INDEX \`inquiries_reference_idx\` ON \`inquiries\` (\`reference\`);`);
  await db.run(sql`CREATE INDEX \`inquiries_updated_at_idx\` ON \`inquiries\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`inquiries_created_at_idx\` ON \`inquiries\` (\`created_at\`);`);
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
  	\`users_id\` integer,
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `);
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "industries_id", "parks_id", "projects_id", "figures_id", "policies_id", "news_id", "news_categories_id", "stories_id", "offices_id", "pages_id", "media_id", "documents_id", "inquiries_id", "users_id") SELECT "id", "order", "parent_id", "path", "industries_id", "parks_id", "projects_id", "figures_id", "policies_id", "news_id", "news_categories_id", "stories_id", "offices_id", "pages_id", "media_id", "documents_id", "inquiries_id", "users_id" FROM \`payload_locked_documents_rels\`;`,
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`);
}
