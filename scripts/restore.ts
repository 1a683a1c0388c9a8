// `npm run restore -- <archive> [--force]`: puts an archive of `npm run backup` back into the
// database and upload folders the environment names (scripts/lib/backup/restore.ts). A relative
// path is read from where npm was run (INIT_CWD), not from the repository root npm moves to.
import path from 'node:path';
import { dataPaths, loadPortalEnv } from './lib/backup/dataPaths.ts';
import { RestoreRefused, restoreBackup } from './lib/backup/restore.ts';

const args = process.argv.slice(2);
const force = args.includes('--force');
const unknown = args.filter((a) => a.startsWith('--') && a !== '--force');
const archives = args.filter((a) => !a.startsWith('--'));
if (unknown.length > 0 || archives.length !== 1) {
  console.error('Usage: npm run restore -- <archive.tar.gz> [--force]');
  process.exit(2);
}

try {
  loadPortalEnv();
  const { manifest, restored } = await restoreBackup(path.resolve(process.env.INIT_CWD || process.cwd(), archives[0]!), dataPaths(), {
    force,
  });
  console.log(`Restored the backup of ${manifest.createdAt} (${manifest.files.length} files, checksums verified):`);
  for (const target of restored) console.log(`  ${target}`);
  if (manifest.database.kind === 'mongodb') {
    console.log('The archive holds no database: restore MongoDB with mongorestore (docs/operations.md, "Back up and restore").');
  }
  console.log('Start the portal with `npm start`.');
} catch (error) {
  console.error(error instanceof RestoreRefused ? error.message : `Restore failed: ${(error as Error).message}`);
  process.exit(1);
}
