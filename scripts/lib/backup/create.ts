import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { backup as sqliteBackup, DatabaseSync } from 'node:sqlite';
import * as tar from 'tar';
import { root } from '../portal.ts';
import { run } from '../processes.ts';
import { archiveName, pruneArchives } from './archives.ts';
import { type DataPaths, uploadFolders } from './dataPaths.ts';
import { databaseEntry, describeFiles, manifestName, type Manifest } from './manifest.ts';

export interface BackupResult {
  archive: string;
  manifest: Manifest;
  pruned: string[];
}

/**
 * Writes one archive of the running portal to `paths.backupDir`: a consistent copy of the SQLite
 * database, the upload folders and a manifest with counts and checksums; then, with `keep`,
 * deletes the oldest archives beyond that many. Everything is gathered in a staging folder
 * beside the archives first, so that the checksums describe exactly the bytes archived, and the
 * archive appears under its name only once it is complete.
 */
export async function createBackup(paths: DataPaths, options: { keep?: number; log?: (line: string) => void } = {}): Promise<BackupResult> {
  const log = options.log ?? (() => undefined);
  // Archives hold the leads' personal data and the users' password hashes: owner only.
  fs.mkdirSync(paths.backupDir, { recursive: true, mode: 0o700 });
  const createdAt = new Date();
  const archive = path.join(paths.backupDir, archiveName(createdAt));
  const staging = path.join(paths.backupDir, `.staging-${randomBytes(6).toString('hex')}`);
  const partial = `${archive}.partial`;
  try {
    fs.mkdirSync(staging, { mode: 0o700 });
    let counts: Manifest['counts'] = null;
    // The database first, then the uploads: a document in the copy has its file on disk already
    // (Payload writes an upload's file before its document).
    if (paths.database.kind === 'sqlite') {
      const copy = path.join(staging, databaseEntry);
      await copySqlite(paths.database.file, copy);
      log(`Copied the database ${paths.database.file} (SQLite online backup).`);
      counts = await countDocuments(copy);
      settleCopy(copy);
    } else {
      log('The database is on MongoDB: this archive holds the uploads only. Back the database up with mongodump (docs/operations.md).');
    }
    for (const folder of uploadFolders) {
      const source = paths.uploads[folder];
      if (fs.existsSync(source)) fs.cpSync(source, path.join(staging, folder), { recursive: true, verbatimSymlinks: true });
    }
    const manifest: Manifest = {
      format: 'xiangtan-portal-backup',
      version: 1,
      createdAt: createdAt.toISOString(),
      database: paths.database.kind === 'sqlite' ? { kind: 'sqlite', file: databaseEntry } : { kind: 'mongodb', file: null },
      counts,
      files: await describeFiles(staging),
    };
    fs.writeFileSync(path.join(staging, manifestName), `${JSON.stringify(manifest, null, 2)}\n`);
    const entries = [manifestName, ...fs.readdirSync(staging).filter((name) => name !== manifestName)];
    await tar.create({ gzip: true, file: partial, cwd: staging, portable: true }, entries);
    fs.chmodSync(partial, 0o600);
    fs.renameSync(partial, archive);
    const pruned = options.keep === undefined ? [] : pruneArchives(paths.backupDir, options.keep);
    return { archive, manifest, pruned };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    fs.rmSync(partial, { force: true });
  }
}

/**
 * SQLite's online backup API (Node's node:sqlite; the project's driver, libsql, has none) while
 * the CMS keeps writing. All pages go in one step: a step-by-step copy starts over whenever another
 * process writes between steps, and 200 inquiries a second would keep it from ever finishing.
 * One step reads one snapshot, and in WAL mode it does not hold up the CMS's writers.
 */
async function copySqlite(source: string, target: string): Promise<void> {
  if (!fs.existsSync(source)) throw new Error(`there is no database at ${source} (DATABASE_URL)`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const db = new DatabaseSync(source, { readOnly: true, timeout: 10_000 });
  try {
    await sqliteBackup(db, target, { rate: 2 ** 31 - 1 });
  } finally {
    db.close();
  }
}

/** Counts per collection, read through Payload from the copy (cms/src/backup/countDocuments.ts). */
async function countDocuments(copy: string): Promise<Manifest['counts']> {
  const out = `${copy}.counts.json`;
  await run(process.execPath, ['--import', 'tsx', path.join(root, 'cms', 'src', 'backup', 'countDocuments.ts'), out], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: `file:${copy}`, JOBS_AUTORUN: 'false' },
  });
  const counts = JSON.parse(fs.readFileSync(out, 'utf8')) as NonNullable<Manifest['counts']>;
  fs.rmSync(out);
  return counts;
}

/**
 * Makes the copy one self-contained file: checks it, folds any write-ahead log into it and leaves
 * it in rollback-journal mode (the CMS turns WAL on again when it opens a restored database).
 */
function settleCopy(copy: string): void {
  const db = new DatabaseSync(copy);
  try {
    const check = db.prepare('PRAGMA integrity_check').get() as { integrity_check: string };
    if (check.integrity_check !== 'ok') throw new Error(`the database copy fails SQLite's integrity check: ${check.integrity_check}`);
    db.exec('PRAGMA journal_mode = DELETE');
  } finally {
    db.close();
  }
  for (const suffix of ['-wal', '-shm', '-journal']) {
    if (fs.existsSync(copy + suffix)) throw new Error(`the database copy still has a ${suffix} file after closing`);
  }
}
