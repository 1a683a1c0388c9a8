import fs from 'node:fs';
import path from 'node:path';

// `portal-backup-2026-12-01T13-46-39-123Z.tar.gz`: sorts by time as text, one per millisecond.
const pattern = /^portal-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.tar\.gz$/;

export function archiveName(at: Date): string {
  return `portal-backup-${at.toISOString().replace(/[:.]/g, '-')}.tar.gz`;
}

/** The archives in `dir` that `npm run backup` wrote, oldest first. Other files are never touched. */
export function listArchives(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort();
}

/** Retention: deletes the oldest archives beyond the newest `keep`; returns the names it deleted. */
export function pruneArchives(dir: string, keep: number): string[] {
  const archives = listArchives(dir);
  const old = archives.slice(0, Math.max(0, archives.length - keep));
  for (const name of old) fs.rmSync(path.join(dir, name));
  return old;
}

/** Reads `--keep N`: a whole number of archives, at least 1. */
export function parseKeep(args: string[]): number | undefined {
  const index = args.findIndex((a) => a === '--keep' || a.startsWith('--keep='));
  if (index === -1) return undefined;
  const arg = args[index]!;
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
  const keep = Number(value);
  if (!value || !Number.isInteger(keep) || keep < 1) {
    throw new Error(`--keep takes the number of archives to keep, 1 or more (got ${value ?? 'nothing'})`);
  }
  return keep;
}
