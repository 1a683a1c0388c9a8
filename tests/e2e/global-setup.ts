import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIfMissing, prepareDatabase, privatePortalEnv, startPortal } from '../../scripts/lib/portal.ts';
import { freePort } from '../../scripts/lib/processes.ts';
import { testAdmin } from '../helpers/e2e.ts';

/**
 * Starts the portal the way `npm start` does (build, migrate, seed, both servers) on a fresh
 * database in a temporary directory and on free ports, and stops it after the run.
 */
export default async function globalSetup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-'));
  const env: NodeJS.ProcessEnv = privatePortalEnv(dir, testAdmin, {
    // Every test sends from 127.0.0.1; rate-limit.spec.ts starts its own site with low limits.
    INQUIRY_RATE_LIMIT: '1000',
    TRACK_RATE_LIMIT: '1000',
  });
  await buildIfMissing(env);
  await prepareDatabase(env);
  const [port, cmsPort] = [await freePort(), await freePort()];
  const portal = await startPortal({ port, cmsPort, host: '127.0.0.1', cmsHost: '127.0.0.1', env, inheritOutput: false });
  process.env.E2E_SITE_URL = portal.siteUrl;
  process.env.E2E_CMS_URL = portal.cmsUrl;
  process.env.E2E_REVALIDATE_SECRET = env.REVALIDATE_SECRET;
  process.env.E2E_SITE_API_KEY = env.SITE_API_KEY;
  return async () => {
    await portal.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
