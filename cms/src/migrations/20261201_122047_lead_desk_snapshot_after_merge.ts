import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite';

/**
 * Changes nothing: the follow-up and duplicates migrations were made side by side from the same
 * schema snapshot, and each one applies its own changes. This migration carries the snapshot of
 * the schema they make together (the .json beside it), so the next `migrate:create` compares
 * against the real schema instead of repeating their changes.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
