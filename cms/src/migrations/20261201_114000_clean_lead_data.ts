import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite';
import { countryCodeFrom, unknownCountry } from '#common/countries.ts';

/**
 * Clean lead data: a lead's country becomes an ISO 3166-1 code (free text that names a country
 * in Chinese or English, or is a code, maps to it; anything else becomes the unknown region with
 * the prospect's text kept in country_as_submitted), the "help us prepare" answers lose NOT NULL
 * (the form asks for them no longer), and users get the display_name their pickers show.
 */

export async function up({ db }: MigrateUpArgs): Promise<void> {
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
  	\`notes\` text,
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
    sql`INSERT INTO \`__new_inquiries\`("id", "reference", "stage", "close_reason", "owner_id", "respond_by", "first_response_at", "idempotency_key", "notes", "name", "job_title", "email", "phone", "company", "website", "country", "company_size", "country_as_submitted", "inquiry_type", "industry", "park_id", "investment_band", "jobs_band", "timeline", "message", "preferred_language", "contact_channel", "locale", "consent", "updated_at", "created_at") SELECT "id", "reference", "stage", "close_reason", "owner_id", "respond_by", "first_response_at", "idempotency_key", "notes", "name", "job_title", "email", "phone", "company", "website", "country", "company_size", NULL, "inquiry_type", "industry", "park_id", "investment_band", "jobs_band", "timeline", "message", "preferred_language", "contact_channel", "locale", "consent", "updated_at", "created_at" FROM \`inquiries\`;`,
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
  await db.run(sql`ALTER TABLE \`users\` ADD \`display_name\` text;`);
  await db.run(sql`UPDATE users SET display_name = COALESCE(NULLIF(TRIM(name), ''), email);`);
  const leads = await db.all<{ id: number; country: string | null }>(sql`SELECT id, country FROM inquiries;`);
  for (const { id, country } of leads) {
    const code = countryCodeFrom(country);
    if (code) await db.run(sql`UPDATE inquiries SET country = ${code} WHERE id = ${id};`);
    else await db.run(sql`UPDATE inquiries SET country = ${unknownCountry}, country_as_submitted = ${country ?? ''} WHERE id = ${id};`);
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // Back to free text: the prospect's own words where they were kept, the code otherwise.
  await db.run(sql`UPDATE inquiries SET country = country_as_submitted WHERE country_as_submitted IS NOT NULL;`);
  // Answers left out under the shorter form get the old NOT NULL columns' placeholder.
  for (const column of ['job_title', 'company_size', 'industry', 'investment_band', 'jobs_band', 'timeline', 'contact_channel'])
    await db.run(sql.raw(`UPDATE inquiries SET ${column} = '' WHERE ${column} IS NULL;`));
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
  	\`notes\` text,
  	\`name\` text NOT NULL,
  	\`job_title\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`phone\` text,
  	\`company\` text NOT NULL,
  	\`website\` text,
  	\`country\` text NOT NULL,
  	\`company_size\` text NOT NULL,
  	\`inquiry_type\` text NOT NULL,
  	\`industry\` text NOT NULL,
  	\`park_id\` integer,
  	\`investment_band\` text NOT NULL,
  	\`jobs_band\` text NOT NULL,
  	\`timeline\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`preferred_language\` text DEFAULT 'zh' NOT NULL,
  	\`contact_channel\` text NOT NULL,
  	\`locale\` text DEFAULT 'zh' NOT NULL,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`park_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `);
  await db.run(
    sql`INSERT INTO \`__new_inquiries\`("id", "reference", "stage", "close_reason", "owner_id", "respond_by", "first_response_at", "idempotency_key", "notes", "name", "job_title", "email", "phone", "company", "website", "country", "company_size", "inquiry_type", "industry", "park_id", "investment_band", "jobs_band", "timeline", "message", "preferred_language", "contact_channel", "locale", "consent", "updated_at", "created_at") SELECT "id", "reference", "stage", "close_reason", "owner_id", "respond_by", "first_response_at", "idempotency_key", "notes", "name", "job_title", "email", "phone", "company", "website", "country", "company_size", "inquiry_type", "industry", "park_id", "investment_band", "jobs_band", "timeline", "message", "preferred_language", "contact_channel", "locale", "consent", "updated_at", "created_at" FROM \`inquiries\`;`,
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
  await db.run(sql`CREATE INDEX \`inquiries_industry_idx\` ON \`inquiries\` (\`industry\`);`);
  await db.run(sql`CREATE INDEX \`inquiries_park_idx\` ON \`inquiries\` (\`park_id\`);`);
  await db.run(sql`CREATE INDEX \`inquiries_updated_at_idx\` ON \`inquiries\` (\`updated_at\`);`);
  await db.run(sql`CREATE INDEX \`inquiries_created_at_idx\` ON \`inquiries\` (\`created_at\`);`);
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`display_name\`;`);
}
