import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';
import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite';
import { expect, test } from '@playwright/test';
import { drizzle } from 'drizzle-orm/libsql';
import { migrations } from '../../cms/src/migrations';
import { prepareDatabase, privatePortalEnv } from '../../scripts/lib/portal.ts';
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

test('npm start on a seeded database one migration behind migrates it before the CMS answers, and seeds nothing twice', async () => {
  test.setTimeout(240_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-restart-'));
  const [port, cmsPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...privatePortalEnv(dir, { email: 'restart-admin@portal.invalid', password: 'restart-admin-password-not-secret' }),
    PORT: String(port),
    CMS_PORT: String(cmsPort),
    HOST: '127.0.0.1',
    PORTAL_ENV_FILE: `${dir}/.env`,
  };
  // A portal that ran before: migrated, first admin, seed.
  await prepareDatabase(env);
  // …from before the last migration (it changes the schema: the source dates): rolled back, as
  // Payload's `migrate:down` does (its `down`, its row removed).
  const last = migrations.length - 1;
  expect(migrations[last]!.name).toMatch(/_source_dates$/);
  const database = createClient({ url: `file:${dir}/portal.db` });
  const tables = async () =>
    Object.fromEntries(
      await Promise.all(
        ['users', 'parks', 'news', 'pages'].map(async (table) => [
          table,
          Number((await database.execute(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n),
        ]),
      ),
    );
  const recorded = async () =>
    (await database.execute('SELECT name FROM payload_migrations WHERE batch > 0')).rows.map((r) => String(r.name));
  const before = await tables();
  for (const migration of migrations.slice(last).reverse()) {
    await migration.down({ db: drizzle(database), payload: undefined, req: undefined } as unknown as MigrateDownArgs);
    await database.execute({ sql: 'DELETE FROM payload_migrations WHERE name = ?', args: [migration.name] });
  }
  expect(await recorded()).not.toContain(migrations[last]!.name);
  database.close();

  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.ts')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const reopened = createClient({ url: `file:${dir}/portal.db` });
  try {
    // The first answer the CMS gives already comes from the migrated database.
    await expect
      .poll(
        () =>
          fetch(`http://127.0.0.1:${cmsPort}/api/globals/site`).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 150_000, intervals: [100] },
      )
      .toBe(200);
    const names = (await reopened.execute('SELECT name FROM payload_migrations WHERE batch > 0')).rows.map((r) => String(r.name));
    expect(names.sort()).toEqual(migrations.map((m) => m.name).sort());
    await expect(reopened.execute('SELECT source_date FROM figures')).resolves.toBeDefined();
    await expect.poll(() => output, { timeout: 60_000, intervals: [500] }).toContain('The portal is running');
    expect(output).toContain(`Migrating: ${migrations[last]!.name}`);
    // Nothing is created twice; the seed's corrections fill the dates the rollback removed.
    expect(output).toMatch(/Seed content (is already loaded; nothing changed|loaded)/);
    expect(output).not.toMatch(/: [1-9]\d* created/);
    expect(output).not.toMatch(/Created the first administrator|one-time password/);
    const after = Object.fromEntries(
      await Promise.all(
        Object.keys(before).map(async (table) => [
          table,
          Number((await reopened.execute(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n),
        ]),
      ),
    );
    expect(after).toEqual(before);
    expect((await fetch(`http://127.0.0.1:${port}/en/`)).status).toBe(200);
  } finally {
    reopened.close();
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('npm start on a database made by the dev server refuses it with a message instead of hanging on a prompt', async () => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-devdb-'));
  const [port, cmsPort] = [await freePort(), await freePort()];
  // What `npm run dev`'s schema push leaves: the tables, and the migration row of batch -1.
  const database = createClient({ url: `file:${dir}/portal.db` });
  await migrations[0]!.up({ db: drizzle(database), payload: undefined, req: undefined } as unknown as MigrateUpArgs);
  await database.execute("INSERT INTO payload_migrations (name, batch) VALUES ('dev', -1)");
  database.close();
  const env: NodeJS.ProcessEnv = {
    ...privatePortalEnv(dir, { email: 'devdb-admin@portal.invalid', password: 'devdb-admin-password-not-secret' }),
    PORT: String(port),
    CMS_PORT: String(cmsPort),
    HOST: '127.0.0.1',
    PORTAL_ENV_FILE: `${dir}/.env`,
  };
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.ts')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    expect(await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('still running'), 150_000))])).toBe(1);
  } finally {
    child.kill('SIGTERM');
  }
  expect(output).toContain('The CMS could not prepare its database: This database was changed by `npm run dev` (schema push)');
  expect(output).toContain('npm start failed');
  expect(output).not.toContain('The portal is running');
  expect(await portIsFree(port)).toBe(true);
  expect(await portIsFree(cmsPort)).toBe(true);
  fs.rmSync(dir, { recursive: true, force: true });
});
