import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureEnvFile } from '../../scripts/lib/envFile';

const keys = ['PAYLOAD_SECRET', 'REVALIDATE_SECRET', 'SITE_API_KEY', 'PREVIEW_SECRET'];
const saved = Object.fromEntries(keys.map((k) => [k, process.env[k]]));
afterEach(() => {
  for (const k of keys) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

describe('the .env file npm start writes', () => {
  it('gets random secrets once, and keeps them on the next start', () => {
    for (const k of keys) delete process.env[k];
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'envfile-')), '.env');
    expect(ensureEnvFile(file)).toEqual(keys);
    const first = fs.readFileSync(file, 'utf8');
    expect(process.env.PAYLOAD_SECRET).toMatch(/^[0-9a-f]{64}$/);
    for (const k of keys) delete process.env[k];
    expect(ensureEnvFile(file)).toEqual([]);
    expect(fs.readFileSync(file, 'utf8')).toBe(first);
    expect(first).toContain(`PAYLOAD_SECRET=${process.env.PAYLOAD_SECRET}`);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
  });
  it('does not write secrets that the environment already provides', () => {
    process.env.PAYLOAD_SECRET = 'p'.repeat(40);
    process.env.REVALIDATE_SECRET = 'r'.repeat(40);
    process.env.SITE_API_KEY = 'k'.repeat(40);
    process.env.PREVIEW_SECRET = 's'.repeat(64);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'envfile-')), '.env');
    expect(ensureEnvFile(file)).toEqual([]);
    expect(fs.existsSync(file)).toBe(false);
  });
});
