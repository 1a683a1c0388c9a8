import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { parseDatabaseUrl, type DatabaseTarget } from '../../../cms/src/lib/databaseUrl.ts';
import { documentsDirectory, mediaDirectory } from '../../../cms/src/lib/projectPaths.ts';
import { root } from '../portal.ts';

/** The upload folders an archive holds, by their name inside it. */
export const uploadFolders = ['media', 'documents'] as const;
export type UploadFolder = (typeof uploadFolders)[number];

/** Where this portal keeps what a backup holds: the database and the two upload folders. */
export interface DataPaths {
  database: DatabaseTarget;
  uploads: Record<UploadFolder, string>;
  backupDir: string;
}

/**
 * Reads `.env` (or PORTAL_ENV_FILE) into process.env without overriding anything set, as the CMS
 * does, so that the commands find the same database and folders as `npm start`. Unlike `npm
 * start` it never writes secrets: a backup or a restore has no reason to invent them.
 */
export function loadPortalEnv(): void {
  const file = process.env.PORTAL_ENV_FILE || path.join(root, '.env');
  if (!fs.existsSync(file)) return;
  for (const [key, value] of Object.entries(parseEnv(fs.readFileSync(file, 'utf8')))) {
    if (process.env[key] === undefined && value !== undefined) process.env[key] = value;
  }
}

/** The same locations the CMS resolves (cms/src/lib/databaseAdapter.ts, projectPaths.ts). */
export function dataPaths(): DataPaths {
  const env = process.env;
  return {
    database: parseDatabaseUrl(env.DATABASE_URL, root),
    uploads: { media: mediaDirectory(), documents: documentsDirectory() },
    backupDir: path.resolve(root, env.BACKUP_DIR || path.join('data', 'backups')),
  };
}
