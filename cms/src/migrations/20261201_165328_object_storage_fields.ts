import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite';

/**
 * The columns Payload's S3 storage adapter keeps on every upload (`prefix`: the object's folder in
 * the bucket; `_objectKey`). They exist with or without a bucket (cms/src/lib/objectStorage.ts),
 * so switching S3_BUCKET on needs no further migration. Files uploaded before have an empty
 * prefix and are read from their collection's folder (`<S3_PREFIX>/media`, `…/documents`).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`prefix\` text DEFAULT '';`);
  await db.run(sql`ALTER TABLE \`media\` ADD \`_objectkey\` text;`);
  await db.run(sql`ALTER TABLE \`documents\` ADD \`prefix\` text DEFAULT '';`);
  await db.run(sql`ALTER TABLE \`documents\` ADD \`_objectkey\` text;`);
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`prefix\`;`);
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`_objectkey\`;`);
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`prefix\`;`);
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`_objectkey\`;`);
}
