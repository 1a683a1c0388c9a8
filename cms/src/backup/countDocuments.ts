// Counts the documents of every collection (and the versions of every versioned collection and
// global) in the database DATABASE_URL names, and writes them as JSON to the file named by the
// first argument. `npm run backup` runs it on its copy of the database for the archive's manifest:
// `node --import tsx cms/src/backup/countDocuments.ts out.json`, with JOBS_AUTORUN=false so that
// nothing runs or sends from the copy.
import fs from 'node:fs';
import { getPayload } from 'payload';
import config from '../payload.config';

const out = process.argv[2];
if (!out) throw new Error('usage: countDocuments.ts <output.json>');

const payload = await getPayload({ config });
try {
  const documents: Record<string, number> = {};
  const versions: Record<string, number> = {};
  for (const collection of payload.config.collections) {
    const { slug } = collection;
    // Trashed documents are documents too: they come back with a restore.
    documents[slug] = (await payload.count({ collection: slug, overrideAccess: true, trash: true })).totalDocs;
    if (collection.versions) versions[slug] = (await payload.countVersions({ collection: slug, overrideAccess: true })).totalDocs;
  }
  for (const global of payload.config.globals) {
    if (global.versions)
      versions[`global:${global.slug}`] = (await payload.countGlobalVersions({ global: global.slug, overrideAccess: true })).totalDocs;
  }
  fs.writeFileSync(out, JSON.stringify({ documents, versions }));
} finally {
  await payload.destroy();
}
process.exit(0);
