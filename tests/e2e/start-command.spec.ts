import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort, portIsFree } from '../../scripts/lib/processes.ts';

const root = path.resolve(import.meta.dirname, '../..');

test('npm start on a fresh database prints both URLs and a one-time password, serves, and stops cleanly on SIGTERM', async ({
  request,
}) => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-start-'));
  const [port, cmsPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    CMS_PORT: String(cmsPort),
    DATABASE_URL: `file:${dir}/portal.db`,
    MEDIA_DIR: `${dir}/media`,
    PORTAL_ENV_FILE: `${dir}/.env`,
  };
  delete env.ADMIN_EMAIL;
  delete env.ADMIN_PASSWORD;
  for (const key of ['PAYLOAD_SECRET', 'REVALIDATE_SECRET', 'SITE_API_KEY']) delete env[key];
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.ts')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    await expect.poll(() => output, { timeout: 150_000, intervals: [500] }).toContain('The portal is running');
    expect(output).toContain(`http://localhost:${port}/`);
    expect(output).toContain(`http://localhost:${cmsPort}/admin`);
    expect(output).toMatch(/Wrote PAYLOAD_SECRET, REVALIDATE_SECRET, SITE_API_KEY/);
    expect(output).toMatch(/one-time password:\s+\S{16}/);
    expect(output).toMatch(/Seed content loaded/);

    const home = await request.get(`http://127.0.0.1:${port}/en/`);
    expect(home.status()).toBe(200);
    expect(await home.text()).toContain('Clean Energy');
    expect((await request.get(`http://127.0.0.1:${cmsPort}/api/parks`)).status()).toBe(200);
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
  expect(output).toContain('SIGTERM: stopping the site and the CMS');
  expect(await portIsFree(port)).toBe(true);
  expect(await portIsFree(cmsPort)).toBe(true);
  fs.rmSync(dir, { recursive: true, force: true });
});
