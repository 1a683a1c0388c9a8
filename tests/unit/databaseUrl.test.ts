import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl, splitMongoUrl } from '../../cms/src/lib/databaseUrl';

describe('DATABASE_URL', () => {
  it('defaults to data/portal.db under the project root', () => {
    expect(parseDatabaseUrl(undefined, '/srv/portal')).toEqual({
      kind: 'sqlite',
      file: '/srv/portal/data/portal.db',
      url: 'file:/srv/portal/data/portal.db',
    });
  });
  it('resolves a relative file: URL against the root and keeps an absolute one', () => {
    expect(parseDatabaseUrl('file:./data/dev.db', '/srv/portal')).toMatchObject({ kind: 'sqlite', file: '/srv/portal/data/dev.db' });
    expect(parseDatabaseUrl('file:/tmp/x.db', '/srv/portal')).toMatchObject({ file: '/tmp/x.db' });
    expect(parseDatabaseUrl('file:///tmp/x.db', '/srv/portal')).toMatchObject({ file: '/tmp/x.db' });
  });
  it('chooses MongoDB for mongodb:// and mongodb+srv:// URLs', () => {
    expect(parseDatabaseUrl('mongodb://db.example:27017/portal?replicaSet=rs0', '/r')).toMatchObject({ kind: 'mongodb' });
    expect(parseDatabaseUrl('mongodb+srv://user:pw@cluster0.example.net/portal', '/r')).toMatchObject({ kind: 'mongodb' });
  });
  it("takes a replica set's seed list of several hosts, as deploy/compose.yaml names its three members", () => {
    const url = 'mongodb://portal:s3cret@mongo1:27017,mongo2:27017,mongo3:27017/portal?replicaSet=rs0&authSource=admin';
    expect(parseDatabaseUrl(url, '/r')).toEqual({ kind: 'mongodb', url });
    expect(splitMongoUrl(url)).toEqual({
      scheme: 'mongodb',
      credentials: 'portal:s3cret@',
      hosts: ['mongo1:27017', 'mongo2:27017', 'mongo3:27017'],
      database: 'portal',
      query: '?replicaSet=rs0&authSource=admin',
    });
    expect(splitMongoUrl('mongodb://[::1]:27017,10.0.0.5')).toEqual({
      scheme: 'mongodb',
      credentials: '',
      hosts: ['[::1]:27017', '10.0.0.5'],
      database: '',
      query: '',
    });
  });
  it('stops with a message naming the variable for anything else', () => {
    for (const bad of [
      'postgres://localhost/portal',
      'portal.db',
      'file:',
      'mongodb://',
      'mysql://x',
      'mongodb://a:27017,,c:27017/portal',
      'mongodb://a:port/portal',
      'mongodb://a b/portal',
      'mongodb+srv://a.example,b.example/portal',
      'mongodb+srv://cluster0.example.net:27017/portal',
    ]) {
      expect(() => parseDatabaseUrl(bad, '/r'), bad).toThrow(/DATABASE_URL is malformed/);
    }
  });
  it('does not print a password from a malformed URL', () => {
    expect(() => parseDatabaseUrl('redis://user:secret@host', '/r')).toThrow(/^(?!.*secret).*$/s);
  });
});
