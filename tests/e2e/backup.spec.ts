import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import * as tar from 'tar';
import { inquiryFields, submitInquiry, type Submission } from '../../bench/lib/leads.ts';
import { prepareDatabase, privatePortalEnv, root, startPortal, type RunningPortal } from '../../scripts/lib/portal.ts';
import { freePort } from '../../scripts/lib/processes.ts';
import type { Manifest } from '../../scripts/lib/backup/manifest.ts';
import { minimalPdf } from '../helpers/pdf.ts';

// `npm run backup` and `npm run restore` on portals of their own: a backup taken while inquiries
// arrive, restored into a fresh data directory and started; the refusals; retention; MongoDB.
const admin = { email: 'backup-admin@portal.invalid', password: 'backup-admin-password-not-secret' };
let dir: string;
let env: NodeJS.ProcessEnv;
let portal: RunningPortal;
let archive: string;
let manifest: Manifest;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-backup-'));
  env = privatePortalEnv(path.join(dir, 'live'), admin, {
    BACKUP_DIR: path.join(dir, 'backups'),
    // 200 inquiries from one address measure the backup, not the limiter.
    INQUIRY_RATE_LIMIT: '1000000',
    // Nothing to send these inquiries to: the queue stays as the backup found it.
    JOBS_AUTORUN: 'false',
  });
  await prepareDatabase(env);
  const [port, cmsPort] = [await freePort(), await freePort()];
  portal = await startPortal({ port, cmsPort, host: '127.0.0.1', cmsHost: '127.0.0.1', env, inheritOutput: false });
});

test.afterAll(async () => {
  await portal?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs scripts/<name>.ts as `npm run <name>` does, in the environment given. */
function command(name: 'backup' | 'restore', args: string[], commandEnv: NodeJS.ProcessEnv): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', `${name}.ts`), ...args], { cwd: root, env: commandEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** The environment of a portal whose data lives in `data` (same secrets as the live one). */
const envFor = (data: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...env,
  DATABASE_URL: `file:${path.join(data, 'portal.db')}`,
  MEDIA_DIR: path.join(data, 'media'),
  ...extra,
});

/** Every file under `data` with its SHA-256, to show that a refused restore changed nothing. */
function fingerprint(data: string): Record<string, string> {
  const found: Record<string, string> = {};
  if (!fs.existsSync(data)) return found;
  for (const entry of fs.readdirSync(data, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    found[path.relative(data, full)] = createHash('sha256').update(fs.readFileSync(full)).digest('hex');
  }
  return found;
}

async function signIn(cmsUrl: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  expect(response.status).toBe(200);
  return `JWT ${((await response.json()) as { token: string }).token}`;
}

async function upload(cmsUrl: string, authorization: string, collection: string, file: File, data: object) {
  const form = new FormData();
  form.append('file', file);
  form.append('_payload', JSON.stringify(data));
  const response = await fetch(`${cmsUrl}/api/${collection}`, { method: 'POST', headers: { authorization }, body: form });
  expect(response.status, await response.clone().text()).toBe(201);
}

interface UploadDoc {
  filename: string;
  url: string;
  sizes?: Record<string, { filename: string | null; url: string | null }>;
}

async function uploads(cmsUrl: string, authorization: string, collection: 'media' | 'documents'): Promise<UploadDoc[]> {
  const response = await fetch(`${cmsUrl}/api/${collection}?limit=0&pagination=false&depth=0`, { headers: { authorization } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { docs: UploadDoc[] }).docs;
}

async function storedReferences(cmsUrl: string, authorization: string): Promise<string[]> {
  const params = new URLSearchParams({ limit: '0', pagination: 'false', depth: '0', 'select[reference]': 'true' });
  const response = await fetch(`${cmsUrl}/api/inquiries?${params}`, { headers: { authorization } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { docs: { reference: string }[] }).docs.map((d) => d.reference);
}

/** Payload's own count of every collection in the database of `commandEnv` (the backup's counter). */
async function countDocuments(commandEnv: NodeJS.ProcessEnv): Promise<Manifest['counts']> {
  const out = path.join(dir, `counts-${randomUUID()}.json`);
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'cms', 'src', 'backup', 'countDocuments.ts'), out], {
    cwd: root,
    stdio: 'ignore',
    env: { ...commandEnv, JOBS_AUTORUN: 'false' },
  });
  expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(0);
  return JSON.parse(fs.readFileSync(out, 'utf8')) as Manifest['counts'];
}

test('a backup taken while 200 inquiries arrive restores into a fresh portal with every acknowledged inquiry, document and upload', async () => {
  test.setTimeout(420_000);
  const authorization = await signIn(portal.cmsUrl);
  const png = await sharp({ create: { width: 1800, height: 900, channels: 3, background: '#0b5394' } })
    .png()
    .toBuffer();
  await upload(portal.cmsUrl, authorization, 'media', new File([new Uint8Array(png)], 'backup-park.png', { type: 'image/png' }), {
    altZh: '园区厂房',
    altEn: 'Factory buildings in the park',
  });
  await upload(
    portal.cmsUrl,
    authorization,
    'documents',
    new File([new Uint8Array(minimalPdf(4096))], 'backup-policy.pdf', { type: 'application/pdf' }),
    {
      title: '政策全文',
    },
  );

  // 200 inquiries from 10 concurrent clients; the backup starts once 40 are acknowledged.
  const total = 200;
  const results: Submission[] = [];
  let next = 0;
  let acknowledgedBeforeBackup: string[] | undefined;
  let backup: Promise<CommandResult> | undefined;
  let backupDone = false;
  let acknowledgedDuringBackup = 0;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (next < total) {
        const n = next++;
        const result = await submitInquiry(portal.siteUrl, inquiryFields(n, n % 2 ? 'zh' : 'en', randomUUID(), 'backup'));
        results.push(result);
        if (backup && !backupDone && result.reference) acknowledgedDuringBackup += 1;
        if (!backup && results.filter((r) => r.reference).length >= 40) {
          acknowledgedBeforeBackup = results.map((r) => r.reference).filter((r): r is string => Boolean(r));
          backup = command('backup', [], env);
          void backup.then(() => (backupDone = true));
        }
      }
    }),
  );
  const backedUp = await backup!;
  expect(backedUp.code, backedUp.stderr).toBe(0);
  const acknowledged = results.filter((r) => r.status === 200 && r.reference).map((r) => r.reference!);
  expect(acknowledged, JSON.stringify(results.filter((r) => !r.reference).slice(0, 3))).toHaveLength(total);
  // The backup really ran while inquiries arrived.
  expect(acknowledgedDuringBackup).toBeGreaterThan(0);

  archive = /Wrote (\S+\.tar\.gz)/.exec(backedUp.stdout)![1]!;
  expect(path.dirname(archive)).toBe(env.BACKUP_DIR);
  expect(fs.statSync(archive).mode & 0o777).toBe(0o600);
  const peek = fs.mkdtempSync(path.join(dir, 'peek-'));
  await tar.extract({ file: archive, cwd: peek, filter: (p) => p === 'manifest.json' });
  manifest = JSON.parse(fs.readFileSync(path.join(peek, 'manifest.json'), 'utf8')) as Manifest;
  expect(manifest.database).toEqual({ kind: 'sqlite', file: 'database/portal.db' });
  expect(manifest.counts!.documents.inquiries).toBeGreaterThanOrEqual(acknowledgedBeforeBackup!.length);
  expect(manifest.counts!.documents.media).toBe(1);
  expect(manifest.files.map((f) => f.path)).toContain('database/portal.db');
  for (const file of manifest.files) expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);

  // Restore into a fresh data directory and start a portal on it (same secrets, as .env is kept beside the archive).
  const restoredData = path.join(dir, 'restored');
  const restoredEnv = envFor(restoredData);
  const restore = await command('restore', [archive], restoredEnv);
  expect(restore.code, restore.stderr).toBe(0);
  expect(restore.stdout).toContain('checksums verified');
  const [port, cmsPort] = [await freePort(), await freePort()];
  const restored = await startPortal({ port, cmsPort, host: '127.0.0.1', cmsHost: '127.0.0.1', env: restoredEnv, inheritOutput: false });
  try {
    const restoredAuth = await signIn(restored.cmsUrl);
    // Every inquiry acknowledged before the backup began is there, and nothing that was never acknowledged.
    const references = await storedReferences(restored.cmsUrl, restoredAuth);
    expect(acknowledgedBeforeBackup!.filter((r) => !references.includes(r))).toEqual([]);
    expect(references.filter((r) => !acknowledged.includes(r))).toEqual([]);
    expect(references).toHaveLength(manifest.counts!.documents.inquiries!);
    // Every collection holds as many documents and versions as the manifest counted.
    expect(await countDocuments(restoredEnv)).toEqual(manifest.counts);
    // Every upload, with each of its sizes, is served byte for byte as the live portal stored it.
    const files: string[] = [];
    for (const collection of ['media', 'documents'] as const) {
      for (const doc of await uploads(restored.cmsUrl, restoredAuth, collection)) {
        const variants = [{ filename: doc.filename, url: doc.url }, ...Object.values(doc.sizes ?? {})];
        for (const variant of variants) {
          if (!variant.filename || !variant.url) continue;
          const response = await fetch(new URL(variant.url, restored.cmsUrl), { headers: { authorization: restoredAuth } });
          expect(response.status, variant.url).toBe(200);
          const served = Buffer.from(await response.arrayBuffer());
          const liveDir = collection === 'media' ? env.MEDIA_DIR! : path.join(path.dirname(env.MEDIA_DIR!), 'documents');
          expect(served.equals(fs.readFileSync(path.join(liveDir, variant.filename))), variant.filename).toBe(true);
          files.push(`${collection}/${variant.filename}`);
        }
      }
    }
    expect(files).toHaveLength(5); // the image, its three sizes and the PDF
    expect(fingerprint(path.join(restoredData, 'media'))).toEqual(fingerprint(env.MEDIA_DIR!));
    expect(fingerprint(path.join(restoredData, 'documents'))).toEqual(fingerprint(path.join(path.dirname(env.MEDIA_DIR!), 'documents')));
  } finally {
    await restored.stop();
  }
});

test('a restore refuses a running portal, data already there without --force, and a damaged or altered archive, changing nothing', async () => {
  test.setTimeout(180_000);
  const live = path.dirname(env.MEDIA_DIR!);
  const liveMedia = fingerprint(env.MEDIA_DIR!);
  for (const args of [[archive], [archive, '--force']]) {
    const refused = await command('restore', args, env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('The portal is running');
    expect(refused.stderr).toContain('Stop the portal');
  }
  expect(fingerprint(env.MEDIA_DIR!)).toEqual(liveMedia);
  expect(fs.existsSync(path.join(live, 'portal.db'))).toBe(true);

  // A stopped portal's data directory with data in it: only --force replaces it.
  const restoredData = path.join(dir, 'restored');
  const before = fingerprint(restoredData);
  const refused = await command('restore', [archive], envFor(restoredData));
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain('Refusing to overwrite data that is already there');
  expect(refused.stderr).toContain(path.join(restoredData, 'portal.db'));
  expect(refused.stderr).toContain('--force');
  expect(fingerprint(restoredData)).toEqual(before);

  // A damaged archive (bytes flipped in the compressed stream) and an altered one (a file
  // changed, the archive repacked whole) are refused before anything is written, even with --force.
  const damaged = path.join(dir, 'damaged.tar.gz');
  const bytes = fs.readFileSync(archive);
  for (let i = Math.floor(bytes.length / 2); i < Math.floor(bytes.length / 2) + 16; i++) bytes[i] = bytes[i]! ^ 0xff;
  fs.writeFileSync(damaged, bytes);
  const unpacked = fs.mkdtempSync(path.join(dir, 'unpacked-'));
  await tar.extract({ file: archive, cwd: unpacked });
  const pdf = manifest.files.find((f) => f.path.startsWith('documents/'))!;
  const original = fs.readFileSync(path.join(unpacked, pdf.path));
  original[original.length - 20] = original[original.length - 20]! ^ 0x01;
  fs.writeFileSync(path.join(unpacked, pdf.path), original);
  const altered = path.join(dir, 'altered.tar.gz');
  await tar.create({ gzip: true, file: altered, cwd: unpacked }, fs.readdirSync(unpacked));
  const empty = path.join(dir, 'empty');
  for (const [file, message] of [
    [damaged, 'the archive is damaged or not a backup. Nothing was changed.'],
    [altered, `fails its checksums, so nothing was changed:\n  - ${pdf.path} does not match its checksum`],
  ] as const) {
    for (const target of [empty, restoredData]) {
      const result = await command('restore', [file, '--force'], envFor(target));
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(message);
    }
    expect(fs.existsSync(empty)).toBe(false);
    expect(fingerprint(restoredData)).toEqual(before);
  }

  // With --force the stopped portal's data becomes the archive's again.
  const forced = await command('restore', [archive, '--force'], envFor(restoredData));
  expect(forced.code, forced.stderr).toBe(0);
  const archived = Object.fromEntries(manifest.files.map((f) => [f.path === 'database/portal.db' ? 'portal.db' : f.path, f.sha256]));
  expect(fingerprint(restoredData)).toEqual(archived);
});

test('--keep N deletes the oldest archives beyond N and nothing else in BACKUP_DIR', async () => {
  test.setTimeout(300_000);
  const backups = path.join(dir, 'kept');
  fs.mkdirSync(backups);
  fs.writeFileSync(path.join(backups, 'notes.txt'), 'not an archive');
  const written: string[] = [];
  for (let i = 0; i < 3; i++) {
    const result = await command('backup', ['--keep', '2'], { ...env, BACKUP_DIR: backups });
    expect(result.code, result.stderr).toBe(0);
    written.push(path.basename(/Wrote (\S+\.tar\.gz)/.exec(result.stdout)![1]!));
    if (i === 2) expect(result.stdout).toContain(`Deleted the old archive ${path.join(backups, written[0]!)} (--keep 2).`);
  }
  expect(fs.readdirSync(backups).sort()).toEqual(['notes.txt', written[1], written[2]].sort());

  for (const keep of ['0', 'all']) {
    const refused = await command('backup', ['--keep', keep], { ...env, BACKUP_DIR: backups });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`--keep takes the number of archives to keep, 1 or more (got ${keep})`);
  }
  expect(fs.readdirSync(backups)).toHaveLength(3);
});

test('on MongoDB the backup holds the uploads and says that the database is mongodump’s', async () => {
  test.setTimeout(60_000);
  const backups = path.join(dir, 'mongo');
  const mongoEnv = { ...env, DATABASE_URL: 'mongodb://127.0.0.1:9/portal', BACKUP_DIR: backups };
  const result = await command('backup', [], mongoEnv);
  expect(result.code, result.stderr).toBe(0);
  expect(result.stdout).toContain('The database is on MongoDB: this archive holds the uploads only. Back the database up with mongodump');
  const file = /Wrote (\S+\.tar\.gz)/.exec(result.stdout)![1]!;
  const entries: string[] = [];
  await tar.list({ file, onReadEntry: (entry) => entries.push(entry.path) });
  expect(entries.filter((e) => e.startsWith('database'))).toEqual([]);
  expect(entries.filter((e) => /^(media|documents)\/./.test(e))).toHaveLength(5);

  // Restoring it where DATABASE_URL names SQLite would leave a portal without a database: refused.
  const refused = await command('restore', [file], envFor(path.join(dir, 'mongo-restore')));
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain('The archive holds no database (it was taken on MongoDB');
});
