// `npm run backup [-- --keep N]`: one archive of the portal's data in BACKUP_DIR while it runs
// (scripts/lib/backup/create.ts; docs/operations.md, "Back up and restore").
import path from 'node:path';
import { parseKeep } from './lib/backup/archives.ts';
import { createBackup } from './lib/backup/create.ts';
import { dataPaths, loadPortalEnv } from './lib/backup/dataPaths.ts';

try {
  loadPortalEnv();
  const keep = parseKeep(process.argv.slice(2));
  const paths = dataPaths();
  const { archive, manifest, pruned } = await createBackup(paths, { keep, log: (line) => console.log(line) });
  const documents = manifest.counts ? Object.values(manifest.counts.documents).reduce((a, b) => a + b, 0) : 0;
  console.log(
    `Wrote ${archive}: ${manifest.files.length} files${manifest.counts ? `, ${documents} documents` : ''}, checksums in manifest.json.`,
  );
  if (manifest.database.kind === 'mongodb') {
    console.log('It holds no database: run mongodump beside it (docs/operations.md, "Back up and restore").');
  }
  for (const name of pruned) console.log(`Deleted the old archive ${path.join(paths.backupDir, name)} (--keep ${keep}).`);
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exit(1);
}
