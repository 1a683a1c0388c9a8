// `npm start`: builds what is missing, starts the CMS and the site side by side (the CMS
// prepares the database before it serves: cms/src/seed/prepareOnInit.ts), prints both URLs and
// stops both on Ctrl-C or SIGTERM.
import path from 'node:path';
import { parseDatabaseUrl } from '../cms/src/lib/databaseUrl.ts';
import { ensureEnvFile } from './lib/envFile.ts';
import { startAddresses } from './lib/startAddresses.ts';
import { assertPortsFree, buildIfMissing, PortInUseError, root, startPortal, type RunningPortal } from './lib/portal.ts';

const envFile = process.env.PORTAL_ENV_FILE || path.join(root, '.env');
const added = ensureEnvFile(envFile);
if (added.length > 0)
  console.log(`Wrote ${added.join(', ')} (random values) to ${path.relative(root, envFile) || envFile}; keep that file private.`);

const port = Number(process.env.PORT || 4321);
const cmsPort = Number(process.env.CMS_PORT || 3000);
const addresses = startAddresses(process.env, port, cmsPort);
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', SITE_PUBLIC_URL: addresses.sitePublicUrl };

// Handled from the start: a signal that comes while the servers are starting stops them as soon
// as they are up, instead of ending this process and leaving them running without it.
let portal: RunningPortal | undefined;
let signalled: string | undefined;
let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping || !portal) return;
  stopping = true;
  console.log(`\n${signal}: stopping the site and the CMS…`);
  await portal.stop();
  process.exit(0);
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    signalled ??= signal;
    void shutdown(signal);
  });
}

try {
  // Checked here too so that a typo stops start-up with one clear line, before anything is built.
  parseDatabaseUrl(process.env.DATABASE_URL, root);
  await assertPortsFree([
    { port, name: 'site', variable: 'PORT' },
    { port: cmsPort, name: 'CMS', variable: 'CMS_PORT' },
  ]);
  await buildIfMissing(env);
  portal = await startPortal({
    port,
    cmsPort,
    host: process.env.HOST || '0.0.0.0',
    cmsHost: process.env.CMS_HOST || '127.0.0.1',
    // Migrations, first admin, service account and seed run in the CMS's own start-up.
    env: { ...env, CMS_PREPARE_DATABASE: '1' },
    inheritOutput: true,
  });
  console.log(`\nThe portal is running:\n  site  ${addresses.site}/\n  CMS   ${addresses.admin}\nPress Ctrl-C to stop.\n`);
  if (signalled) await shutdown(signalled);
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
