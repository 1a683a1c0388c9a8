import path from 'node:path';

export type DatabaseTarget = { kind: 'sqlite'; url: string; file: string } | { kind: 'mongodb'; url: string };

/** Where the SQLite file lives when DATABASE_URL is unset, relative to the repository root. */
export const defaultSqliteFile = 'data/portal.db';

/**
 * Reads DATABASE_URL: unset or `file:` -> SQLite, `mongodb://` or
 * `mongodb+srv://` -> MongoDB. A relative SQLite path is made absolute against `root` so that
 * bundlers moving the config cannot change which file is opened. Anything else throws a
 * message that names the variable, so a typo stops start-up instead of creating a stray file.
 */
export function parseDatabaseUrl(value: string | undefined, root: string): DatabaseTarget {
  const raw = value?.trim();
  if (!raw) {
    const file = path.resolve(root, defaultSqliteFile);
    return { kind: 'sqlite', file, url: `file:${file}` };
  }
  if (raw.startsWith('file:')) {
    const rest = raw.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
    if (!rest || rest.includes('?') || rest === '/') {
      throw new Error(`DATABASE_URL is malformed: "${raw}" names no SQLite file (expected file:path/to/portal.db)`);
    }
    const file = path.resolve(root, rest);
    return { kind: 'sqlite', file, url: `file:${file}` };
  }
  if (/^mongodb(\+srv)?:\/\//.test(raw)) {
    let parsed: URL;
    try {
      parsed = new URL(raw);
    } catch {
      throw new Error(`DATABASE_URL is malformed: "${redact(raw)}" is not a valid MongoDB connection string`);
    }
    if (!parsed.hostname) {
      throw new Error(`DATABASE_URL is malformed: "${redact(raw)}" names no MongoDB host`);
    }
    return { kind: 'mongodb', url: raw };
  }
  throw new Error(
    `DATABASE_URL is malformed: "${redact(raw)}" — use file:path/to/portal.db (SQLite) or mongodb://… / mongodb+srv://… (MongoDB), or leave it unset for ${defaultSqliteFile}`,
  );
}

/** Hides a password in a connection string before it is printed. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
