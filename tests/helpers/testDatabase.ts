import path from 'node:path';
import { splitMongoUrl } from '../../cms/src/lib/databaseUrl';

/**
 * Which database the integration suite runs on: MongoDB when TEST_MONGODB_URL names a server
 * (a replica set or a single node; each test file gets a database of its own on it, dropped
 * afterwards), SQLite otherwise (a fresh file per test file).
 */
export function testDatabaseKind(env: Record<string, string | undefined> = process.env): 'mongodb' | 'sqlite' {
  return env.TEST_MONGODB_URL?.trim() ? 'mongodb' : 'sqlite';
}

/** True when this run is on MongoDB. */
export const onMongo = testDatabaseKind() === 'mongodb';

/**
 * TEST_MONGODB_URL with its database replaced by `name`, its hosts, credentials and options
 * (`replicaSet=…`, `authSource=…`) kept, so that test files running side by side never share data.
 */
export function mongoTestDatabaseUrl(base: string, name: string): string {
  const parts = splitMongoUrl(base);
  if (!parts || parts.hosts.length === 0) {
    throw new Error('TEST_MONGODB_URL is not a MongoDB connection string (mongodb://host:27017/…?replicaSet=…)');
  }
  if (!/^[A-Za-z0-9_-]{1,63}$/.test(name)) throw new Error(`not a MongoDB database name: ${name}`);
  return `${parts.scheme}://${parts.credentials}${parts.hosts.join(',')}/${name}${parts.query}`;
}

/** A database name no other test file of this run (or an earlier one) uses. */
export function uniqueTestDatabaseName(): string {
  return `portal_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
}

/** The DATABASE_URL a test CMS gets: a fresh MongoDB database, or a SQLite file in `dir`. */
export function testDatabaseUrl(dir: string, env: Record<string, string | undefined> = process.env): string {
  return testDatabaseKind(env) === 'mongodb'
    ? mongoTestDatabaseUrl(env.TEST_MONGODB_URL!.trim(), uniqueTestDatabaseName())
    : `file:${path.join(dir, 'portal.db')}`;
}

/**
 * For a test of something SQLite has and MongoDB has not (a file lock, a table written in SQL):
 * true on MongoDB, after saying which test is left out and why, so a run on MongoDB reports it.
 */
export function sqliteOnly(what: string): boolean {
  if (onMongo) console.warn(`Not run on MongoDB (SQLite-specific): ${what}`);
  return onMongo;
}
