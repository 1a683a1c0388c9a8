// Gets a database ready outside the CMS server (cms/src/seed/prepareDatabase.ts): run by
// `npm run dev`, `npm run seed` and the tests' and benchmarks' private portals before the CMS
// starts: `node --import tsx cms/src/seed/prepare.ts [--seed | --no-seed]`. `npm start` does the
// same inside the CMS process instead (cms/src/seed/prepareOnInit.ts).
import { getPayload } from 'payload';
import config from '../payload.config';
import { prepareDatabase } from './prepareDatabase';

const payload = await getPayload({ config });
try {
  // A collection is seeded while it is empty; `--seed` adds every seed document that is missing.
  await prepareDatabase(payload, {
    seed: process.argv.includes('--no-seed') ? 'none' : process.argv.includes('--seed') ? 'missing' : 'empty',
    devPushedDatabase: 'ask',
  });
} finally {
  await payload.destroy();
}
process.exit(0);
