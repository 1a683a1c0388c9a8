import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite';

// The lead desk's duplicates: each inquiry's possible duplicates (inquiries_rels), the inquiry it
// was merged into, and on timeline entries copied to a merge's survivor, the merged reference.
// A merged inquiry's pointer is cleared when its survivor is erased, as Payload's own schema does.

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`inquiries_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`inquiries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inquiries_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `);
  await db.run(sql`CREATE INDEX \`inquiries_rels_order_idx\` ON \`inquiries_rels\` (\`order\`);`);
  await db.run(sql`CREATE INDEX \`inquiries_rels_parent_idx\` ON \`inquiries_rels\` (\`parent_id\`);`);
  await db.run(sql`CREATE INDEX \`inquiries_rels_path_idx\` ON \`inquiries_rels\` (\`path\`);`);
  await db.run(sql`CREATE INDEX \`inquiries_rels_inquiries_id_idx\` ON \`inquiries_rels\` (\`inquiries_id\`);`);
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`merged_into_id\` integer REFERENCES inquiries(id) ON DELETE set null;`);
  await db.run(sql`CREATE INDEX \`inquiries_merged_into_idx\` ON \`inquiries\` (\`merged_into_id\`);`);
  await db.run(sql`ALTER TABLE \`inquiry_activities\` ADD \`merged_from\` text;`);
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`inquiries_rels\`;`);
  await db.run(sql`PRAGMA foreign_keys=OFF;`);
  await db.run(sql`CREATE TABLE \`__new_inquiries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reference\` text,
  	\`stage\` text DEFAULT 'new' NOT NULL,
  	\`close_reason\` text,
  	\`owner_id\` integer,
  	\`respond_by\` text,
  	\`first_response_at\` text,
  	\`idempotency_key\` text,
  	\`name\` text NOT NULL,
  	\`job_title\` text,
  	\`email\` text NOT NULL,
  	\`phone\` text,
  	\`company\` text NOT NULL,
  	\`website\` text,
  	\`country\` text NOT NULL,
  	\`company_size\` text,
  	\`country_as_submitted\` text,
  	\`inquiry_type\` text NOT NULL,
  	\`industry\` text,
  	\`park_id\` integer,
  	\`investment_band\` text,
  	\`jobs_band\` text,
  	\`timeline\` text,
  	\`message\` text NOT NULL,
  	\`preferred_language\` text DEFAULT 'zh' NOT NULL,
  	\`contact_channel\` text,
  	\`locale\` text DEFAULT 'zh' NOT NULL,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`park_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `);
  await db.run(
    sql`INSERT INTO \`__new_inquiries\`("id", "reference", "stage", "close_reason", "owner_id", "respond_by", "first_response_at", "idempotency_key", "name", "job_title", "email", "phone", "company", "website", "country", "company_size", "country_as_submitted", "inquiry_type", "industry", "park_id", "investment_band", "jobs_band", "timeline", "message", "preferred_language", "contact_channel", "locale", "consent", "updated_at", "created_at") SELECT "id", "reference", "stage", "close_reason", "owner_id", "respond_by", "first_response_at", "idempotency_key", "name", "job_title", "email", "phone", "company", "website", "country", "company_size", "country_as_submitted", "inquiry_type", "industry", "park_id", "investment_band", "jobs_band", "timeline", "message", "preferred_language", "contact_channel", "locale", "consent", "updated_at", "created_at" FROM \`inquiries\`;`,
  );
  await db.run(sql`DROP TABLE \`inquiries\`;`);
  await db.run(sql`ALTER TABLE \`__new_inquiries\` RENAME TO \`inquiries\`;`);
  await db.run(sql`PRAGMA foreign_keys=ON;`);
  await db.run(sql`CREATE UNIQUE INDEX \`inquiries_reference_idx\` ON \`inquiries\` (\`reference\`);`);
  await db.run(sql`CREATE INDEX \`inquiries_stage_idx\` ON \`inquiries\` (\`stage\`);`);
  await db.run(sql`CREATE INDEX \`inquiries_owner_idx\` ON \`inquiries\` (\`owner_id\`);`);
  await db.run(sql`CREATE INDEX \`inquiries_respond_by_idx\` ON \`inquiries\` (\`respond_by\`);`);
  await db.run(sql`CREATE INDEX \`inquiries_first_response_at_idx\` ON \`inquiries\` (\`first_response_at\`);`);
  await db.run(sql`CREATE UNIQUE INDEX \`inquiries_idempotency_key_idx\` ON \`inquiries\` (\`idempotency_key\`);`);
  await db.run(sql`CREATE INDEX \`inquiries_country_idx\` ON \`inquiries\` (\`country\`);`);
  await db.run(sql`CREATE INDEX \`inquiries_industry_idx\` ON \`inquiries\` (\`industry\`);`);
  await db.run(sql`CREATE INDEX \`inquiries_park_idx\` ON \`inquiries\` (\`park_id\`);`);
  await db.run(sql`CREATE INDEX \`inquiries_updated_at_idx\` ON \`inquiries\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`inquiries_created_at_idx\` ON \`inquiries\` (\`created_at\`);`);
  await db.run(sql`ALTER TABLE \`inquiry_activities\` DROP COLUMN \`merged_from\`;`);
}
