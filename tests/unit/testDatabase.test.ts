import { describe, expect, it } from 'vitest';
import { mongoTestDatabaseUrl, testDatabaseKind, testDatabaseUrl, uniqueTestDatabaseName } from '../helpers/testDatabase';

describe('the database the integration suite runs on', () => {
  it('is SQLite, a file in the test directory, unless TEST_MONGODB_URL is set', () => {
    expect(testDatabaseKind({})).toBe('sqlite');
    expect(testDatabaseKind({ TEST_MONGODB_URL: '  ' })).toBe('sqlite');
    expect(testDatabaseUrl('/tmp/portal-int-x', {})).toBe('file:/tmp/portal-int-x/portal.db');
  });
  it('is a database of its own per test file on the TEST_MONGODB_URL server, keeping hosts, credentials and options', () => {
    const env = { TEST_MONGODB_URL: 'mongodb://t:pw@127.0.0.1:27017,127.0.0.1:27018,127.0.0.1:27019/anything?replicaSet=rs0' };
    expect(testDatabaseKind(env)).toBe('mongodb');
    const first = testDatabaseUrl('/tmp/x', env);
    expect(first).toMatch(
      /^mongodb:\/\/t:pw@127\.0\.0\.1:27017,127\.0\.0\.1:27018,127\.0\.0\.1:27019\/portal_test_\d+_[a-z0-9]+\?replicaSet=rs0$/,
    );
    expect(testDatabaseUrl('/tmp/x', env)).not.toBe(first);
    expect(mongoTestDatabaseUrl('mongodb://localhost', 'portal_test_1')).toBe('mongodb://localhost/portal_test_1');
    expect(mongoTestDatabaseUrl('mongodb+srv://c.example.net/?retryWrites=true', 'p')).toBe(
      'mongodb+srv://c.example.net/p?retryWrites=true',
    );
    expect(uniqueTestDatabaseName()).toMatch(/^[A-Za-z0-9_]{1,63}$/);
  });
  it('stops with a message when TEST_MONGODB_URL is not a MongoDB address', () => {
    expect(() => testDatabaseUrl('/tmp/x', { TEST_MONGODB_URL: 'localhost:27017' })).toThrow(
      /TEST_MONGODB_URL is not a MongoDB connection string/,
    );
    expect(() => mongoTestDatabaseUrl('mongodb://localhost', 'a.b')).toThrow(/not a MongoDB database name/);
  });
});
