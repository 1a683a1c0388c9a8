import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** What `npm run backup` writes as manifest.json, the archive's first entry. */
export interface Manifest {
  format: 'xiangtan-portal-backup';
  version: 1;
  createdAt: string;
  /** SQLite: the copy is `database/portal.db`. MongoDB: not in the archive (mongodump's job). */
  database: { kind: 'sqlite'; file: string } | { kind: 'mongodb'; file: null };
  /** Documents per collection and versions per versioned collection or global, in the copy. */
  counts: { documents: Record<string, number>; versions: Record<string, number> } | null;
  /** Every other file in the archive, with its size and SHA-256. */
  files: { path: string; bytes: number; sha256: string }[];
}

export const manifestName = 'manifest.json';
export const databaseEntry = 'database/portal.db';

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    fs.createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** Files under `dir`, as `/`-separated paths relative to it, sorted. Anything but a plain file or folder is refused. */
export function listFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) found.push(child);
      else throw new Error(`${path.join(dir, child)} is neither a file nor a folder (a link?); it is not backed up`);
    }
  };
  if (fs.existsSync(dir)) walk('');
  return found.sort();
}

/** The manifest's file list for everything under `staging` but the manifest itself. */
export async function describeFiles(staging: string): Promise<Manifest['files']> {
  const files: Manifest['files'] = [];
  for (const relative of listFiles(staging)) {
    if (relative === manifestName) continue;
    const full = path.join(staging, relative);
    files.push({ path: relative, bytes: fs.statSync(full).size, sha256: await sha256File(full) });
  }
  return files;
}

/**
 * Checks an unpacked archive against its manifest: every listed file present with its size and
 * checksum, and nothing unlisted. Returns the problems found, empty when it is whole.
 */
export async function verifyFiles(staging: string, manifest: Manifest): Promise<string[]> {
  const problems: string[] = [];
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const file of manifest.files) {
    const full = path.join(staging, file.path);
    if (!fs.existsSync(full)) problems.push(`${file.path} is missing`);
    else if (fs.statSync(full).size !== file.bytes) problems.push(`${file.path} has ${fs.statSync(full).size} bytes, not ${file.bytes}`);
    else if ((await sha256File(full)) !== file.sha256) problems.push(`${file.path} does not match its checksum`);
  }
  for (const relative of listFiles(staging)) {
    if (relative !== manifestName && !listed.has(relative)) problems.push(`${relative} is not in the manifest`);
  }
  return problems;
}

/** Reads and checks the shape of manifest.json in an unpacked archive. */
export function readManifest(staging: string): Manifest {
  const file = path.join(staging, manifestName);
  if (!fs.existsSync(file)) throw new Error('it has no manifest.json: it is not an archive of `npm run backup`');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  if (manifest.format !== 'xiangtan-portal-backup' || manifest.version !== 1 || !Array.isArray(manifest.files)) {
    throw new Error('its manifest.json is not of a format this version of the portal reads');
  }
  // Paths stay inside the archive's own folders, so that no manifest can point a restore elsewhere.
  const inside = (p: unknown) => typeof p === 'string' && /^(database|media|documents)\/./.test(p) && !p.split('/').includes('..');
  const bad = [manifest.database?.file, ...manifest.files.map((f) => f.path)].filter((p) => p !== null && !inside(p));
  if (bad.length > 0 || (manifest.database?.kind === 'sqlite' && manifest.database.file !== databaseEntry)) {
    throw new Error(`its manifest.json names files outside the archive's folders (${bad.join(', ') || manifest.database.file})`);
  }
  return manifest;
}
