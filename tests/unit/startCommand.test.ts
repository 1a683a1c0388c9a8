import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** Runs `npm start`'s script up to its first refusal, with a throw-away .env. */
function start(env: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'start-'));
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'start.ts')], {
    cwd: root,
    env: { ...process.env, PORTAL_ENV_FILE: path.join(dir, '.env'), ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { ...result, envFile: path.join(dir, '.env') };
}

describe('npm start', () => {
  it('writes random secrets to a private .env and says so', () => {
    const result = start({ DATABASE_URL: 'bogus://x' });
    expect(result.stdout).toMatch(/Wrote PAYLOAD_SECRET, REVALIDATE_SECRET, SITE_API_KEY, PREVIEW_SECRET .* to .*\.env/);
    expect(fs.readFileSync(result.envFile, 'utf8')).toMatch(/^PAYLOAD_SECRET=[0-9a-f]{64}$/m);
  });

  it('stops with a message naming DATABASE_URL when it is malformed', () => {
    const result = start({ DATABASE_URL: 'postgres://localhost/portal' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^DATABASE_URL is malformed/);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('exits with a clear message when a port is taken', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const result = start({ PORT: String(port), DATABASE_URL: '' });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`Port ${port} for the site is already in use`);
      expect(result.stderr).toContain('PORT=');
    } finally {
      server.close();
    }
  });
});
