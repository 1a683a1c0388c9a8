import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { projectRoot } from './projectPaths';

/**
 * Loads the repository's `.env` (written by `npm start`), or the file PORTAL_ENV_FILE names, into
 * process.env without overriding anything already set, so `next start cms`, `payload` commands
 * and `npm start` agree.
 */
export function loadProjectEnv(): void {
  const file = process.env.PORTAL_ENV_FILE || path.join(projectRoot(), '.env');
  if (!fs.existsSync(file)) return;
  const values = parseEnv(fs.readFileSync(file, 'utf8'));
  for (const [key, value] of Object.entries(values)) {
    if (process.env[key] === undefined && value !== undefined) process.env[key] = value;
  }
}
