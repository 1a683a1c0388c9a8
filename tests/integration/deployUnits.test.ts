import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const unitsDir = path.join(root, 'deploy', 'systemd');
const units = ['portal-prepare.service', 'portal-cms.service', 'portal-site.service'];
/** Where the units expect the checkout, its data and its environment file on a server. */
const checkout = '/opt/xiangtan-portal';
const dataDir = '/var/lib/xiangtan-portal';

// systemd's own checks of the committed unit files (Debian's `systemd` package; .ci/run installs
// it), run on a stand-in root directory as the server would have it: systemd's units, the
// checkout's Node binary where ExecStart= names it (a stub: only its presence is checked), and
// these units in /etc/systemd/system. No root, no running systemd needed.
let standIn: string;
beforeAll(() => {
  standIn = fs.mkdtempSync(path.join(os.tmpdir(), 'units-'));
  fs.cpSync('/usr/lib/systemd/system', path.join(standIn, 'usr/lib/systemd/system'), { recursive: true, verbatimSymlinks: true });
  const node = path.join(standIn, checkout, 'node_modules/.bin/node');
  fs.mkdirSync(path.dirname(node), { recursive: true });
  fs.writeFileSync(node, '#!/bin/sh\n', { mode: 0o755 });
  fs.mkdirSync(path.join(standIn, 'etc/systemd/system'), { recursive: true });
  for (const unit of units) fs.copyFileSync(path.join(unitsDir, unit), path.join(standIn, 'etc/systemd/system', unit));
});
afterAll(() => fs.rmSync(standIn, { recursive: true, force: true }));

async function analyze(args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run('systemd-analyze', args);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number | string; stdout?: string; stderr?: string };
    if (failed.code === 'ENOENT') throw new Error('systemd-analyze is missing: apt-get install systemd (.ci/run does)', { cause: error });
    return { code: Number(failed.code), output: `${failed.stdout}${failed.stderr}` };
  }
}

/** A unit file's settings, section by section; repeated keys keep every value. */
function settings(unit: string): Record<string, Record<string, string[]>> {
  const sections: Record<string, Record<string, string[]>> = {};
  let section = '';
  for (const line of fs.readFileSync(path.join(unitsDir, unit), 'utf8').split('\n')) {
    const header = /^\[(\w+)\]$/.exec(line.trim());
    if (header) section = header[1];
    const setting = /^(\w+)=(.*)$/.exec(line);
    if (setting) ((sections[section] ??= {})[setting[1]] ??= []).push(setting[2]);
  }
  return sections;
}

/** The NAME=value pairs of a unit's Environment= lines. */
function environment(unit: string): Record<string, string> {
  const pairs = (settings(unit).Service.Environment ?? []).flatMap((line) => line.split(/\s+/));
  return Object.fromEntries(pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
}

describe('the systemd units in deploy/systemd', () => {
  it('pass `systemd-analyze verify` without a single warning', async () => {
    const { code, output } = await analyze(['verify', `--root=${standIn}`, ...units]);
    expect(output.trim()).toBe('');
    expect(code).toBe(0);
  });

  it('a unit with a wrong setting does not pass (the check above can fail)', async () => {
    const broken = path.join(standIn, 'etc/systemd/system/portal-broken.service');
    fs.writeFileSync(
      broken,
      fs.readFileSync(path.join(unitsDir, 'portal-site.service'), 'utf8').replace('Restart=on-failure', 'Restart=sometimes'),
    );
    const { output } = await analyze(['verify', `--root=${standIn}`, 'portal-broken.service']);
    fs.rmSync(broken);
    expect(output).toMatch(/Failed to parse service restart specifier/);
  });

  it.each(units)('%s: hardened (systemd-analyze security: exposure at most 1.5 of 10)', async (unit) => {
    const { code, output } = await analyze(['security', '--offline=true', `--root=${standIn}`, '--threshold=15', unit]);
    expect(code, output.split('\n').slice(-3).join('\n')).toBe(0);
  });

  it.each(units)('%s: runs as the portal user from the environment file, production mode, code read-only', (unit) => {
    const service = settings(unit).Service;
    expect(service.User).toEqual(['portal']);
    expect(service.Group).toEqual(['portal']);
    expect(service.EnvironmentFile).toEqual(['/etc/xiangtan-portal/portal.env']);
    expect(service.WorkingDirectory).toEqual([checkout]);
    expect(service.NoNewPrivileges).toEqual(['yes']);
    expect(service.ProtectSystem).toEqual(['strict']);
    expect(environment(unit).NODE_ENV).toBe('production');
    // What ExecStart= runs is in the repository (build output aside).
    const script = service.ExecStart[0].split(/\s+/).find((word) => /\.(ts|mjs)$/.test(word))!;
    if (!script.startsWith('dist/')) expect(fs.existsSync(path.join(root, script)), script).toBe(true);
  });

  it('the servers restart on failure and get longer to stop than their graceful shutdown takes', () => {
    for (const unit of ['portal-cms.service', 'portal-site.service']) {
      const service = settings(unit).Service;
      expect(service.Restart, unit).toEqual(['on-failure']);
      expect(service.KillSignal, unit).toEqual(['SIGTERM']);
      // cms/server.ts: CMS_SHUTDOWN_GRACE_MS (8 s) for what is in flight, then exits within 2 s more.
      expect(Number.parseInt(service.TimeoutStopSec[0], 10), unit).toBeGreaterThan(10);
      expect(service.SuccessExitStatus, unit).toEqual(['143']);
    }
  });

  it('the CMS and its preparation write only the data directory, where the database and uploads are', () => {
    for (const unit of ['portal-cms.service', 'portal-prepare.service']) {
      expect(settings(unit).Service.ReadWritePaths, unit).toContain(dataDir);
      const env = environment(unit);
      expect(env.DATABASE_URL, unit).toBe(`file:${dataDir}/portal.db`);
      expect(env.MEDIA_DIR, unit).toBe(`${dataDir}/media`);
    }
    expect(settings('portal-site.service').Service.ReadWritePaths).toBeUndefined();
  });

  it('migrations run before every start of the CMS, and the site starts after it on loopback', () => {
    const cms = settings('portal-cms.service').Unit;
    expect(cms.Requires).toContain('portal-prepare.service');
    expect(cms.After).toContain('portal-prepare.service');
    expect(settings('portal-prepare.service').Service.Type).toEqual(['oneshot']);
    expect(settings('portal-site.service').Unit.After.join(' ')).toContain('portal-cms.service');
    expect(environment('portal-site.service')).toMatchObject({ HOST: '127.0.0.1', TRUST_PROXY: 'true', CMS_URL: 'http://127.0.0.1:3000' });
    expect(environment('portal-cms.service')).toMatchObject({
      CMS_HOST: '127.0.0.1',
      TRUST_PROXY: 'true',
      SITE_URL: 'http://127.0.0.1:4321',
    });
  });
});
