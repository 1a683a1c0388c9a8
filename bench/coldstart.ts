// Part 6 of `npm run bench` (bench/README.md, "Cold start"): how long `npm start` takes until
// both servers answer, on this built checkout (a new database, then restarts of the database it
// left) and from a fresh clone (git clone, npm install, the first npm start with its builds).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIfMissing, prepareDatabase, privatePortalEnv, root, startPortal } from '../scripts/lib/portal.ts';
import { freePort, run } from '../scripts/lib/processes.ts';
import { BenchError, percentile, round } from './lib/measure.ts';

const restarts = Number(process.env.BENCH_RESTARTS) || 5;
const seconds = (ms: number) => round(ms / 1000, 2);
const median = (values: number[]) => percentile(values, 50);

interface StartTiming {
  /** From the spawn of `npm start` until both servers answered 200. */
  seconds: number;
  siteSeconds: number;
  cmsSeconds: number;
}

export async function measureColdStart() {
  const built = await measureBuiltCheckout();
  // BENCH_FRESH_CLONE=0 leaves out the slow part (several minutes: an install and two builds).
  const freshClone = process.env.BENCH_FRESH_CLONE === '0' ? undefined : await measureFreshClone();
  return { ...built, ...(freshClone ? { freshClone } : {}) };
}

/**
 * On this checkout (built first if it is not): `node scripts/start.ts` on an empty database, then
 * `restarts` times on the database it left (the warm restart: built, migrated, seeded). Beside
 * the restarts, in the same run and on the same database, the way start-up used to go: the
 * database prepared by a process of its own (`cms/src/seed/prepare.ts`, Payload loaded once for
 * that), then the two servers started (timed in this process, so without the ~0.2 s of starting
 * `scripts/start.ts` itself, which flatters it).
 */
async function measureBuiltCheckout() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-start-'));
  try {
    const admin = { email: 'bench@portal.invalid', password: randomBytes(18).toString('base64url') };
    const env = { ...privatePortalEnv(dir, admin), PORTAL_ENV_FILE: path.join(dir, '.env'), HOST: '127.0.0.1' };
    await buildIfMissing(env);
    console.log('Cold start on an empty database (migrations + seed)…');
    const emptyDatabase = await timeStart(root, process.execPath, [path.join(root, 'scripts', 'start.ts')], env);
    console.log(`  ${emptyDatabase.seconds} s; ${restarts} restarts on the database it left…`);
    const warm: StartTiming[] = [];
    const previous: number[] = [];
    for (let i = 0; i < restarts; i++) {
      warm.push(await timeStart(root, process.execPath, [path.join(root, 'scripts', 'start.ts')], env));
      previous.push(await timePreviousStart(env));
    }
    const warmRestart = {
      seconds: seconds(median(warm.map((t) => t.seconds * 1000))),
      siteSeconds: seconds(median(warm.map((t) => t.siteSeconds * 1000))),
      cmsSeconds: seconds(median(warm.map((t) => t.cmsSeconds * 1000))),
      samples: warm.map((t) => t.seconds),
    };
    const previousRestart = { seconds: seconds(median(previous)), samples: previous.map(seconds) };
    console.log(`  median ${warmRestart.seconds} s (prepare process, then servers: ${previousRestart.seconds} s)`);
    return {
      emptyDatabase,
      warmRestart,
      previousRestart,
      warmRestartRatio: round(warmRestart.seconds / previousRestart.seconds, 2),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The start-up before the CMS prepared its own database: prepare.ts in its own process, then both servers. */
async function timePreviousStart(env: NodeJS.ProcessEnv): Promise<number> {
  const [port, cmsPort] = [await freePort(), await freePort()];
  const started = performance.now();
  await prepareDatabase({ ...env, NODE_ENV: 'production' });
  const portal = await startPortal({ port, cmsPort, host: '127.0.0.1', cmsHost: '127.0.0.1', env, inheritOutput: false });
  const ms = performance.now() - started;
  await portal.stop();
  return ms;
}

/**
 * `git clone` of this repository (its committed HEAD: uncommitted changes are not measured),
 * `npm install` as the README's quick start says, then `npm start` until both servers answer,
 * with the builds it makes. Then, in the same clone, the build as it was made before
 * (`npm run build`: the CMS with its type check and build cache, then the site), for the ratio.
 * The npm cache of this machine is used as it is (an install here downloads little).
 */
async function measureFreshClone() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-clone-'));
  const clone = path.join(dir, 'portal');
  // What a new machine has: not this checkout's Node on PATH, nor the variables of `npm run bench`.
  const ownBin = path.join(root, 'node_modules', '.bin');
  const baseEnv = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('npm_') && !key.startsWith('PORTAL_') && key !== 'NODE_ENV'),
  ) as NodeJS.ProcessEnv;
  baseEnv.PATH = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((entry) => path.resolve(entry) !== ownBin)
    .join(path.delimiter);
  try {
    const timed = async (label: string, command: string, args: string[], cwd: string, env = baseEnv) => {
      console.log(`Fresh clone: ${label}…`);
      const started = performance.now();
      await run(command, args, { cwd, env, stdio: process.env.PORTAL_DEBUG ? 'inherit' : 'ignore' });
      const took = seconds(performance.now() - started);
      console.log(`  ${took} s`);
      return took;
    };
    const cloneSeconds = await timed('git clone', 'git', ['clone', '--quiet', '--no-local', root, clone], dir);
    const installSeconds = await timed('npm install', 'npm', ['install'], clone);
    const admin = { email: 'bench@portal.invalid', password: randomBytes(18).toString('base64url') };
    const data = path.join(dir, 'data');
    fs.mkdirSync(data);
    const env = { ...baseEnv, ...privatePortalEnvOnly(data, admin), PORTAL_ENV_FILE: path.join(data, '.env'), HOST: '127.0.0.1' };
    console.log('Fresh clone: first npm start (builds the CMS and the site)…');
    const builtAt = watchBuild(clone);
    const firstStart = await timeStart(clone, 'npm', ['start'], env, 900_000);
    const buildSeconds = builtAt.stop();
    console.log(`  ${firstStart.seconds} s (builds done after ${buildSeconds} s)`);
    let previousBuildSeconds: number | undefined;
    if (process.env.BENCH_PREVIOUS_BUILD !== '0') {
      fs.rmSync(path.join(clone, 'cms', '.next'), { recursive: true, force: true });
      fs.rmSync(path.join(clone, 'dist'), { recursive: true, force: true });
      previousBuildSeconds = await timed('npm run build (the build as npm start made it before)', 'npm', ['run', 'build'], clone);
    }
    return {
      cloneSeconds,
      installSeconds,
      firstStartSeconds: firstStart.seconds,
      firstStartBuildSeconds: buildSeconds,
      totalSeconds: round(cloneSeconds + installSeconds + firstStart.seconds, 1),
      ...(previousBuildSeconds !== undefined
        ? { previousBuildSeconds, buildRatio: buildSeconds ? round(buildSeconds / previousBuildSeconds, 2) : undefined }
        : {}),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** privatePortalEnv without the rest of this process's environment (the clone gets its own). */
function privatePortalEnvOnly(dir: string, admin: { email: string; password: string }): NodeJS.ProcessEnv {
  const env = privatePortalEnv(dir, admin);
  const own = new Set([
    'NODE_ENV',
    'DATABASE_URL',
    'MEDIA_DIR',
    'PAYLOAD_SECRET',
    'REVALIDATE_SECRET',
    'SITE_API_KEY',
    'PREVIEW_SECRET',
    'ADMIN_EMAIL',
    'ADMIN_PASSWORD',
  ]);
  return Object.fromEntries(Object.entries(env).filter(([key]) => own.has(key))) as NodeJS.ProcessEnv;
}

/** Seconds from now until both build outputs exist in `checkout` (polled every 100 ms). */
function watchBuild(checkout: string): { stop(): number | undefined } {
  const started = performance.now();
  let doneMs: number | undefined;
  const timer = setInterval(() => {
    const done = ['cms/.next/BUILD_ID', 'dist/server/entry.mjs'].every((file) => fs.existsSync(path.join(checkout, file)));
    if (done && doneMs === undefined) doneMs = performance.now() - started;
  }, 100);
  return {
    stop() {
      clearInterval(timer);
      return doneMs === undefined ? undefined : seconds(doneMs);
    },
  };
}

/**
 * Spawns `command` (npm start or scripts/start.ts) on free ports and times it until the site's
 * /zh/privacy and the CMS's /api/globals/site both answer 200; then waits for "The portal is
 * running" (start.ts handles signals from then on) and stops it with SIGTERM to its process group.
 */
async function timeStart(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 300_000): Promise<StartTiming> {
  const [port, cmsPort] = [await freePort(), await freePort()];
  const started = performance.now();
  const child: ChildProcess = spawn(command, args, {
    cwd,
    env: { ...env, PORT: String(port), CMS_PORT: String(cmsPort) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    if (process.env.PORTAL_DEBUG) process.stderr.write(chunk);
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const ready = async (url: string) => {
      for (;;) {
        if (child.exitCode !== null)
          throw new BenchError(`${command} ${args.join(' ')} exited (${child.exitCode}) before ${url} answered:\n${output}`);
        if (performance.now() - started > timeoutMs) throw new BenchError(`${url} did not answer within ${timeoutMs / 1000} s:\n${output}`);
        const ok = await fetch(url, { signal: AbortSignal.timeout(5000) }).then(
          (r) => r.status === 200,
          () => false,
        );
        if (ok) return performance.now() - started;
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const [siteMs, cmsMs] = await Promise.all([
      ready(`http://127.0.0.1:${port}/zh/privacy`),
      ready(`http://127.0.0.1:${cmsPort}/api/globals/site`),
    ]);
    while (!output.includes('The portal is running') && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
    return { seconds: seconds(Math.max(siteMs, cmsMs)), siteSeconds: seconds(siteMs), cmsSeconds: seconds(cmsMs) };
  } finally {
    if (child.exitCode === null && child.pid) {
      process.kill(-child.pid, 'SIGTERM');
      const killer = setTimeout(() => child.exitCode === null && process.kill(-child.pid!, 'SIGKILL'), 20_000);
      await exited;
      clearTimeout(killer);
    }
  }
}
