import fs from 'node:fs';
import path from 'node:path';
import { mongooseAdapter } from '@payloadcms/db-mongodb';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import type { DatabaseAdapterObj } from 'payload';
import { withAtomicJobClaims } from '../jobs/claims';
import { parseDatabaseUrl } from './databaseUrl';
import { projectRoot } from './projectPaths';

/**
 * The database adapter DATABASE_URL names (README, "Configuration"), its jobs claimed atomically
 * so that several CMS processes can share the queue (../jobs/claims.ts).
 */
export function databaseAdapter(env: NodeJS.ProcessEnv = process.env): DatabaseAdapterObj {
  return withAtomicJobClaims(adapterFor(env));
}

function adapterFor(env: NodeJS.ProcessEnv): DatabaseAdapterObj {
  const root = projectRoot();
  const target = parseDatabaseUrl(env.DATABASE_URL, root);
  if (target.kind === 'mongodb') {
    return mongooseAdapter({ url: target.url });
  }
  fs.mkdirSync(path.dirname(target.file), { recursive: true });
  return sqliteAdapter({
    client: { url: target.url },
    // Without WAL and a busy timeout, two processes writing at once lose acknowledged writes.
    wal: true,
    busyTimeout: 10_000,
    migrationDir: path.join(root, 'cms', 'src', 'migrations'),
    // Payload pushes the schema outside production; production databases change only through
    // these migrations, which `npm start` runs before the CMS starts. Mixing the two on one file
    // makes `next start` hang on a prompt, so `npm run dev` uses its own file (scripts/dev.ts).
  });
}
