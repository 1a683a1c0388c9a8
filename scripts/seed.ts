// `npm run seed`: loads content/ into the `npm start` database (idempotent; prints counts).
import path from 'node:path';
import { ensureEnvFile } from './lib/envFile.ts';
import { prepareDatabase, root } from './lib/portal.ts';

ensureEnvFile(process.env.PORTAL_ENV_FILE || path.join(root, '.env'));
try {
  await prepareDatabase({ ...process.env, NODE_ENV: 'production' }, ['--seed']);
} catch (error) {
  console.error(`Seeding failed: ${(error as Error).message}`);
  process.exit(1);
}
