import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import { type DataPaths, uploadFolders } from './dataPaths.ts';
import { processesHolding } from './liveness.ts';
import { readManifest, verifyFiles, type Manifest } from './manifest.ts';

/** A refusal the command prints as it is, without a stack. */
export class RestoreRefused extends Error {}

export interface RestoreResult {
  manifest: Manifest;
  restored: string[];
}

/**
 * Restores an archive of `npm run backup` into the database file and upload folders `paths`
 * names. It unpacks into a temporary folder and checks every checksum before it writes anything;
 * it refuses a target that holds data unless `force`, and a database a running process has open
 * even then (replacing a file under a running CMS would corrupt what it reads and writes next).
 */
export async function restoreBackup(archive: string, paths: DataPaths, options: { force?: boolean } = {}): Promise<RestoreResult> {
  if (!fs.existsSync(archive) || !fs.statSync(archive).isFile()) throw new RestoreRefused(`There is no archive at ${archive}.`);
  const database = paths.database;
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-restore-'));
  try {
    try {
      // Plain files and folders only; node-tar already strips absolute paths and `..`.
      await tar.extract({
        file: archive,
        cwd: staging,
        strict: true,
        filter: (_path, entry) => 'type' in entry && (entry.type === 'File' || entry.type === 'Directory'),
      });
    } catch (error) {
      throw new RestoreRefused(
        `${archive} cannot be read (${(error as Error).message}); the archive is damaged or not a backup. Nothing was changed.`,
      );
    }
    let manifest: Manifest;
    try {
      manifest = readManifest(staging);
    } catch (error) {
      throw new RestoreRefused(`${archive} cannot be restored: ${(error as Error).message}. Nothing was changed.`);
    }
    const problems = await verifyFiles(staging, manifest);
    if (problems.length > 0) {
      throw new RestoreRefused(`${archive} fails its checksums, so nothing was changed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    }
    if (manifest.database.kind === 'sqlite' && database.kind !== 'sqlite') {
      throw new RestoreRefused(
        'The archive holds a SQLite database, but DATABASE_URL names MongoDB. Point DATABASE_URL at a file: to restore it.',
      );
    }
    if (manifest.database.kind === 'mongodb' && database.kind === 'sqlite') {
      throw new RestoreRefused(
        'The archive holds no database (it was taken on MongoDB, whose data mongodump backs up), but DATABASE_URL names SQLite. Set DATABASE_URL to the MongoDB database to restore its uploads.',
      );
    }

    if (database.kind === 'sqlite') {
      const files = [database.file, `${database.file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.realpathSync(f));
      const holders = processesHolding(files);
      if (holders.length > 0) {
        throw new RestoreRefused(
          `The portal is running: process ${holders.join(', ')} has ${database.file} open. Stop the portal (the CMS) first; a restore never replaces a database in use, even with --force.`,
        );
      }
    }
    const live = [
      ...(database.kind === 'sqlite' && fs.existsSync(database.file) && fs.statSync(database.file).size > 0 ? [database.file] : []),
      ...uploadFolders.map((folder) => paths.uploads[folder]).filter((dir) => fs.existsSync(dir) && fs.readdirSync(dir).length > 0),
    ];
    if (live.length > 0 && !options.force) {
      throw new RestoreRefused(
        `Refusing to overwrite data that is already there:\n${live.map((p) => `  - ${p}`).join('\n')}\nRestore into an empty data directory, or run again with --force to replace it. Nothing was changed.`,
      );
    }

    const restored: string[] = [];
    if (database.kind === 'sqlite' && manifest.database.kind === 'sqlite') {
      // A stale -wal or -shm beside the new file would be replayed into it: they go too.
      replace(path.join(staging, manifest.database.file), database.file, [
        `${database.file}-wal`,
        `${database.file}-shm`,
        `${database.file}-journal`,
      ]);
      restored.push(database.file);
    }
    for (const folder of uploadFolders) {
      const source = path.join(staging, folder);
      const target = paths.uploads[folder];
      // The folders become what the archive holds: one it lacks was empty or absent at the backup.
      if (fs.existsSync(source)) {
        replace(source, target);
        restored.push(target);
      } else fs.rmSync(target, { recursive: true, force: true });
    }
    return { manifest, restored };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Copies `source` beside `target` (same file system), then swaps it in with a rename. */
function replace(source: string, target: string, alsoRemove: string[] = []): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const incoming = `${target}.restoring-${randomBytes(4).toString('hex')}`;
  fs.cpSync(source, incoming, { recursive: true });
  for (const file of alsoRemove) fs.rmSync(file, { force: true });
  fs.rmSync(target, { recursive: true, force: true });
  fs.renameSync(incoming, target);
}
