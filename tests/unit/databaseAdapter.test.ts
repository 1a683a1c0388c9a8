import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseAdapter as adapterFor, regeneratesTypesOnStart } from '../../cms/src/lib/databaseAdapter';

const databaseAdapter = (env: Record<string, string>) => adapterFor(env as NodeJS.ProcessEnv);

describe('the database adapter DATABASE_URL names', () => {
  it('is SQLite for a file and MongoDB for a replica set', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-adapter-'));
    expect(databaseAdapter({ DATABASE_URL: `file:${path.join(dir, 'portal.db')}` }).name).toBe('sqlite');
    fs.rmSync(dir, { recursive: true, force: true });
    expect(databaseAdapter({ DATABASE_URL: 'mongodb://db1:27017,db2:27017,db3:27017/portal?replicaSet=rs0' }).name).toBe('mongoose');
  });
  it('builds MongoDB indexes before serving, and follows the replica set the URL names', () => {
    const url = 'mongodb://db1:27017,db2:27017,db3:27017/portal?replicaSet=rs0';
    const adapter = databaseAdapter({ DATABASE_URL: url }).init({ payload: {} as never }) as unknown as {
      ensureIndexes: boolean;
      url: string;
    };
    expect(adapter.ensureIndexes).toBe(true);
    expect(adapter.url).toBe(url);
  });
  it('lets Payload regenerate the committed (SQLite) types on start only on SQLite', () => {
    expect(regeneratesTypesOnStart({})).toBe(true);
    expect(regeneratesTypesOnStart({ DATABASE_URL: 'file:/tmp/x.db' })).toBe(true);
    expect(regeneratesTypesOnStart({ DATABASE_URL: 'mongodb://127.0.0.1:27017/portal?replicaSet=rs0' })).toBe(false);
    expect(regeneratesTypesOnStart({ DATABASE_URL: 'mongodb+srv://cluster0.example.net/portal' })).toBe(false);
  });
});
