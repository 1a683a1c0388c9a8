// `npm run dev`: the CMS (next dev) and the site (astro dev) with reload, on their own
// database (data/dev.db, schema by push) so the `npm start` database only ever sees migrations.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureEnvFile } from './lib/envFile.ts';
import { assertPortsFree, PortInUseError, prepareDatabase, root } from './lib/portal.ts';
import { stop } from './lib/processes.ts';

ensureEnvFile(process.env.PORTAL_ENV_FILE || path.join(root, '.env'));
const port = Number(process.env.PORT || 4321);
const cmsPort = Number(process.env.CMS_PORT || 3000);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'development',
  // Never DATABASE_URL: that names the `npm start` database, which must not see a schema push.
  DATABASE_URL: process.env.DEV_DATABASE_URL || `file:${path.join(root, 'data', 'dev.db')}`,
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  CMS_URL: `http://127.0.0.1:${cmsPort}`,
  SITE_URL: `http://127.0.0.1:${port}`,
};
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

try {
  await assertPortsFree([
    { port, name: 'site', variable: 'PORT' },
    { port: cmsPort, name: 'CMS', variable: 'CMS_PORT' },
  ]);
  await prepareDatabase(env);
} catch (error) {
  console.error(error instanceof PortInUseError ? error.message : `npm run dev failed: ${(error as Error).message}`);
  process.exit(1);
}

const children = [
  spawn(bin('next'), ['dev', 'cms', '-p', String(cmsPort), '-H', process.env.CMS_HOST || '127.0.0.1'], {
    cwd: root,
    stdio: 'inherit',
    env,
  }),
  spawn(bin('astro'), ['dev', '--port', String(port)], { cwd: root, stdio: 'inherit', env }),
];
console.log(`\nDeveloping:\n  site  http://localhost:${port}/\n  CMS   http://localhost:${cmsPort}/admin\n`);
const shutdown = async () => {
  await Promise.all(children.map((child) => stop(child)));
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
for (const child of children) child.once('exit', () => void shutdown());
