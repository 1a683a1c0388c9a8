// `npm start`: builds what is missing, prepares the database, starts the CMS and the site,
// prints both URLs and stops both on Ctrl-C or SIGTERM.
import path from 'node:path';
import { parseDatabaseUrl } from '../cms/src/lib/databaseUrl.ts';
import { ensureEnvFile } from './lib/envFile.ts';
import { startAddresses } from './lib/startAddresses.ts';
import { assertPortsFree, buildIfMissing, PortInUseError, prepareDatabase, root, startPortal } from './lib/portal.ts';

const envFile = process.env.PORTAL_ENV_FILE || path.join(root, '.env');
const added = ensureEnvFile(envFile);
if (added.length > 0)
  console.log(`Wrote ${added.join(', ')} (random values) to ${path.relative(root, envFile) || envFile}; keep that file private.`);

const port = Number(process.env.PORT || 4321);
const cmsPort = Number(process.env.CMS_PORT || 3000);
const addresses = startAddresses(process.env, port, cmsPort);
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', SITE_PUBLIC_URL: addresses.sitePublicUrl };

try {
  // Checked here too so that a typo stops start-up with one clear line, before anything is built.
  parseDatabaseUrl(process.env.DATABASE_URL, root);
  await assertPortsFree([
    { port, name: 'site', variable: 'PORT' },
    { port: cmsPort, name: 'CMS', variable: 'CMS_PORT' },
  ]);
  await buildIfMissing(env);
  await prepareDatabase(env);
  const portal = await startPortal({
    port,
    cmsPort,
    host: process.env.HOST || '0.0.0.0',
    cmsHost: process.env.CMS_HOST || '127.0.0.1',
    env,
    inheritOutput: true,
  });
  console.log(`\nThe portal is running:\n  site  ${addresses.site}/\n  CMS   ${addresses.admin}\nPress Ctrl-C to stop.\n`);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the site and the CMS…`);
    await portal.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  const code = await portal.exited;
  if (!stopping) {
    console.error('A server stopped unexpectedly; stopping the other one.');
    await portal.stop();
    process.exit(code || 1);
  }
} catch (error) {
  const message = (error as Error).message;
  console.error(error instanceof PortInUseError || message.startsWith('DATABASE_URL') ? message : `npm start failed: ${message}`);
  process.exit(1);
}
