import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite';
import { sql } from '@payloadcms/db-sqlite';

/**
 * Lead follow-up: a lead's next action day, the day last reminded, since when the prospect's
 * answer is awaited and the non-responsive flag (indexed: the desk's lists filter on them), and
 * the lead desk's N of "no reply after N days". Existing leads start with none of them set.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`next_action_on\` text;`);
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`reminded_for\` text;`);
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`awaiting_answer_since\` text;`);
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`non_responsive\` integer DEFAULT false;`);
  await db.run(sql`CREATE INDEX \`inquiries_next_action_on_idx\` ON \`inquiries\` (\`next_action_on\`);`);
  await db.run(sql`CREATE INDEX \`inquiries_awaiting_answer_since_idx\` ON \`inquiries\` (\`awaiting_answer_since\`);`);
  await db.run(sql`CREATE INDEX \`inquiries_non_responsive_idx\` ON \`inquiries\` (\`non_responsive\`);`);
  await db.run(sql`ALTER TABLE \`lead_desk\` ADD \`no_reply_days\` numeric DEFAULT 14 NOT NULL;`);
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`inquiries_next_action_on_idx\`;`);
  await db.run(sql`DROP INDEX \`inquiries_awaiting_answer_since_idx\`;`);
  await db.run(sql`DROP INDEX \`inquiries_non_responsive_idx\`;`);
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`next_action_on\`;`);
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`reminded_for\`;`);
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`awaiting_answer_since\`;`);
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`non_responsive\`;`);
  await db.run(sql`ALTER TABLE \`lead_desk\` DROP COLUMN \`no_reply_days\`;`);
}
