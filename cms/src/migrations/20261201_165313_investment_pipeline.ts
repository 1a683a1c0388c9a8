import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite';

// The bureau's pipeline: investment projects (with their milestones, obligations and versions),
// the standard steps administrators keep, missions and events, and each officer's park task
// forces (users_rels).

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`investment_projects_milestones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`phase\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`planned_on\` text,
  	\`actual_on\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`investment_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `);
  await db.run(sql`CREATE INDEX \`investment_projects_milestones_order_idx\` ON \`investment_projects_milestones\` (\`_order\`);`);
  await db.run(sql`CREATE INDEX \`investment_projects_milestones_parent_id_idx\` ON \`investment_projects_milestones\` (\`_parent_id\`);`);
  await db.run(sql`CREATE TABLE \`investment_projects_obligations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`description\` text,
  	\`target\` numeric,
  	\`due_on\` text NOT NULL,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`met_on\` text,
  	\`waived_reason\` text,
  	\`reminded_on\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`investment_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `);
  await db.run(sql`CREATE INDEX \`investment_projects_obligations_order_idx\` ON \`investment_projects_obligations\` (\`_order\`);`);
  await db.run(
    sql`CREATE INDEX \`investment_projects_obligations_parent_id_idx\` ON \`investment_projects_obligations\` (\`_parent_id\`);`,
  );
  await db.run(sql`CREATE TABLE \`investment_projects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`company\` text,
  	\`source\` text NOT NULL,
  	\`source_detail\` text,
  	\`inquiry_id\` integer,
  	\`planned_investment_cny\` numeric,
  	\`band\` text,
  	\`jobs\` numeric,
  	\`industry_id\` integer,
  	\`park_id\` integer,
  	\`officer_id\` integer,
  	\`zone_leader_id\` integer,
  	\`stage\` text DEFAULT 'lead' NOT NULL,
  	\`step_id\` integer,
  	\`entered_on\` text NOT NULL,
  	\`signed_on\` text,
  	\`construction_started_on\` text,
  	\`production_started_on\` text,
  	\`contract_amount_cny\` numeric,
  	\`public_project_id\` integer,
  	\`show_investment\` integer DEFAULT false,
  	\`editor_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`inquiry_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`industry_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`park_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`officer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`zone_leader_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`step_id\`) REFERENCES \`project_steps\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`public_project_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `);
  await db.run(sql`CREATE INDEX \`investment_projects_source_idx\` ON \`investment_projects\` (\`source\`);`);
  await db.run(sql`CREATE UNIQUE INDEX \`investment_projects_inquiry_idx\` ON \`investment_projects\` (\`inquiry_id\`);`);
  await db.run(sql`CREATE INDEX \`investment_projects_band_idx\` ON \`investment_projects\` (\`band\`);`);
  await db.run(sql`CREATE INDEX \`investment_projects_industry_idx\` ON \`investment_projects\` (\`industry_id\`);`);
  await db.run(sql`CREATE INDEX \`investment_projects_park_idx\` ON \`investment_projects\` (\`park_id\`);`);
  await db.run(sql`CREATE INDEX \`investment_projects_officer_idx\` ON \`investment_projects\` (\`officer_id\`);`);
  await db.run(sql`CREATE INDEX \`investment_projects_zone_leader_idx\` ON \`investment_projects\` (\`zone_leader_id\`);`);
  await db.run(sql`CREATE INDEX \`investment_projects_stage_idx\` ON \`investment_projects\` (\`stage\`);`);
  await db.run(sql`CREATE INDEX \`investment_projects_step_idx\` ON \`investment_projects\` (\`step_id\`);`);
  await db.run(sql`CREATE INDEX \`investment_projects_entered_on_idx\` ON \`investment_projects\` (\`entered_on\`);`);
  await db.run(sql`CREATE INDEX \`investment_projects_signed_on_idx\` ON \`investment_projects\` (\`signed_on\`);`);
  await db.run(
    sql`CREATE INDEX \`investment_projects_construction_started_on_idx\` ON \`investment_projects\` (\`construction_started_on\`);`,
  );
  await db.run(sql`CREATE INDEX \`investment_projects_production_started_on_idx\` ON \`investment_projects\` (\`production_started_on\`);`);
  await db.run(sql`CREATE INDEX \`investment_projects_public_project_idx\` ON \`investment_projects\` (\`public_project_id\`);`);
  await db.run(sql`CREATE INDEX \`investment_projects_updated_at_idx\` ON \`investment_projects\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`investment_projects_created_at_idx\` ON \`investment_projects\` (\`created_at\`);`);
  await db.run(sql`CREATE TABLE \`_investment_projects_v_version_milestones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`phase\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`planned_on\` text,
  	\`actual_on\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_investment_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `);
  await db.run(
    sql`CREATE INDEX \`_investment_projects_v_version_milestones_order_idx\` ON \`_investment_projects_v_version_milestones\` (\`_order\`);`,
  );
  await db.run(
    sql`CREATE INDEX \`_investment_projects_v_version_milestones_parent_id_idx\` ON \`_investment_projects_v_version_milestones\` (\`_parent_id\`);`,
  );
  await db.run(sql`CREATE TABLE \`_investment_projects_v_version_obligations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`description\` text,
  	\`target\` numeric,
  	\`due_on\` text NOT NULL,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`met_on\` text,
  	\`waived_reason\` text,
  	\`reminded_on\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_investment_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `);
  await db.run(
    sql`CREATE INDEX \`_investment_projects_v_version_obligations_order_idx\` ON \`_investment_projects_v_version_obligations\` (\`_order\`);`,
  );
  await db.run(
    sql`CREATE INDEX \`_investment_projects_v_version_obligations_parent_id_idx\` ON \`_investment_projects_v_version_obligations\` (\`_parent_id\`);`,
  );
  await db.run(sql`CREATE TABLE \`_investment_projects_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text NOT NULL,
  	\`version_company\` text,
  	\`version_source\` text NOT NULL,
  	\`version_source_detail\` text,
  	\`version_inquiry_id\` integer,
  	\`version_planned_investment_cny\` numeric,
  	\`version_band\` text,
  	\`version_jobs\` numeric,
  	\`version_industry_id\` integer,
  	\`version_park_id\` integer,
  	\`version_officer_id\` integer,
  	\`version_zone_leader_id\` integer,
  	\`version_stage\` text DEFAULT 'lead' NOT NULL,
  	\`version_step_id\` integer,
  	\`version_entered_on\` text NOT NULL,
  	\`version_signed_on\` text,
  	\`version_construction_started_on\` text,
  	\`version_production_started_on\` text,
  	\`version_contract_amount_cny\` numeric,
  	\`version_public_project_id\` integer,
  	\`version_show_investment\` integer DEFAULT false,
  	\`version_editor_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`investment_projects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_inquiry_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_industry_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_park_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_officer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_zone_leader_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_step_id\`) REFERENCES \`project_steps\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_public_project_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `);
  await db.run(sql`CREATE INDEX \`_investment_projects_v_parent_idx\` ON \`_investment_projects_v\` (\`parent_id\`);`);
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_version_source_idx\` ON \`_investment_projects_v\` (\`version_source\`);`);
  await db.run(
    sql`CREATE INDEX \`_investment_projects_v_version_version_inquiry_idx\` ON \`_investment_projects_v\` (\`version_inquiry_id\`);`,
  );
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_version_band_idx\` ON \`_investment_projects_v\` (\`version_band\`);`);
  await db.run(
    sql`CREATE INDEX \`_investment_projects_v_version_version_industry_idx\` ON \`_investment_projects_v\` (\`version_industry_id\`);`,
  );
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_version_park_idx\` ON \`_investment_projects_v\` (\`version_park_id\`);`);
  await db.run(
    sql`CREATE INDEX \`_investment_projects_v_version_version_officer_idx\` ON \`_investment_projects_v\` (\`version_officer_id\`);`,
  );
  await db.run(
    sql`CREATE INDEX \`_investment_projects_v_version_version_zone_leader_idx\` ON \`_investment_projects_v\` (\`version_zone_leader_id\`);`,
  );
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_version_stage_idx\` ON \`_investment_projects_v\` (\`version_stage\`);`);
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_version_step_idx\` ON \`_investment_projects_v\` (\`version_step_id\`);`);
  await db.run(
    sql`CREATE INDEX \`_investment_projects_v_version_version_entered_on_idx\` ON \`_investment_projects_v\` (\`version_entered_on\`);`,
  );
  await db.run(
    sql`CREATE INDEX \`_investment_projects_v_version_version_signed_on_idx\` ON \`_investment_projects_v\` (\`version_signed_on\`);`,
  );
  await db.run(
    sql`CREATE INDEX \`_investment_projects_v_version_version_construction_star_idx\` ON \`_investment_projects_v\` (\`version_construction_started_on\`);`,
  );
  await db.run(
    sql`CREATE INDEX \`_investment_projects_v_version_version_production_starte_idx\` ON \`_investment_projects_v\` (\`version_production_started_on\`);`,
  );
  await db.run(
    sql`CREATE INDEX \`_investment_projects_v_version_version_public_project_idx\` ON \`_investment_projects_v\` (\`version_public_project_id\`);`,
  );
  await db.run(
    sql`CREATE INDEX \`_investment_projects_v_version_version_updated_at_idx\` ON \`_investment_projects_v\` (\`version_updated_at\`);`,
  );
  await db.run(
    sql`CREATE INDEX \`_investment_projects_v_version_version_created_at_idx\` ON \`_investment_projects_v\` (\`version_created_at\`);`,
  );
  await db.run(sql`CREATE INDEX \`_investment_projects_v_created_at_idx\` ON \`_investment_projects_v\` (\`created_at\`);`);
  await db.run(sql`CREATE INDEX \`_investment_projects_v_updated_at_idx\` ON \`_investment_projects_v\` (\`updated_at\`);`);
  await db.run(sql`CREATE TABLE \`project_steps\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` numeric NOT NULL,
  	\`editor_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `);
  await db.run(sql`CREATE INDEX \`project_steps_order_idx\` ON \`project_steps\` (\`order\`);`);
  await db.run(sql`CREATE INDEX \`project_steps_updated_at_idx\` ON \`project_steps\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`project_steps_created_at_idx\` ON \`project_steps\` (\`created_at\`);`);
  await db.run(sql`CREATE TABLE \`project_steps_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`project_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `);
  await db.run(
    sql`CREATE UNIQUE INDEX \`project_steps_locales_locale_parent_id_unique\` ON \`project_steps_locales\` (\`_locale\`,\`_parent_id\`);`,
  );
  await db.run(sql`CREATE TABLE \`promotion_activities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`starts_on\` text NOT NULL,
  	\`ends_on\` text,
  	\`place\` text,
  	\`led_by\` text,
  	\`notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `);
  await db.run(sql`CREATE INDEX \`promotion_activities_kind_idx\` ON \`promotion_activities\` (\`kind\`);`);
  await db.run(sql`CREATE INDEX \`promotion_activities_starts_on_idx\` ON \`promotion_activities\` (\`starts_on\`);`);
  await db.run(sql`CREATE INDEX \`promotion_activities_updated_at_idx\` ON \`promotion_activities\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`promotion_activities_created_at_idx\` ON \`promotion_activities\` (\`created_at\`);`);
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`parks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`parks_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `);
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`);
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`);
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`);
  await db.run(sql`CREATE INDEX \`users_rels_parks_id_idx\` ON \`users_rels\` (\`parks_id\`);`);
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`investment_projects_id\` integer REFERENCES investment_projects(id);`,
  );
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`project_steps_id\` integer REFERENCES project_steps(id);`);
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`promotion_activities_id\` integer REFERENCES promotion_activities(id);`,
  );
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_investment_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`investment_projects_id\`);`,
  );
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_project_steps_id_idx\` ON \`payload_locked_documents_rels\` (\`project_steps_id\`);`,
  );
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_promotion_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`promotion_activities_id\`);`,
  );
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`investment_projects_milestones\`;`);
  await db.run(sql`DROP TABLE \`investment_projects_obligations\`;`);
  await db.run(sql`DROP TABLE \`investment_projects\`;`);
  await db.run(sql`DROP TABLE \`_investment_projects_v_version_milestones\`;`);
  await db.run(sql`DROP TABLE \`_investment_projects_v_version_obligations\`;`);
  await db.run(sql`DROP TABLE \`_investment_projects_v\`;`);
  await db.run(sql`DROP TABLE \`project_steps\`;`);
  await db.run(sql`DROP TABLE \`project_steps_locales\`;`);
  await db.run(sql`DROP TABLE \`promotion_activities\`;`);
  await db.run(sql`DROP TABLE \`users_rels\`;`);
  await db.run(sql`PRAGMA foreign_keys=OFF;`);
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
  	\`inquiry_replies_id\` integer,
  	\`reply_templates_id\` integer,
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
  	FOREIGN KEY (\`inquiry_replies_id\`) REFERENCES \`inquiry_replies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reply_templates_id\`) REFERENCES \`reply_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`routing_rules_id\`) REFERENCES \`routing_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`counters_id\`) REFERENCES \`counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `);
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "industries_id", "parks_id", "projects_id", "figures_id", "policies_id", "news_id", "news_categories_id", "stories_id", "offices_id", "pages_id", "media_id", "documents_id", "inquiries_id", "inquiry_activities_id", "inquiry_replies_id", "reply_templates_id", "routing_rules_id", "counters_id", "users_id", "search_id") SELECT "id", "order", "parent_id", "path", "industries_id", "parks_id", "projects_id", "figures_id", "policies_id", "news_id", "news_categories_id", "stories_id", "offices_id", "pages_id", "media_id", "documents_id", "inquiries_id", "inquiry_activities_id", "inquiry_replies_id", "reply_templates_id", "routing_rules_id", "counters_id", "users_id", "search_id" FROM \`payload_locked_documents_rels\`;`,
  );
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`);
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`);
  await db.run(sql`PRAGMA foreign_keys=ON;`);
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
    sql`CREATE INDEX \`payload_locked_documents_rels_inquiry_replies_id_idx\` ON \`payload_locked_documents_rels\` (\`inquiry_replies_id\`);`,
  );
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_reply_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`reply_templates_id\`);`,
  );
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_routing_rules_id_idx\` ON \`payload_locked_documents_rels\` (\`routing_rules_id\`);`,
  );
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`counters_id\`);`);
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`);
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_id_idx\` ON \`payload_locked_documents_rels\` (\`search_id\`);`);
}
