import path from 'node:path';
import type { Migration, Payload } from 'payload';
import { projectRoot } from '../lib/projectPaths';
import { migrations } from '../migrations';
import { describeSeedReport, seedContent } from './content';
import { ensureFirstAdmin, ensureSiteServiceUser } from './users';

export interface PrepareOptions {
  /** `empty`: seed each collection that is still empty; `missing`: add every missing seed document; `none`. */
  seed: 'empty' | 'missing' | 'none';
  /**
   * What to do with a database made by `npm run dev`'s schema push: `ask` leaves it to Payload's
   * own prompt (a terminal is attached); `refuse` stops with a message, because inside the CMS
   * server that prompt would wait forever on a standard input nobody types into.
   */
  devPushedDatabase: 'ask' | 'refuse';
}

export class DevPushedDatabaseError extends Error {}

/**
 * Gets a database ready for the servers: migrations (production, SQLite), the first admin, the
 * site's service account and the seed content. Every step is a no-op on a database that already
 * has what it adds, so it runs on every start; a pending migration is always run.
 */
export async function prepareDatabase(payload: Payload, options: PrepareOptions): Promise<void> {
  if (process.env.NODE_ENV === 'production' && payload.db.name !== 'mongoose') {
    if (options.devPushedDatabase === 'refuse' && (await madeBySchemaPush(payload))) {
      throw new DevPushedDatabaseError(
        'This database was changed by `npm run dev` (schema push), so its migrations cannot be run without a prompt. ' +
          'Point DATABASE_URL at another file, or run `npm run payload -- migrate` once in a terminal to answer it.',
      );
    }
    // The migrations bundled with this build (cms/src/migrations/index.ts), not files read at run
    // time: inside the built CMS the .ts files are not importable. (Payload types a migration's
    // arguments as `unknown` here; the adapter passes each its own MigrateUpArgs.)
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] });
  }
  const admin = await ensureFirstAdmin(payload);
  if (admin.created && admin.password) {
    console.log(
      `\nCreated the first administrator ${admin.email} with the one-time password:\n\n    ${admin.password}\n\nSign in and change it now; it is not shown again.\n`,
    );
  } else if (admin.created) {
    console.log(`Created the first administrator ${admin.email} from ADMIN_EMAIL/ADMIN_PASSWORD.`);
  }
  if (process.env.SITE_API_KEY) await ensureSiteServiceUser(payload, process.env.SITE_API_KEY);
  if (options.seed !== 'none') {
    const report = await seedContent(payload, path.join(projectRoot(), 'content'), { onlyEmptyCollections: options.seed === 'empty' });
    console.log(describeSeedReport(report));
  }
}

/** True when Payload's migrations table has the row (batch -1) that a dev-mode schema push writes. */
async function madeBySchemaPush(payload: Payload): Promise<boolean> {
  try {
    const pushed = await payload.count({ collection: 'payload-migrations', where: { batch: { equals: -1 } } });
    return pushed.totalDocs > 0;
  } catch {
    // No migrations table yet: a new database.
    return false;
  }
}
