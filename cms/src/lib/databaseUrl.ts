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
    const parts = splitMongoUrl(raw);
    if (!parts) {
      throw new Error(`DATABASE_URL is malformed: "${redact(raw)}" is not a valid MongoDB connection string`);
    }
    if (parts.hosts.length === 0) {
      throw new Error(`DATABASE_URL is malformed: "${redact(raw)}" names no MongoDB host`);
    }
    return { kind: 'mongodb', url: raw };
  }
  throw new Error(
    `DATABASE_URL is malformed: "${redact(raw)}" — use file:path/to/portal.db (SQLite) or mongodb://… / mongodb+srv://… (MongoDB), or leave it unset for ${defaultSqliteFile}`,
  );
}

export interface MongoUrlParts {
  /** `mongodb` or `mongodb+srv`. */
  scheme: string;
  /** `user:password@`, or empty. */
  credentials: string;
  /** Each `host[:port]` of the seed list, in order (a replica set names several). */
  hosts: string[];
  /** The database name in the path, or empty. */
  database: string;
  /** `?…` with the options (`replicaSet=…`, `authSource=…`), or empty. */
  query: string;
}

/**
 * Splits a MongoDB connection string into its parts. WHATWG `URL` cannot read one: a replica
 * set's seed list (`mongodb://a:27017,b:27017,c:27017/portal?replicaSet=rs0`) is not a valid
 * host, so the string is split by hand as MongoDB's own connection-string grammar reads it.
 * Undefined when it is not one (an empty host in the list, a port that is not a number, an
 * `+srv` address with several hosts or a port).
 */
export function splitMongoUrl(raw: string): MongoUrlParts | undefined {
  const match = /^(mongodb(?:\+srv)?):\/\/([^/?]*)(?:\/([^?]*))?(\?.*)?$/.exec(raw.trim());
  if (!match) return undefined;
  const [, scheme, authority, database = '', query = ''] = match;
  const at = authority.lastIndexOf('@');
  const credentials = at >= 0 ? authority.slice(0, at + 1) : '';
  const hostList = authority.slice(at + 1);
  const hosts = hostList === '' ? [] : hostList.split(',');
  const wellFormed = (host: string) => /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/.test(host);
  if (!hosts.every(wellFormed) || database.includes('/')) return undefined;
  if (scheme === 'mongodb+srv' && (hosts.length > 1 || hosts.some((host) => /:\d+$/.test(host)))) return undefined;
  return { scheme, credentials, hosts, database, query };
}

/** Hides a password in a connection string before it is printed. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
