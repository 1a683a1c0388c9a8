import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite';

// A project's entry day may be empty: the article's projects do not say when they entered the
// ledger, and the seed invents no day.

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`);
  await db.run(sql`CREATE TABLE \`__new_investment_projects\` (
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
  	\`entered_on\` text,
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
  await db.run(
    sql`INSERT INTO \`__new_investment_projects\`("id", "name", "company", "source", "source_detail", "inquiry_id", "planned_investment_cny", "band", "jobs", "industry_id", "park_id", "officer_id", "zone_leader_id", "stage", "step_id", "entered_on", "signed_on", "construction_started_on", "production_started_on", "contract_amount_cny", "public_project_id", "show_investment", "editor_notes", "updated_at", "created_at") SELECT "id", "name", "company", "source", "source_detail", "inquiry_id", "planned_investment_cny", "band", "jobs", "industry_id", "park_id", "officer_id", "zone_leader_id", "stage", "step_id", "entered_on", "signed_on", "construction_started_on", "production_started_on", "contract_amount_cny", "public_project_id", "show_investment", "editor_notes", "updated_at", "created_at" FROM \`investment_projects\`;`,
  );
  await db.run(sql`DROP TABLE \`investment_projects\`;`);
  await db.run(sql`ALTER TABLE \`__new_investment_projects\` RENAME TO \`investment_projects\`;`);
  await db.run(sql`PRAGMA foreign_keys=ON;`);
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
  await db.run(sql`CREATE TABLE \`__new__investment_projects_v\` (
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
  	\`version_entered_on\` text,
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
  await db.run(
    sql`INSERT INTO \`__new__investment_projects_v\`("id", "parent_id", "version_name", "version_company", "version_source", "version_source_detail", "version_inquiry_id", "version_planned_investment_cny", "version_band", "version_jobs", "version_industry_id", "version_park_id", "version_officer_id", "version_zone_leader_id", "version_stage", "version_step_id", "version_entered_on", "version_signed_on", "version_construction_started_on", "version_production_started_on", "version_contract_amount_cny", "version_public_project_id", "version_show_investment", "version_editor_notes", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_name", "version_company", "version_source", "version_source_detail", "version_inquiry_id", "version_planned_investment_cny", "version_band", "version_jobs", "version_industry_id", "version_park_id", "version_officer_id", "version_zone_leader_id", "version_stage", "version_step_id", "version_entered_on", "version_signed_on", "version_construction_started_on", "version_production_started_on", "version_contract_amount_cny", "version_public_project_id", "version_show_investment", "version_editor_notes", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_investment_projects_v\`;`,
  );
  await db.run(sql`DROP TABLE \`_investment_projects_v\`;`);
  await db.run(sql`ALTER TABLE \`__new__investment_projects_v\` RENAME TO \`_investment_projects_v\`;`);
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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The column becomes required again: a project entered without a day (the article's, seeded)
  // takes the day its record was created, or the copy below would fail.
  await db.run(sql`UPDATE \`investment_projects\` SET \`entered_on\` = \`created_at\` WHERE \`entered_on\` IS NULL;`);
  await db.run(sql`UPDATE \`_investment_projects_v\` SET \`version_entered_on\` = \`created_at\` WHERE \`version_entered_on\` IS NULL;`);
  await db.run(sql`PRAGMA foreign_keys=OFF;`);
  await db.run(sql`CREATE TABLE \`__new_investment_projects\` (
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
  await db.run(
    sql`INSERT INTO \`__new_investment_projects\`("id", "name", "company", "source", "source_detail", "inquiry_id", "planned_investment_cny", "band", "jobs", "industry_id", "park_id", "officer_id", "zone_leader_id", "stage", "step_id", "entered_on", "signed_on", "construction_started_on", "production_started_on", "contract_amount_cny", "public_project_id", "show_investment", "editor_notes", "updated_at", "created_at") SELECT "id", "name", "company", "source", "source_detail", "inquiry_id", "planned_investment_cny", "band", "jobs", "industry_id", "park_id", "officer_id", "zone_leader_id", "stage", "step_id", "entered_on", "signed_on", "construction_started_on", "production_started_on", "contract_amount_cny", "public_project_id", "show_investment", "editor_notes", "updated_at", "created_at" FROM \`investment_projects\`;`,
  );
  await db.run(sql`DROP TABLE \`investment_projects\`;`);
  await db.run(sql`ALTER TABLE \`__new_investment_projects\` RENAME TO \`investment_projects\`;`);
  await db.run(sql`PRAGMA foreign_keys=ON;`);
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
  await db.run(sql`CREATE TABLE \`__new__investment_projects_v\` (
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
  await db.run(
    sql`INSERT INTO \`__new__investment_projects_v\`("id", "parent_id", "version_name", "version_company", "version_source", "version_source_detail", "version_inquiry_id", "version_planned_investment_cny", "version_band", "version_jobs", "version_industry_id", "version_park_id", "version_officer_id", "version_zone_leader_id", "version_stage", "version_step_id", "version_entered_on", "version_signed_on", "version_construction_started_on", "version_production_started_on", "version_contract_amount_cny", "version_public_project_id", "version_show_investment", "version_editor_notes", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_name", "version_company", "version_source", "version_source_detail", "version_inquiry_id", "version_planned_investment_cny", "version_band", "version_jobs", "version_industry_id", "version_park_id", "version_officer_id", "version_zone_leader_id", "version_stage", "version_step_id", "version_entered_on", "version_signed_on", "version_construction_started_on", "version_production_started_on", "version_contract_amount_cny", "version_public_project_id", "version_show_investment", "version_editor_notes", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_investment_projects_v\`;`,
  );
  await db.run(sql`DROP TABLE \`_investment_projects_v\`;`);
  await db.run(sql`ALTER TABLE \`__new__investment_projects_v\` RENAME TO \`_investment_projects_v\`;`);
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
}
