// Gets a database ready for the servers: migrations (production), the first admin, the site's
// service account and the seed content of every collection that is still empty.
// Run by `npm start` and `npm run dev` before the CMS starts: `node --import tsx cms/src/seed/prepare.ts`.
import path from 'node:path';
import { getPayload } from 'payload';
import config from '../payload.config';
import { projectRoot } from '../lib/projectPaths';
import { describeSeedReport, seedContent } from './content';
import { ensureFirstAdmin, ensureSiteServiceUser } from './users';

const payload = await getPayload({ config });
try {
  if (process.env.NODE_ENV === 'production' && payload.db.name !== 'mongoose') {
    await payload.db.migrate();
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
  // A collection is seeded while it is empty; `--seed` adds every seed document that is missing.
  if (!process.argv.includes('--no-seed')) {
    const report = await seedContent(payload, path.join(projectRoot(), 'content'), {
      onlyEmptyCollections: !process.argv.includes('--seed'),
    });
    console.log(describeSeedReport(report));
  }
} finally {
  await payload.destroy();
}
process.exit(0);
